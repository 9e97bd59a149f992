package org.mvtd.backend.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mvtd.backend.lab.D.dev;
import static org.mvtd.backend.lab.D.observe;
import static org.mvtd.backend.lab.D.pair;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mvtd.model.Design;
import org.mvtd.model.Endpoint;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.reach.Pair;
import org.mvtd.model.reach.ReachReport;

/**
 * Kernel behaviour beyond kernel-truth.md that the lab's semantics rest on, measured (root only):
 * unplugged devices, down lower devices, taps nobody has open, passthru and the host stack.
 */
class KernelFactsTest {

    @BeforeEach
    void root() {
        RootLab.assume();
    }

    private static boolean any(Pair p) {
        return p.unicast() || p.broadcast();
    }

    @Test
    void unpluggedDeviceStillBridgesItsBridgeModeEndpointsButNothingLeaves() throws Exception {
        ReachReport r = observe(D.oneHost(true, List.of(dev("eth0", null, true)),
                List.of(Endpoint.macvtap("b1", "eth0", MacvlanMode.BRIDGE), Endpoint.macvtap("b2", "eth0", MacvlanMode.BRIDGE),
                        Endpoint.macvtap("v", "eth0", MacvlanMode.VEPA)), "st"));
        assertThat(pair(r, "h/b1", "h/b2").ping()).as("bridge -> bridge on unplugged").isTrue();
        assertThat(any(pair(r, "h/v", "h/b1"))).as("vepa -> bridge on unplugged").isFalse();
        assertThat(any(pair(r, "h/eth0", "h/b1"))).as("host stack -> bridge endpoint on unplugged").isFalse();
        assertThat(any(pair(r, "st", "h/b1"))).as("station -> endpoint on unplugged").isFalse();
    }

    @Test
    void downLowerDeviceCarriesNothingNotEvenBetweenBridgeModeEndpoints() throws Exception {
        Design d = D.oneHost(false, List.of(dev("eth0", "sw", true).withUp(false)),
                List.of(Endpoint.macvtap("b1", "eth0", MacvlanMode.BRIDGE), Endpoint.macvlan("b2", "eth0", MacvlanMode.BRIDGE)), "st");
        try (Lab lab = Lab.build(d)) {
            ProbeOutcome o = lab.probe(lab.naturalOrder());
            ReachReport r = o.report();
            for (Pair p : r.pairs()) {
                assertThat(any(p)).as(p.from() + " -> " + p.to() + " with eth0 down").isFalse();
            }
            assertThat(LinkState.operstate(lab.nodes().get(1).netns(), "b1")).isEqualTo("LOWERLAYERDOWN");
        }
    }

    @Test
    void macvtapWhoseTapIsClosedHandsFramesToTheHostLikeAMacvlan() throws Exception {
        Design d = D.oneHost(false, List.of(dev("eth0", "sw", false)),
                List.of(Endpoint.macvtap("closed", "eth0", MacvlanMode.BRIDGE), Endpoint.macvtap("g", "eth0", MacvlanMode.BRIDGE)), "st");
        try (Lab lab = Lab.build(d, LabOwners.system(), new Random(), Set.of("h/closed"))) {
            ReachReport r = lab.probe();
            assertThat(pair(r, "st", "h/closed").unicast()).as("station -> closed tap's netdev").isTrue();
            assertThat(pair(r, "h/g", "h/closed").ping()).as("bridge neighbour <-> closed tap's netdev").isTrue();
        }
    }

    @Test
    void anUpPassthruEndpointMacvtapOrMacvlanHidesUnicastFromTheHostStack() throws Exception {
        ReachReport tap = observe(D.oneHost(false, List.of(dev("eth0", "sw", true)),
                List.of(Endpoint.macvtap("pt", "eth0", MacvlanMode.PASSTHRU)), "st"));
        assertThat(pair(tap, "st", "h/eth0").unicast()).as("macvtap passthru: station -> host stack").isFalse();
        assertThat(pair(tap, "st", "h/eth0").broadcast()).as("macvtap passthru: station broadcast -> host stack").isTrue();
        ReachReport vlan = observe(D.oneHost(false, List.of(dev("eth0", "sw", true)),
                List.of(Endpoint.macvlan("pt", "eth0", MacvlanMode.PASSTHRU)), "st"));
        assertThat(pair(vlan, "st", "h/pt").unicast()).as("macvlan passthru: station -> endpoint").isTrue();
        assertThat(pair(vlan, "st", "h/eth0").unicast()).as("macvlan passthru: station -> host stack").isFalse();
        assertThat(pair(vlan, "st", "h/eth0").broadcast()).as("macvlan passthru: station broadcast -> host stack").isTrue();
        assertThat(pair(vlan, "h/eth0", "st").ping()).as("macvlan passthru: the host stack cannot resolve").isFalse();
    }

    /**
     * kernel-truth.md, "IPv6 and multicast", judged with real Neighbour Solicitations: a guest's macvtap
     * configured as apply configures it (addrgenmode none, allmulticast on) admits the solicitations for its
     * guest, so IPv6 into it works as IPv4 does (without allmulticast it fails: GuestTapOptions measures that
     * with real guests); a macvlan's own stack equals IPv4.
     */
    @Test
    void ipv6IntoAGuestWorksWithApplysMulticastFilter() throws Exception {
        Design d = D.oneHost(false, List.of(dev("eth0", "sw", true)),
                List.of(Endpoint.macvtap("g", "eth0", MacvlanMode.BRIDGE), Endpoint.macvlan("shim", "eth0", MacvlanMode.BRIDGE)),
                "st");
        ProbeOutcome o;
        try (Lab lab = Lab.build(d)) {
            o = lab.probe(lab.naturalOrder());
        }
        ReachReport r = o.report();
        assertThat(pair(r, "st", "h/g").ping()).as("IPv4 into the guest").isTrue();
        assertThat(pair(r, "st", "h/g").ping6()).as("IPv6 into the guest (allmulticast on)").isTrue();
        assertThat(pair(r, "h/g", "st").ping6()).as("IPv6 out of the guest").isTrue();
        assertThat(pair(r, "st", "h/shim").ping6()).as("IPv6 into a macvlan's own stack").isTrue();
        assertThat(pair(r, "h/shim", "h/eth0").ping6()).as("no hairpin: no ping either").isFalse();
    }
}
