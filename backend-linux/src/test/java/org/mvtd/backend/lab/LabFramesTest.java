package org.mvtd.backend.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabFramesTest {
    private static final Mac A = Mac.parse("52:54:00:00:00:0a");
    private static final Mac B = Mac.parse("52:54:00:00:00:0b");
    private static final long IP_A = LabFrames.parseIp("198.18.0.1");
    private static final long IP_B = LabFrames.parseIp("198.18.1.2");

    @Test
    void aUnicastProbeIsARealUdpDatagramWithAValidIpChecksum() {
        ProbeFrame p = new ProbeFrame(ProbeFrame.Kind.UNICAST, 3, 4, 17, 123456789L);
        byte[] f = LabFrames.udp(B, A, IP_A, IP_B, p.payload(42L));
        assertThat(B.matches(f, 0)).isTrue();
        assertThat(A.matches(f, 6)).isTrue();
        assertThat(f[12]).isEqualTo((byte) 0x08);
        assertThat(f[13]).isEqualTo((byte) 0x00);
        long sum = 0;
        for (int i = 14; i < 34; i += 2) {
            sum += ((f[i] & 0xff) << 8) | (f[i + 1] & 0xff);
        }
        sum = (sum & 0xffff) + (sum >> 16);
        assertThat(sum).as("one's complement sum of a valid IPv4 header").isEqualTo(0xffff);
        int off = LabFrames.udpPayload(f, f.length);
        assertThat(off).isEqualTo(42);
        assertThat(ProbeFrame.fromPayload(f, off, f.length, 42L)).isEqualTo(p);
        assertThat(ProbeFrame.fromPayload(f, off, f.length, 43L)).as("another run").isNull();
        assertThat(LabFrames.arpRequestSender(f, f.length)).as("not an ARP request").isEqualTo(-1);
    }

    @Test
    void aBroadcastProbeIsAnArpRequestNamingItsSender() {
        byte[] f = LabFrames.arpRequest(A, IP_A, IP_B);
        assertThat(f).hasSize(60);
        assertThat(Mac.BROADCAST.matches(f, 0)).isTrue();
        assertThat(LabFrames.arpRequestSender(f, f.length)).isEqualTo(IP_A);
        assertThat(LabFrames.udpPayload(f, f.length)).isEqualTo(-1);
        assertThat(LabFrames.arpRequestSender(f, 20)).as("runt").isEqualTo(-1);
    }

    @Test
    void addressesRoundTripAndBadOnesAreRefused() {
        assertThat(LabFrames.ip(IP_B)).isEqualTo("198.18.1.2");
        assertThatThrownBy(() -> LabFrames.parseIp("198.18.1")).hasMessageContaining("198.18.1");
        assertThatThrownBy(() -> LabFrames.parseIp("198.18.1.256")).hasMessageContaining("not an IPv4 address");
    }

    @Test
    void neighbourTablesCountOnlyCompleteEntries() {
        String arp = """
                IP address       HW type     Flags       HW address            Mask     Device
                198.18.0.1       0x1         0x2         52:54:00:00:00:0a     *        eth0
                198.18.0.2       0x1         0x0         00:00:00:00:00:00     *        mv
                """;
        assertThat(NeighbourTables.parse("ns", arp)).isEqualTo(List.of(new NeighbourTables.Entry("ns", "eth0", "198.18.0.1")));
        String ip = """
                198.18.0.7 dev va lladdr 52:54:00:00:00:01 STALE
                fe80::1:0:7 dev va lladdr 52:54:00:00:00:01 STALE
                fe80::1:0:8 dev va  FAILED
                """;
        assertThat(NeighbourTables.parseIp("ns", ip)).containsExactly(new NeighbourTables.Entry("ns", "va", "198.18.0.7"),
                new NeighbourTables.Entry("ns", "va", "fe80:0:0:0:0:1:0:7"));
    }

    @Test
    void aSolicitationGoesToTheTargetsSolicitedNodeGroupWithAValidChecksum() {
        byte[] src = LabFrames.labLinkLocal(5);
        byte[] target = LabFrames.eui64LinkLocal(B);
        assertThat(LabFrames.ip6(target)).isEqualTo("fe80:0:0:0:5054:ff:fe00:b");
        byte[] f = LabFrames.neighbourSolicitation(A, src, target);
        assertThat(f).startsWith(0x33, 0x33, 0xff, 0x00, 0x00, 0x0b);
        assertThat(f[20]).as("ICMPv6").isEqualTo((byte) 58);
        assertThat(f[21]).as("hop limit").isEqualTo((byte) 255);
        long sum = 0;
        for (int i = 22; i < 54; i += 2) {
            sum += ((f[i] & 0xff) << 8) | (f[i + 1] & 0xff); // addresses of the pseudo-header
        }
        sum += 32 + 58;
        for (int i = 54; i < f.length; i += 2) {
            sum += ((f[i] & 0xff) << 8) | (f[i + 1] & 0xff);
        }
        while ((sum >> 16) != 0) {
            sum = (sum & 0xffff) + (sum >> 16);
        }
        assertThat(sum).as("ICMPv6 checksum verifies").isEqualTo(0xffff);
        byte[] both = LabFrames.solicitation(f, f.length);
        assertThat(java.util.Arrays.copyOfRange(both, 0, 16)).isEqualTo(src);
        assertThat(java.util.Arrays.copyOfRange(both, 16, 32)).isEqualTo(target);
        f[5] = 0x0c;
        assertThat(LabFrames.solicitation(f, f.length)).as("sent to another group").isNull();
    }
}
