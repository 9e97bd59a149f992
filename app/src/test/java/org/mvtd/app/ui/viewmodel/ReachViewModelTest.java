package org.mvtd.app.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.app.ui.io.RecoveryStore;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.edit.ElementRef;

class ReachViewModelTest {
    @TempDir
    Path dir;
    private DocumentViewModel doc;
    private SelectionModel sel;
    private ReachViewModel reach;

    @BeforeEach
    void open() throws Exception {
        doc = new DocumentViewModel(new RecoveryStore(dir));
        doc.openExample();
        sel = new SelectionModel();
        reach = new ReachViewModel(doc, sel);
    }

    @Test
    void theHostStackReachesTheRouterButNotItsBridgeModeGuests() {
        sel.select(ElementRef.device("kvmhost", "eth0"));
        ReachColouring c = reach.colouring();
        assertThat(c.sourceNode()).isEqualTo("kvmhost/eth0");
        assertThat(c.markOf(ElementRef.device("kvmhost", "eth0"))).isEqualTo(ReachMark.SOURCE);
        assertThat(c.markOf(ElementRef.station("router"))).isEqualTo(ReachMark.PING);
        assertThat(c.markOf(ElementRef.endpoint("kvmhost", "macvtap0"))).isEqualTo(ReachMark.NONE);
        assertThat(c.markOf(ElementRef.guest("uperf-client"))).as("a guest shows its endpoint's mark").isEqualTo(ReachMark.NONE);
    }

    @Test
    void selectingAGuestShowsItsEndpointsReachAndNothingSelectedShowsNothing() {
        sel.select(ElementRef.guest("uperf-client"));
        assertThat(reach.colouring().markOf(ElementRef.guest("uperf-server"))).isEqualTo(ReachMark.PING);
        assertThat(reach.colouring().markOf(ElementRef.guest("uperf-client"))).isEqualTo(ReachMark.SOURCE);
        sel.clear();
        assertThat(reach.colouring().active()).isFalse();
        sel.select(ElementRef.sw("lan"));
        assertThat(reach.colouring().active()).as("a switch is not a node").isFalse();
    }

    @Test
    void aModeChangeRecoloursAtOnce() {
        sel.select(ElementRef.endpoint("kvmhost", "macvtap0"));
        assertThat(reach.colouring().markOf(ElementRef.endpoint("kvmhost", "macvtap1"))).isEqualTo(ReachMark.PING);
        doc.change("private", doc.design().withHost("kvmhost", h -> h.withEndpoint("macvtap1", e -> e.withMode(MacvlanMode.PRIVATE))));
        assertThat(reach.colouring().markOf(ElementRef.endpoint("kvmhost", "macvtap1"))).isEqualTo(ReachMark.NONE);
        doc.change("hairpin", doc.design().withSwitch("lan", s -> s.withHairpin(true)));
        assertThat(reach.colouring().markOf(ElementRef.endpoint("kvmhost", "macvtap1")))
                .as("private behind a hairpin switch: unicast passes, ARP does not").isEqualTo(ReachMark.UNICAST_ONLY);
        doc.undo();
        doc.undo();
        assertThat(reach.colouring().markOf(ElementRef.endpoint("kvmhost", "macvtap1"))).isEqualTo(ReachMark.PING);
    }

    @Test
    void aDownEndpointShowsDownInsteadOfAVerdict() {
        doc.change("down", doc.design().withHost("kvmhost", h -> h.withEndpoint("macvtap1", e -> e.withUp(false))));
        sel.select(ElementRef.station("router"));
        assertThat(reach.colouring().markOf(ElementRef.endpoint("kvmhost", "macvtap1"))).isEqualTo(ReachMark.DOWN);
        assertThat(reach.colouring().markOf(ElementRef.guest("uperf-server"))).isEqualTo(ReachMark.DOWN);
        assertThat(reach.colouring().markOf(ElementRef.endpoint("kvmhost", "macvtap0"))).isEqualTo(ReachMark.PING);
    }

    @Test
    void hoverExplainsWhyAndNamesThePath() {
        sel.select(ElementRef.station("router"));
        Explanation x = reach.explain(ElementRef.guest("uperf-server")).orElseThrow();
        assertThat(x.mark()).isEqualTo(ReachMark.PING);
        assertThat(x.text()).startsWith("router \u2192 uperf-server: ping both ways").contains("\n\u2192 ");
        assertThat(x.path()).contains(ElementRef.sw("lan"), ElementRef.device("kvmhost", "eth0"),
                ElementRef.endpoint("kvmhost", "macvtap1"));
        sel.select(ElementRef.device("kvmhost", "eth0"));
        assertThat(reach.explain(ElementRef.endpoint("kvmhost", "macvtap0")).orElseThrow().text()).contains("eth0");
        assertThat(reach.explain(ElementRef.device("kvmhost", "eth0"))).as("no why for the source itself").isEmpty();
    }

    @Test
    void theIpv6ToggleRecoloursByIpv6AddressesAndTheLegendSaysSo() {
        // IPv4 addresses in different /24s (no router is modelled), IPv6 addresses in one /64.
        doc.change("addresses", doc.design()
                .withStations(doc.design().stations().stream().map(s -> s.name().equals("router")
                        ? s.withAddresses(java.util.List.of("10.0.0.1/24", "fd00::1/64")) : s).toList())
                .withHost("kvmhost", h -> h.withDevice("eth0", x -> x.withAddresses(java.util.List.of("10.9.0.2/24", "fd00::2/64")))));
        sel.select(ElementRef.device("kvmhost", "eth0"));
        assertThat(reach.colouring().markOf(ElementRef.station("router"))).isEqualTo(ReachMark.UNICAST_ONLY);
        assertThat(reach.colouring().family()).isEqualTo(IpFamily.IPV4);
        reach.familyProperty().set(IpFamily.IPV6);
        assertThat(reach.colouring().markOf(ElementRef.station("router"))).isEqualTo(ReachMark.PING);
        assertThat(reach.colouring().family()).isEqualTo(IpFamily.IPV6);
        assertThat(reach.explain(ElementRef.station("router")).orElseThrow().text()).contains("IPv6: ping6 works both ways");
        assertThat(reach.colouring().markOf(ElementRef.endpoint("kvmhost", "macvtap0")))
                .as("frames decide first in either family").isEqualTo(ReachMark.NONE);
        reach.familyProperty().set(IpFamily.IPV4);
        assertThat(reach.colouring().markOf(ElementRef.station("router"))).isEqualTo(ReachMark.UNICAST_ONLY);
    }

    @Test
    void aStoredFamilyIsReadBackAndAnythingElseMeansIpv4() {
        assertThat(IpFamily.parse("IPV6")).isEqualTo(IpFamily.IPV6);
        assertThat(IpFamily.parse("ipv6")).isEqualTo(IpFamily.IPV6);
        assertThat(IpFamily.parse("")).isEqualTo(IpFamily.IPV4);
        assertThat(IpFamily.parse(null)).isEqualTo(IpFamily.IPV4);
    }
}
