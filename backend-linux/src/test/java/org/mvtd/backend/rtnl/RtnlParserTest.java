package org.mvtd.backend.rtnl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mvtd.backend.link.LinkEvent;
import org.mvtd.backend.link.LinkInfo;

/** Decodes datagrams captured from a real kernel (test resources) and hand-made broken ones. */
class RtnlParserTest {

    private static List<byte[]> datagrams(String resource) throws IOException {
        try (InputStream in = RtnlParserTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            List<byte[]> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(HexFormat.of().parseHex(line.strip()));
                }
            }
            return out;
        }
    }

    private static Map<String, LinkInfo> dump() throws IOException {
        List<RtnlLink> raw = new ArrayList<>();
        boolean done = false;
        for (byte[] d : datagrams("link-dump.hex")) {
            RtnlParser.Batch b = RtnlParser.parse(d, d.length);
            assertThat(b.error()).isZero();
            assertThat(b.interrupted()).isFalse();
            raw.addAll(b.links());
            done |= b.done();
        }
        assertThat(done).as("the dump ends with NLMSG_DONE").isTrue();
        Map<Integer, RtnlLink> table = new HashMap<>();
        raw.forEach(l -> table.put(l.ifindex(), l));
        Map<String, LinkInfo> out = new HashMap<>();
        raw.forEach(l -> out.put(l.name(), l.toLinkInfo(table)));
        return out;
    }

    @Test
    void aDumpReadsLikeIpJson() throws IOException {
        Map<String, LinkInfo> links = dump();
        assertThat(links).containsOnlyKeys("lo", "eth0", "eth0p", "t2", "mt0", "mv2");

        LinkInfo mt0 = links.get("mt0");
        assertThat(mt0.kind()).isEqualTo("macvtap");
        assertThat(mt0.mode()).isEqualTo("vepa");
        assertThat(mt0.lower()).isEqualTo("eth0");
        assertThat(mt0.mac()).isEqualTo("52:54:00:12:34:56");
        assertThat(mt0.operstate()).isEqualTo("UP");
        assertThat(mt0.flags()).containsExactly("BROADCAST", "MULTICAST", "UP", "LOWER_UP");
        assertThat(mt0.mtu()).isEqualTo(1500);
        assertThat(mt0.group()).isEqualTo(268435457L);
        assertThat(mt0.alias()).isEqualTo("macvtap-designer:lab-1f3a09bc:mt0");
        assertThat(mt0.adminUp()).isTrue();
        assertThat(mt0.carrier()).isTrue();

        LinkInfo t2 = links.get("t2");
        assertThat(t2.kind()).isEqualTo("macvtap");
        assertThat(t2.mode()).isEqualTo("bridge");
        assertThat(t2.operstate()).isEqualTo("DOWN");
        assertThat(t2.flags()).containsExactly("BROADCAST", "MULTICAST");
        assertThat(t2.alias()).isNull();
        assertThat(RtnlParser.parse(new byte[0], 0).links()).isEmpty();
        assertThat(t2.group()).isZero();

        assertThat(links.get("mv2").kind()).isEqualTo("macvlan");
        assertThat(links.get("mv2").mode()).isEqualTo("bridge");
        assertThat(links.get("eth0").kind()).isEqualTo("veth");
        assertThat(links.get("eth0").mode()).as("a veth has no macvlan mode").isNull();
        assertThat(links.get("eth0").lower()).as("a veth's peer, as ip names it").isEqualTo("eth0p");
        assertThat(links.get("lo").kind()).isEmpty();
        assertThat(links.get("lo").lower()).isNull();
        assertThat(links.get("lo").mtu()).isEqualTo(65536);
        assertThat(links.get("lo").flags()).containsExactly("LOOPBACK");
        assertThat(links.get("eth0p").stats().rxPackets()).as("counters come with the dump").isPositive();
        assertThat(links.get("eth0p").stats().rxBytes()).isGreaterThan(links.get("eth0p").stats().rxPackets());
    }

    @Test
    void eventsBecomeChangesAndDeletions() throws IOException {
        List<byte[]> d = datagrams("link-events.hex");
        assertThat(d).hasSize(3);
        List<LinkEvent> events = new ArrayList<>();
        for (byte[] g : d) {
            RtnlParser.parse(g, g.length).links().forEach(l -> events.add(RtnlMonitor.toEvent(l)));
        }
        assertThat(events).extracting(LinkEvent::name).containsExactly("mt0", "eth0", "mt1");
        LinkInfo up = events.get(0).info();
        assertThat(up.adminUp()).isTrue();
        assertThat(up.carrier()).isTrue();
        assertThat(up.operstate()).isEqualTo("UP");
        assertThat(up.mac()).isEqualTo("52:54:00:12:34:56");
        assertThat(up.mtu()).isEqualTo(1500);
        assertThat(events.get(2).info()).as("RTM_DELLINK is a deletion").isNull();
        assertThat(events).noneMatch(LinkEvent::resync);
    }

    @Test
    void noCarrierIsDerivedLikeIpDoes() {
        // IFF_UP without IFF_RUNNING: ip prints NO-CARRIER first
        assertThat(RtnlLink.flagNames(0x1 | 0x2 | 0x1000)).containsExactly("NO-CARRIER", "BROADCAST", "MULTICAST", "UP");
        assertThat(RtnlLink.flagNames(0x1 | 0x40 | 0x10000)).containsExactly("UP", "LOWER_UP");
    }

    @Test
    void errorsAndAcksAreTold() {
        ByteBuffer b = ByteBuffer.allocate(36).order(ByteOrder.nativeOrder());
        b.putInt(36).putShort((short) RtnlParser.NLMSG_ERROR).putShort((short) 0).putInt(1).putInt(0).putInt(-1);
        assertThat(RtnlParser.parse(b.array(), 36).error()).as("EPERM").isEqualTo(1);
        b.putInt(16, 0);
        assertThat(RtnlParser.parse(b.array(), 36).error()).as("an ack is no error").isZero();
    }

    @Test
    void truncatedOrLyingLengthsAreRefusedNotOverread() throws IOException {
        byte[] ev = datagrams("link-events.hex").get(0);
        assertThatThrownBy(() -> RtnlParser.parse(ev, ev.length - 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("claims");
        byte[] lying = ev.clone();
        ByteBuffer.wrap(lying).order(ByteOrder.nativeOrder()).putShort(32, (short) 0x7fff); // first attribute's length
        assertThatThrownBy(() -> RtnlParser.parse(lying, lying.length)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("attribute");
        byte[] tiny = Arrays.copyOf(ev, 20);
        ByteBuffer.wrap(tiny).order(ByteOrder.nativeOrder()).putInt(0, 20);
        assertThatThrownBy(() -> RtnlParser.parse(tiny, tiny.length)).hasMessageContaining("ifinfomsg");
        assertThat(RtnlParser.parse(ev, 10).links()).as("less than a header: nothing").isEmpty();
    }

    @Test
    void everyCutOfARealMessageIsRefusedOrReadWithinBounds() throws IOException {
        byte[] ev = datagrams("link-events.hex").get(0);
        for (int len = RtnlParser.NLMSG_HDRLEN; len <= ev.length; len++) {
            byte[] cut = Arrays.copyOf(ev, len);
            int declared = Math.max(16, len);
            ByteBuffer.wrap(cut).order(ByteOrder.nativeOrder()).putInt(0, declared > len ? len : declared);
            try {
                RtnlParser.parse(cut, len);
            } catch (IllegalArgumentException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
    }
}
