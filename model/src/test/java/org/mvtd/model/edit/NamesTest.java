package org.mvtd.model.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NamesTest {
    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {
        "eth0|", "'.'|'.' and '..'", "a/b|contains '/'", "a b|contains whitespace", "abcdefghijklmnop|15 bytes", "''|is empty",
        "mac+vtap0|ASCII letters", "all|reserved", "if3|interface index"})
    void interfaceNames(String name, String problem) {
        var p = Names.interfaceNameProblem(name);
        if (problem == null) {
            assertThat(p).isEmpty();
        } else {
            assertThat(p).get().asString().contains(problem);
        }
    }

    @Test
    void freshAndCopyNames() {
        assertThat(Names.fresh(Set.of("vm1", "vm2"), "vm", 1)).isEqualTo("vm3");
        assertThat(Names.copyName(Set.of("eth0"), "eth0", true)).isEqualTo("eth0-2");
        assertThat(Names.copyName(Set.of("abcdefghijklmno"), "abcdefghijklmno", true)).isEqualTo("abcdefghijklm-2");
        assertThat(ElementRef.fromPath("hosts[kvm1].endpoints[macvtap0].mode")).contains(ElementRef.endpoint("kvm1", "macvtap0"));
        assertThat(ElementRef.fromPath("switches[lan]")).contains(ElementRef.sw("lan"));
        assertThat(ElementRef.fromPath("version")).isEmpty();
    }
}
