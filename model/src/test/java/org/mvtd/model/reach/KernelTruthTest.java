package org.mvtd.model.reach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Host;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Station;
import org.mvtd.model.Switch;
import org.mvtd.model.testing.Examples;

/** Every row and fact of shared/kernel-truth.md, as measured on a real kernel. */
class KernelTruthTest {

    static Design twoEndpoints(MacvlanMode a, MacvlanMode b, boolean hairpin) {
        return Design.empty("truth")
                .withSwitches(List.of(Switch.of("sw", hairpin)))
                .withStations(List.of(Station.of("router", "sw")))
                .withHosts(List.of(Host.of("h", List.of(Device.of("eth0", "sw")),
                        List.of(Endpoint.macvtap("a", "eth0", a), Endpoint.macvtap("b", "eth0", b)))));
    }

    @ParameterizedTest(name = "{0} -> {1}, hairpin {2}")
    @CsvSource({
        // A mode, B mode, hairpin, unicast A->B, unicast B->A, broadcast A->B, broadcast B->A
        "vepa,    vepa,    off, no,  no,  no,  no",
        "vepa,    vepa,    on,  yes, yes, yes, yes",
        "vepa,    bridge,  off, no,  no,  no,  no",
        "vepa,    bridge,  on,  yes, yes, yes, yes",
        "vepa,    private, off, no,  no,  no,  no",
        "vepa,    private, on,  yes, yes, no,  no",
        "bridge,  vepa,    off, no,  no,  no,  no",
        "bridge,  vepa,    on,  yes, yes, yes, yes",
        "bridge,  bridge,  off, yes, yes, yes, yes",
        "bridge,  bridge,  on,  yes, yes, yes, yes",
        "bridge,  private, off, no,  no,  no,  no",
        "bridge,  private, on,  yes, yes, no,  no",
        "private, vepa,    off, no,  no,  no,  no",
        "private, vepa,    on,  yes, yes, no,  no",
        "private, bridge,  off, no,  no,  no,  no",
        "private, bridge,  on,  yes, yes, no,  no",
        "private, private, off, no,  no,  no,  no",
        "private, private, on,  yes, yes, no,  no",
    })
    void twoEndpointsOnOneDevice(String a, String b, String hairpin, String uniAB, String uniBA, String bcAB,
                                 String bcBA) {
        ReachEngine e = ReachEngine.of(twoEndpoints(MacvlanMode.fromKernelName(a), MacvlanMode.fromKernelName(b),
                hairpin.equals("on")));
        Pair ab = e.pair("h/a", "h/b");
        Pair ba = e.pair("h/b", "h/a");
        assertThat(ab.unicast()).as("unicast A->B").isEqualTo(uniAB.equals("yes"));
        assertThat(ba.unicast()).as("unicast B->A").isEqualTo(uniBA.equals("yes"));
        assertThat(ab.broadcast()).as("broadcast A->B").isEqualTo(bcAB.equals("yes"));
        assertThat(ba.broadcast()).as("broadcast B->A").isEqualTo(bcBA.equals("yes"));
        assertThat(ab.why()).isNotBlank();
        assertThat(ab.path().isEmpty()).isEqualTo(!ab.unicast() && !ab.broadcast());
    }

    @ParameterizedTest
    @CsvSource({"vepa", "bridge", "private"})
    void hostStackNeverReachesItsEndpointsWithoutHairpin(String mode) {
        ReachEngine e = ReachEngine.of(twoEndpoints(MacvlanMode.fromKernelName(mode), MacvlanMode.VEPA, false));
        for (String ep : List.of("h/a", "h/b")) {
            assertThat(e.pair("h/eth0", ep).unicast()).isFalse();
            assertThat(e.pair("h/eth0", ep).broadcast()).isFalse();
            assertThat(e.pair(ep, "h/eth0").unicast()).isFalse();
            assertThat(e.pair(ep, "h/eth0").broadcast()).isFalse();
        }
    }

    @Test
    void withHairpinThePrivateEndpointsBroadcastMissesTheHostButTheHostsReachesIt() {
        ReachEngine e = ReachEngine.of(twoEndpoints(MacvlanMode.PRIVATE, MacvlanMode.VEPA, true));
        assertThat(e.pair("h/a", "h/eth0").broadcast()).isFalse();
        assertThat(e.pair("h/eth0", "h/a").broadcast()).isTrue();
        assertThat(e.ping(e.indexOf("h/eth0").orElseThrow(), e.indexOf("h/a").orElseThrow())).isTrue();
        assertThat(e.ping(e.indexOf("h/a").orElseThrow(), e.indexOf("h/eth0").orElseThrow())).isFalse();
        assertThat(e.pair("h/a", "h/eth0").why()).contains("given only to itself");
    }

