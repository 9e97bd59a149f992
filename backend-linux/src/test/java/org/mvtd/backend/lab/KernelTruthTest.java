package org.mvtd.backend.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mvtd.backend.lab.D.dev;
import static org.mvtd.backend.lab.D.observe;
import static org.mvtd.backend.lab.D.pair;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.mvtd.model.Design;
import org.mvtd.model.Endpoint;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Switch;
import org.mvtd.model.Host;
import org.mvtd.model.reach.Pair;
import org.mvtd.model.reach.ReachReport;

/** Every row and fact of /work/shared/kernel-truth.md, measured in the lab (root only). */
class KernelTruthTest {

    @BeforeEach
    void root() {
        RootLab.assume();
    }

    /** The 18-row table: two macvtap endpoints on one lower device behind a switch with or without hairpin. */
    @ParameterizedTest(name = "{0}/{1} hairpin {2}: A->B uc {3} bc {5}, B->A uc {4} bc {6}")
    @CsvSource({
        "vepa,vepa,false,false,false,false,false",
        "vepa,vepa,true,true,true,true,true",
        "vepa,bridge,false,false,false,false,false",
        "vepa,bridge,true,true,true,true,true",
        "vepa,private,false,false,false,false,false",
        "vepa,private,true,true,true,false,false",
        "bridge,vepa,false,false,false,false,false",
        "bridge,vepa,true,true,true,true,true",
        "bridge,bridge,false,true,true,true,true",
        "bridge,bridge,true,true,true,true,true",
        "bridge,private,false,false,false,false,false",
        "bridge,private,true,true,true,false,false",
        "private,vepa,false,false,false,false,false",
        "private,vepa,true,true,true,false,false",
        "private,bridge,false,false,false,false,false",
        "private,bridge,true,true,true,false,false",
        "private,private,false,false,false,false,false",
        "private,private,true,true,true,false,false",
    })
    void twoEndpointsOnOneDevice(String a, String b, boolean hairpin, boolean ucAB, boolean ucBA, boolean bcAB,
                                 boolean bcBA) throws Exception {
        Design d = D.oneHost(hairpin, List.of(dev("eth0", "sw", false)),
                List.of(Endpoint.macvtap("a", "eth0", MacvlanMode.fromKernelName(a)),
                        Endpoint.macvtap("b", "eth0", MacvlanMode.fromKernelName(b))));
        ReachReport r = observe(d);
        assertThat(pair(r, "h/a", "h/b").unicast()).as("unicast A->B").isEqualTo(ucAB);
        assertThat(pair(r, "h/b", "h/a").unicast()).as("unicast B->A").isEqualTo(ucBA);
        assertThat(pair(r, "h/a", "h/b").broadcast()).as("broadcast A->B").isEqualTo(bcAB);
        assertThat(pair(r, "h/b", "h/a").broadcast()).as("broadcast B->A").isEqualTo(bcBA);
    }

    @ParameterizedTest
    @EnumSource(value = MacvlanMode.class, names = {"VEPA", "BRIDGE", "PRIVATE", "PASSTHRU"})
    void hostStackNeverReachesItsEndpointsWithoutHairpin(MacvlanMode mode) throws Exception {
        ReachReport r = observe(D.oneHost(false, List.of(dev("eth0", "sw", true)), List.of(Endpoint.macvtap("e", "eth0", mode))));
        for (Pair p : List.of(pair(r, "h/eth0", "h/e"), pair(r, "h/e", "h/eth0"))) {
            assertThat(p.unicast() || p.broadcast()).as(p.from() + " -> " + p.to() + " in " + mode).isFalse();
        }
    }

    @Test
    void withHairpinPrivateBroadcastMissesTheHostButTheHostsReachesPrivate() throws Exception {
        ReachReport r = observe(D.oneHost(true, List.of(dev("eth0", "sw", true)),
                List.of(Endpoint.macvtap("p", "eth0", MacvlanMode.PRIVATE))));
        assertThat(pair(r, "h/p", "h/eth0").broadcast()).as("private broadcast to host").isFalse();
        assertThat(pair(r, "h/eth0", "h/p").broadcast()).as("host broadcast to private").isTrue();
        assertThat(pair(r, "h/eth0", "h/p").ping()).as("ping host -> private").isTrue();
        assertThat(pair(r, "h/p", "h/eth0").ping()).as("ping private -> host").isFalse();
    }

