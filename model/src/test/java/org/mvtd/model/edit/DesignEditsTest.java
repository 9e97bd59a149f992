package org.mvtd.model.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mvtd.model.Design;
import org.mvtd.model.Position;
import org.mvtd.model.testing.EditFixtures;

class DesignEditsTest {
    @Test
    void deletingADeviceTakesItsEndpointsAndTheNicsOnThem() {
        Design d = DesignEdits.delete(EditFixtures.welcome(), List.of(ElementRef.device("kvmhost", "eth0")));
        assertThat(d.host("kvmhost").orElseThrow().endpoints()).isEmpty();
        assertThat(d.guests()).allSatisfy(g -> assertThat(g.nics()).isEmpty());
        assertThat(d.guests()).hasSize(2);
    }

    @Test
    void deletingAHostTakesItsGuestsAndDeletingASwitchUnplugsAndTakesStations() {
        Design w = EditFixtures.welcome();
        assertThat(DesignEdits.delete(w, List.of(ElementRef.host("kvmhost"))).guests()).isEmpty();
        Design d = DesignEdits.delete(w, List.of(ElementRef.sw("lan")));
        assertThat(d.stations()).isEmpty();
        assertThat(d.host("kvmhost").orElseThrow().device("eth0").orElseThrow().switchName()).isNull();
    }

    @Test
    void renamingKeepsEveryReference() {
        Design w = EditFixtures.welcome();
        Design d = DesignEdits.rename(w, ElementRef.endpoint("kvmhost", "macvtap0"), "tap-a");
        assertThat(d.guestOn("kvmhost", "tap-a")).get().extracting(g -> g.name()).isEqualTo("uperf-client");
        d = DesignEdits.rename(d, ElementRef.device("kvmhost", "eth0"), "enp1s0");
        assertThat(d.host("kvmhost").orElseThrow().endpoints()).allSatisfy(e -> assertThat(e.lower()).isEqualTo("enp1s0"));
        d = DesignEdits.rename(d, ElementRef.sw("lan"), "tor");
        assertThat(d.station("router").orElseThrow().switchName()).isEqualTo("tor");
        assertThat(d.host("kvmhost").orElseThrow().device("enp1s0").orElseThrow().switchName()).isEqualTo("tor");
        d = DesignEdits.rename(d, ElementRef.host("kvmhost"), "kvm9");
        assertThat(d.guests()).allSatisfy(g -> assertThat(g.host()).isEqualTo("kvm9"));
    }

    @Test
    void movingAHostCarriesItsDevicesEndpointsAndGuestsOnce() {
        Design w = EditFixtures.welcome();
        Layout before = Layout.of(w);
        Design d = DesignEdits.translate(w, Set.of(ElementRef.host("kvmhost"), ElementRef.device("kvmhost", "eth0")), 100, 40);
        Layout after = Layout.of(d);
        for (ElementRef r : List.of(ElementRef.device("kvmhost", "eth0"), ElementRef.endpoint("kvmhost", "macvtap1"),
                ElementRef.guest("uperf-server"), ElementRef.host("kvmhost"))) {
            assertThat(after.centre(r).x() - before.centre(r).x()).as(r.label()).isEqualTo(100);
            assertThat(after.centre(r).y() - before.centre(r).y()).as(r.label()).isEqualTo(40);
        }
        assertThat(after.centre(ElementRef.sw("lan"))).isEqualTo(before.centre(ElementRef.sw("lan")));
    }

    @Test
    void alignAndDistributeLineElementsUp() {
        Design w = Elements.withPosition(EditFixtures.welcome(), ElementRef.guest("uperf-server"), new Position(700, 560));
        Set<ElementRef> guests = Set.of(ElementRef.guest("uperf-client"), ElementRef.guest("uperf-server"));
        Layout l = Layout.of(DesignEdits.align(w, guests, DesignEdits.Alignment.TOP));
        assertThat(l.bounds(ElementRef.guest("uperf-client")).map(Box::minY))
                .isEqualTo(l.bounds(ElementRef.guest("uperf-server")).map(Box::minY));
        Set<ElementRef> three = Set.of(ElementRef.sw("lan"), ElementRef.station("router"), ElementRef.device("kvmhost", "eth0"));
        Design moved = Elements.withPosition(EditFixtures.welcome(), ElementRef.device("kvmhost", "eth0"), new Position(1000, 240));
        Layout dl = Layout.of(DesignEdits.distribute(moved, three, true));
        double a = dl.centre(ElementRef.sw("lan")).x();
        double b = dl.centre(ElementRef.station("router")).x();
        double c = dl.centre(ElementRef.device("kvmhost", "eth0")).x();
        assertThat(b - a).isEqualTo(c - b);
    }

    @Test
    void theHostBoxAlwaysEnclosesItsDevicesAndEndpoints() {
        Layout l = Layout.of(EditFixtures.mixed());
        Box host = l.bounds(ElementRef.host("kvm1")).orElseThrow();
        for (String e : List.of("pt0", "shim0", "tap1", "tap2")) {
            assertThat(host.contains(l.bounds(ElementRef.endpoint("kvm1", e)).orElseThrow())).as(e).isTrue();
        }
        assertThat(host.contains(l.bounds(ElementRef.device("kvm1", "eth1")).orElseThrow())).isTrue();
    }
}
