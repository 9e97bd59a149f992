package org.mvtd.backend.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mvtd.backend.lab.D.dev;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mvtd.model.Design;
import org.mvtd.model.Endpoint;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.reach.NodeKind;

/** What the lab would build, checked without root. */
class LabPlanTest {
    private static final LabNames NAMES = new LabNames("0123abcd");

    private static LabPlan plan(Design d) {
        return LabPlan.of(d, NAMES, new Random(7));
    }

    @Test
    void namespacesAreSwitchesThenHostsThenStationsUnderTheRunPrefix() {
        LabPlan p = plan(D.oneHost(true, List.of(dev("eth0", "sw", true)), List.of(), "st"));
        assertThat(p.namespaces()).containsExactly("mvtdlab-0123abcd-s0", "mvtdlab-0123abcd-h0", "mvtdlab-0123abcd-t0");
        assertThat(p.namespaces()).allSatisfy(n -> assertThat(LabNames.runOf(n)).contains("0123abcd"));
    }

    @Test
    void everyPortOfAHairpinSwitchGetsHairpinAndTheBridgeForwardsAtOnce() {
        LabPlan p = plan(D.oneHost(true, List.of(dev("eth0", "sw", true)), List.of(), "st"));
        List<String> sw = p.switchBatches().get("mvtdlab-0123abcd-s0");
        assertThat(sw.get(0)).contains("type bridge stp_state 0 forward_delay 0 mcast_snooping 0");
        assertThat(sw).contains("link set dev h0d0 type bridge_slave hairpin on learning on",
                "link set dev st0 type bridge_slave hairpin on learning on");
        LabPlan off = plan(D.oneHost(false, List.of(dev("eth0", "sw", true)), List.of()));
        assertThat(off.switchBatches().get("mvtdlab-0123abcd-s0")).contains("link set dev h0d0 type bridge_slave hairpin off learning on");
    }

    @Test
    void unpluggedDeviceKeepsItsPeerUpInTheHostNamespace() {
        LabPlan p = plan(D.oneHost(false, List.of(dev("eth0", null, true), dev("unplug0", "sw", true)), List.of()));
        List<String> h = p.hostBatches().get("mvtdlab-0123abcd-h0");
        assertThat(h.get(0)).startsWith("link add name eth0 address ").contains("type veth peer name unplug1 address ")
                .doesNotContain("netns");
        assertThat(h).contains("link set dev unplug1 up");
    }

    @Test
    void endpointsGetDesignMacsModesTapQueueAndDownLast() {
        Design d = D.oneHost(false, List.of(dev("eth0", "sw", true).withUp(false)),
                List.of(Endpoint.macvtap("g", "eth0", MacvlanMode.PRIVATE).withMac("52:54:00:00:00:01").withUp(false),
                        Endpoint.macvlan("shim", "eth0", MacvlanMode.BRIDGE)));
        LabPlan p = plan(d);
        List<String> h = p.hostBatches().get("mvtdlab-0123abcd-h0");
        assertThat(h).contains("link add link eth0 name g address 52:54:00:00:00:01 txqueuelen 10000 group 100 type macvtap mode private");
        assertThat(h.stream().filter(l -> l.contains("name shim")).findFirst().orElseThrow()).contains("type macvlan mode bridge")
                .doesNotContain("txqueuelen");
        assertThat(h.subList(h.size() - 2, h.size())).containsExactly("link set dev g down", "link set dev eth0 down");
    }

    @Test
    void passthruTakesTheDeviceMacAndSetsNone() {
        LabPlan p = plan(D.oneHost(false, List.of(dev("eth0", "sw", true)),
                List.of(Endpoint.macvtap("pt", "eth0", MacvlanMode.PASSTHRU).withMac("52:54:00:00:00:02"))));
        ProbeNode dev = p.nodes().get(0);
        ProbeNode pt = p.nodes().get(1);
        assertThat(pt.mac()).isEqualTo(dev.mac());
        assertThat(p.hostBatches().get("mvtdlab-0123abcd-h0")).anySatisfy(l -> assertThat(l)
                .startsWith("link add link eth0 name pt txqueuelen").doesNotContain("address"));
    }

    @Test
    void nodesFollowReachOrderWithTheirChannels() {
        Design d = D.oneHost(false, List.of(dev("eth0", "sw", true), dev("eth1", "sw", false)),
                List.of(Endpoint.macvtap("g", "eth1", MacvlanMode.VEPA), Endpoint.macvlan("m", "eth0", MacvlanMode.VEPA)), "st");
        List<ProbeNode> n = plan(d).nodes();
        assertThat(n).extracting(ProbeNode::id).containsExactly("h/eth0", "h/m", "h/g", "st");
        assertThat(n).extracting(ProbeNode::channel).containsExactly(ChannelKind.STACK, ChannelKind.STACK, ChannelKind.TAP,
                ChannelKind.STACK);
        assertThat(n).extracting(ProbeNode::ipv4).doesNotHaveDuplicates()
                .allSatisfy(ip -> assertThat(ip >> (32 - LabPlan.PREFIX)).isEqualTo(LabPlan.NET >> (32 - LabPlan.PREFIX)));
        assertThat(n.get(3).node().kind()).isEqualTo(NodeKind.STATION);
        assertThat(n).extracting(ProbeNode::mac).doesNotHaveDuplicates();
    }

