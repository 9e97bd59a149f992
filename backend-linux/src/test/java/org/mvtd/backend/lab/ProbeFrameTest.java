package org.mvtd.backend.lab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProbeFrameTest {
    private static final Mac A = Mac.parse("52:54:00:00:00:0a");

    @Test
    void roundTripsEveryFieldInAMinimumSizeFrame() {
        ProbeFrame p = new ProbeFrame(Mac.BROADCAST, A, 42L, ProbeFrame.Kind.BROADCAST, 3, -1, 17, 123456789L);
        byte[] wire = p.encode();
        assertThat(wire).hasSize(60);
        assertThat(wire[12]).isEqualTo((byte) 0x88);
        assertThat(wire[13]).isEqualTo((byte) 0xB5);
        assertThat(ProbeFrame.decode(wire, wire.length, 42L)).isEqualTo(p);
    }

    @Test
    void ignoresOtherRunsOtherEtherTypesAndRunts() {
        byte[] wire = new ProbeFrame(A, A, 42L, ProbeFrame.Kind.UNICAST, 0, 1, 0, 0).encode();
        assertThat(ProbeFrame.decode(wire, wire.length, 43L)).isNull();
        assertThat(ProbeFrame.decode(wire, 20, 42L)).isNull();
        wire[13] = 0;
        assertThat(ProbeFrame.decode(wire, wire.length, 42L)).isNull();
    }
}