    @ParameterizedTest
    // source mode without listed senders takes nothing from a station (kernel-truth.md, source mode)
    @EnumSource(value = MacvlanMode.class, names = "SOURCE", mode = EnumSource.Mode.EXCLUDE)
    void stationsReachEveryEndpointBothWays(MacvlanMode mode) throws Exception {
        ReachReport r = observe(D.oneHost(false, List.of(dev("eth0", "sw", false)),
                List.of(Endpoint.macvtap("e", "eth0", mode)), "st"));
        for (Pair p : List.of(pair(r, "st", "h/e"), pair(r, "h/e", "st"))) {
            assertThat(p.unicast() && p.broadcast() && p.ping()).as(p.from() + " -> " + p.to() + " in " + mode).isTrue();
        }
    }

    @Test
    void devicesMeetOnTheSameSwitchWithoutHairpinAndNeverAcrossSwitches() throws Exception {
        Design d = Design.empty("switches").withSwitches(List.of(Switch.of("sw", false), Switch.of("other", false)))
                .withHosts(List.of(Host.of("h", List.of(dev("eth0", "sw", true), dev("eth1", "sw", true),
                        dev("eth2", "other", true)), List.of())));
        ReachReport r = observe(d);
        assertThat(pair(r, "h/eth0", "h/eth1").ping()).isTrue();
        assertThat(pair(r, "h/eth1", "h/eth0").ping()).isTrue();
        for (String x : List.of("h/eth0", "h/eth1")) {
            assertThat(pair(r, x, "h/eth2").unicast() || pair(r, x, "h/eth2").broadcast()).isFalse();
            assertThat(pair(r, "h/eth2", x).unicast() || pair(r, "h/eth2", x).broadcast()).isFalse();
        }
    }

    @Test
    void passthruTakesTheDeviceMacAndEveryUnicast() throws Exception {
        Design d = D.oneHost(false, List.of(dev("eth0", "sw", true)),
                List.of(Endpoint.macvtap("pt", "eth0", MacvlanMode.PASSTHRU)), "st");
        try (Lab lab = Lab.build(d)) {
            ProbeNode pt = lab.nodes().stream().filter(n -> n.id().equals("h/pt")).findFirst().orElseThrow();
            ProbeNode eth0 = lab.nodes().stream().filter(n -> n.id().equals("h/eth0")).findFirst().orElseThrow();
            assertThat(LinkState.mac(pt.netns(), "pt")).as("passthru MAC").isEqualTo(eth0.mac());
            ReachReport r = lab.probe();
            assertThat(pair(r, "st", "h/eth0").unicast()).as("station -> host stack unicast").isFalse();
            assertThat(pair(r, "st", "h/pt").unicast()).as("station -> passthru unicast").isTrue();
        }
    }

    @Test
    void bridgeShimReachesBridgeGuestsWithoutHairpin() throws Exception {
        ReachReport r = observe(D.oneHost(false, List.of(dev("eth0", "sw", true)),
                List.of(Endpoint.macvlan("shim", "eth0", MacvlanMode.BRIDGE), Endpoint.macvtap("g", "eth0", MacvlanMode.BRIDGE))));
        assertThat(pair(r, "h/shim", "h/g").ping()).isTrue();
        assertThat(pair(r, "h/g", "h/shim").ping()).isTrue();
        assertThat(pair(r, "h/eth0", "h/g").unicast()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = MacvlanMode.class, names = {"VEPA", "BRIDGE", "PRIVATE", "PASSTHRU"})
    void nothingSitsBesideAPassthruEndpoint(MacvlanMode second) {
        Design d = D.oneHost(false, List.of(dev("eth0", "sw", false)),
                List.of(Endpoint.macvtap("pt", "eth0", MacvlanMode.PASSTHRU), Endpoint.macvtap("x", "eth0", second)));
        assertThatThrownBy(() -> Lab.build(d)).isInstanceOf(LabException.class).hasMessageContaining("Invalid argument");
    }
}