    @Test
    void everyIpStackGetsItsLabAddressAndAGuestNone() {
        Design d = D.oneHost(false, List.of(dev("eth0", "sw", true), dev("eth1", "sw", false)),
                List.of(Endpoint.macvtap("g", "eth1", MacvlanMode.VEPA), Endpoint.macvlan("m", "eth0", MacvlanMode.VEPA)), "st");
        LabPlan p = plan(d);
        List<String> h = p.hostBatches().get("mvtdlab-0123abcd-h0");
        for (ProbeNode n : p.nodes()) {
            String line = "address add " + LabFrames.ip(n.ipv4()) + "/15 dev " + n.ifname();
            List<String> batch = n.node().kind() == NodeKind.STATION ? p.stationBatches().get(n.netns()) : h;
            if (n.channel() == ChannelKind.STACK) {
                assertThat(batch).as(n.id()).contains(line);
            } else {
                assertThat(batch).as(n.id()).noneMatch(l -> l.startsWith("address add") && l.endsWith("dev " + n.ifname()));
            }
        }
        assertThat(h).noneMatch(l -> l.endsWith("dev eth1") && l.startsWith("address"));
        assertThat(p.stackNamespaces()).containsExactly("mvtdlab-0123abcd-h0", p.nodes().get(3).netns());
    }

    @Test
    void bigHostsGetOneLinkGroupPerSliceForTeardown() {
        List<Endpoint> eps = java.util.stream.IntStream.range(0, LabPlan.GROUP_SLICE + 1)
                .mapToObj(i -> Endpoint.macvlan("m" + i, "eth0", MacvlanMode.BRIDGE)).toList();
        LabPlan p = plan(D.oneHost(false, List.of(dev("eth0", "sw", false)), eps));
        assertThat(p.groups("mvtdlab-0123abcd-h0")).isEqualTo(2);
        assertThat(p.hostBatches().get("mvtdlab-0123abcd-h0")).anySatisfy(l -> assertThat(l).contains("name m256 ").contains("group 101"));
    }

    @Test
    void refusesWhatTheKernelCannotNameAndSaysWhere() {
        assertThatThrownBy(() -> plan(D.oneHost(false, List.of(dev("lo", "sw", true)), List.of())))
                .hasMessageContaining("host h").hasMessageContaining("'lo'").hasMessageContaining("loopback");
        assertThatThrownBy(() -> plan(D.oneHost(false, List.of(dev("a-name-of-16-byt", "sw", true)), List.of())))
                .hasMessageContaining("1-15 bytes");
        assertThatThrownBy(() -> plan(D.oneHost(false, List.of(dev("eth0", "nowhere", true)), List.of())))
                .hasMessageContaining("device h/eth0").hasMessageContaining("'nowhere'");
    }

    @Test
    void batchesNeverLeaveANameWhereIproute2ExpectsAKeyword() {
        LabPlan p = plan(D.oneHost(false, List.of(dev("up", "sw", true)), List.of(Endpoint.macvtap("a", "up", MacvlanMode.VEPA))));
        for (Map<String, List<String>> phase : List.of(p.hostBatches(), p.switchBatches())) {
            phase.values().forEach(lines -> lines.stream().filter(l -> l.startsWith("link set ")).forEach(
                    l -> assertThat(l).startsWith("link set dev ")));
        }
    }

    @Test
    void aVlanDesignIsStillRefusedRatherThanBuiltWithoutItsVlans() {
        Design d = D.oneHost(false, List.of(dev("eth0", "sw", true), org.mvtd.model.Device.vlan("eth0.100", "eth0", 100)),
                List.of());
        assertThatThrownBy(() -> plan(d)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not build these format-version-2 keys yet: VLAN devices");
    }

    @Test
    void sourceModeGetsItsSenderListAndNodstAndPassthruItsNopromisc() {
        Endpoint src = Endpoint.macvlan("src0", "eth0", MacvlanMode.SOURCE)
                .withSourceMacs(List.of("52:54:00:AA:BB:CC", "52:54:00:aa:bb:cd")).withNodst(true);
        Endpoint pt = Endpoint.macvtap("pt0", "eth1", MacvlanMode.PASSTHRU).withNopromisc(true);
        Design d = D.oneHost(false, List.of(dev("eth0", "sw", true), dev("eth1", "sw", true)), List.of(src, pt));
        List<String> lines = plan(d).hostBatches().values().iterator().next();
        assertThat(lines).anyMatch(l -> l.startsWith("link add link eth0 name src0 ") && l.endsWith(" mode source flag nodst"));
        assertThat(lines).contains("link set dev src0 type macvlan macaddr set 52:54:00:aa:bb:cc 52:54:00:aa:bb:cd");
        assertThat(lines).anyMatch(l -> l.startsWith("link add link eth1 name pt0 ") && l.endsWith(" mode passthru flag nopromisc"));
        assertThat(lines.indexOf("link set dev src0 type macvlan macaddr set 52:54:00:aa:bb:cc 52:54:00:aa:bb:cd"))
                .isGreaterThan(lines.indexOf(lines.stream().filter(l -> l.startsWith("link add link eth0 name src0 ")).findFirst().orElseThrow()));
    }
}
