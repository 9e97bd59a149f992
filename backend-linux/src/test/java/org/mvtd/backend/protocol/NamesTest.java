package org.mvtd.backend.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {
    @ParameterizedTest
    @ValueSource(strings = {"eth0", "macvtap0", "enp3s0f1", "eth0.100", "br-lan", "a_b", "x", "abcdefghijklmno"})
    void acceptsKernelNames(String n) {
        assertThat(Names.interfaceNameProblem(n)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "..", "a..b", "a/b", "a b", "a\tb", "a\nb", "a\u0000b", "abcdefghijklmnop", "eth0:1",
            "mvt0@eth0", "é", "-", "-x", "\u007f", "eth0;rm", "all", "default", "if3", "mac+vtap0", "eth0..1", "tapä"})
    void refusesNamesTheKernelWouldRefuseOrThatCouldClimbOrSplit(String n) {
        assertThat(Names.interfaceNameProblem(n)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"52:54:00:b8:9c:58", "02:00:00:00:00:01", "AA:BB:CC:DD:EE:FE"})
    void acceptsUnicastMacs(String m) {
        assertThat(Names.macProblem(m)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"01:00:5e:00:00:01", "ff:ff:ff:ff:ff:ff", "00:00:00:00:00:00", "52:54:00:b8:9c", "52-54-00-b8-9c-58",
            "52:54:00:b8:9c:5g", "52:54:00:b8:9c:58:00", "525400b89c58", " 52:54:00:b8:9c:58"})
    void refusesMulticastZeroAndMalformedMacs(String m) {
        assertThat(Names.macProblem(m)).isPresent();
    }
}