    @ParameterizedTest
    @CsvSource({"vepa,off", "bridge,off", "private,off", "passthru,off", "vepa,on", "bridge,on", "private,on",
        "passthru,on"})
    void stationsReachEveryEndpointBothWays(String mode, String hairpin) {
        Design d = Design.empty("st")
                .withSwitches(List.of(Switch.of("sw", hairpin.equals("on"))))
                .withStations(List.of(Station.of("router", "sw")))
                .withHosts(List.of(Host.of("h", List.of(Device.of("eth0", "sw").withHostAddress(false)),
                        List.of(Endpoint.macvtap("a", "eth0", MacvlanMode.fromKernelName(mode))))));
        ReachEngine e = ReachEngine.of(d);
        assertThat(e.pair("router", "h/a").ping()).isTrue();
        assertThat(e.pair("h/a", "router").ping()).isTrue();
    }

    @Test
    void devicesOnDifferentSwitchesNeverMeetAndOnTheSameSwitchMeetWithoutHairpin() {
        Design d = Design.empty("segments")
                .withSwitches(List.of(Switch.of("s1", false), Switch.of("s2", false)))
                .withHosts(List.of(Host.of("h", List.of(Device.of("eth0", "s1"), Device.of("eth1", "s1"),
                        Device.of("eth2", "s2")), List.of(
                        Endpoint.macvtap("a", "eth0", MacvlanMode.PRIVATE),
                        Endpoint.macvtap("b", "eth1", MacvlanMode.PRIVATE),
                        Endpoint.macvtap("c", "eth2", MacvlanMode.BRIDGE)))));
        ReachEngine e = ReachEngine.of(d);
        assertThat(e.pair("h/a", "h/b").ping()).as("private endpoints on different devices of one switch").isTrue();
        assertThat(e.pair("h/eth0", "h/eth1").ping()).isTrue();
        assertThat(e.pair("h/a", "h/c").unicast()).isFalse();
        assertThat(e.pair("h/eth0", "h/eth2").broadcast()).isFalse();
        assertThat(e.pair("h/a", "h/c").why()).contains("separate switches never meet");
    }

    @Test
    void passthruTakesTheDeviceMacAndEveryUnicastSoTheHostStackGetsNone() {
        Design d = Design.empty("pt")
                .withSwitches(List.of(Switch.of("sw", false)))
                .withStations(List.of(Station.of("router", "sw")))
                .withHosts(List.of(Host.of("h", List.of(Device.of("vf0", "sw")),
                        List.of(Endpoint.macvtap("p", "vf0", MacvlanMode.PASSTHRU)))));
        ReachEngine e = ReachEngine.of(d);
        assertThat(e.pair("router", "h/p").ping()).isTrue();
        assertThat(e.pair("router", "h/vf0").unicast()).isFalse();
        assertThat(e.pair("router", "h/vf0").broadcast()).as("broadcasts still pass to the stack").isTrue();
        assertThat(e.pair("h/vf0", "router").unicast()).as("the stack can still send").isTrue();
        assertThat(e.pair("h/vf0", "router").ping()).as("but replies never come back").isFalse();
        assertThat(e.pair("router", "h/vf0").why()).contains("takes every unicast frame");
    }

    /**
     * kernel-truth.md, "Passthru macvlan and the host stack" (measured through real IP stacks): an up
     * passthru endpoint, macvlan or macvtap, has the device's MAC and takes every unicast for it, so the
     * host stack on the device gets none and cannot resolve anyone; broadcasts still reach it. A down
     * passthru endpoint still drops every unicast (macvlan_handle_frame frees frames for a down vlan).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"passthru-macvlan-hostaddr", "passthru-macvtap-hostaddr"})
    void anUpPassthruEndpointStarvesTheHostStackOnItsDevice(String name) throws Exception {
        Design d = Examples.load(Examples.caseFile(name)).design();
        ReachEngine e = ReachEngine.of(d);
        String pt = d.hosts().get(0).endpoints().get(0).name();
        assertThat(e.pair("st", "h/eth0").unicast()).as("station -> host stack unicast").isFalse();
        assertThat(e.pair("st", "h/eth0").broadcast()).as("broadcast still reaches the host stack").isTrue();
        assertThat(e.pair("st", "h/eth0").ping()).isFalse();
        assertThat(e.pair("h/eth0", "st").ping()).as("the host stack cannot resolve anyone").isFalse();
        assertThat(e.pair("st", "h/" + pt).ping()).as("the passthru endpoint itself is reachable").isTrue();
        assertThat(e.pair("st", "h/eth0").why()).contains("takes every unicast");
        assertThat(e.walkUnicast("st", "h/eth0").steps()).last().satisfies(s ->
                assertThat(s.kind()).isEqualTo(WalkStep.Kind.DROP));
        ReachEngine down = e.update(d.withHost("h", h -> h.withEndpoint(pt, x -> x.withUp(false))));
        assertThat(down.pair("st", "h/eth0").unicast()).as("a down passthru endpoint drops it").isFalse();
        assertThat(down.pair("st", "h/eth0").broadcast()).isTrue();
    }

    @Test
    void aBridgeModeHostShimLetsTheHostReachItsBridgeModeGuestsWithoutHairpin() {
        Design d = Design.empty("shim")
                .withSwitches(List.of(Switch.of("lan", false)))
                .withHosts(List.of(Host.of("h", List.of(Device.of("eth2", "lan").withHostAddress(false)), List.of(
                        Endpoint.macvlan("shim", "eth2", MacvlanMode.BRIDGE),
                        Endpoint.macvtap("vm", "eth2", MacvlanMode.BRIDGE)))));
        ReachEngine e = ReachEngine.of(d);
        assertThat(e.pair("h/shim", "h/vm").ping()).isTrue();
        assertThat(e.pair("h/vm", "h/shim").ping()).isTrue();
        assertThat(e.pair("h/shim", "h/vm").path()).containsExactly("h/shim", "h/eth2", "h/vm");
        assertThat(e.pair("h/shim", "h/vm").why())
                .isEqualTo("both endpoints are in bridge mode on eth2, so the driver delivers locally");
    }

    /**
     * kernel-truth.md, "IPv6 and multicast": a Neighbour Solicitation follows the broadcast rules but is
     * taken only where the netdev admits the target's solicited-node group. IP stacks (host, station, a
     * macvlan endpoint's own) join it; a guest's macvtap as apply configures it does not, so IPv6 into a
     * guest fails while IPv4 works, and IPv6 out of it works.
     */
    @Test
    void ping6NeedsTheTargetsSolicitedNodeGroupAdmitted() {
        Design d = Design.empty("v6")
                .withSwitches(List.of(Switch.of("sw", false)))
                .withStations(List.of(Station.of("router", "sw")))
                .withHosts(List.of(Host.of("h", List.of(Device.of("eth0", "sw")),
                        List.of(Endpoint.macvtap("g", "eth0", MacvlanMode.BRIDGE),
                                Endpoint.macvlan("shim", "eth0", MacvlanMode.BRIDGE)))));
        ReachEngine e = ReachEngine.of(d);
        assertThat(e.pair("router", "h/g").ping()).isTrue();
        assertThat(e.pair("router", "h/g").ping6()).as("into the guest").isEqualTo(Topology.GUEST_MACVTAP_ADMITS_SOLICITED_NODE);
        assertThat(e.pair("h/g", "router").ping6()).as("out of the guest").isTrue();
        assertThat(e.pair("h/g", "h/shim").ping6()).as("guest to its bridge shim").isTrue();
        assertThat(e.pair("router", "h/shim").ping6()).as("a macvlan's own stack").isTrue();
        assertThat(e.pair("router", "h/eth0").ping6()).as("the host stack").isTrue();
        assertThat(e.pair("h/eth0", "h/g").ping6()).as("no ping, no ping6").isFalse();
        ReachEngine.of(d).forEachPair(p -> assertThat(!p.ping6() || p.ping()).as(p.from() + " -> " + p.to()).isTrue());
        ReachEngine pt = ReachEngine.of(d.withHost("h", h -> h.withEndpoints(List.of(
                Endpoint.macvtap("g", "eth0", MacvlanMode.PASSTHRU)))));
        assertThat(pt.pair("router", "h/g").ping6()).as("a passthru macvtap's netdev is a guest's too")
                .isEqualTo(Topology.GUEST_MACVTAP_ADMITS_SOLICITED_NODE);
    }
}
