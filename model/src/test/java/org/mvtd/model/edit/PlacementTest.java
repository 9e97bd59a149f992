package org.mvtd.model.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mvtd.model.testing.Examples;
import org.mvtd.model.testing.Overlaps;
import org.mvtd.model.Design;
import org.mvtd.model.LinkType;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.testing.EditFixtures;
import org.mvtd.model.Position;

class PlacementTest {
    private final Design w = EditFixtures.welcome();
    private final Layout layout = Layout.of(w);

    @Test
    void aDeviceOutsideAnyHostIsRefused() {
        EditResult r = Placement.placeIn(w, PaletteItem.DEVICE, new Position(1500, 1500));
        assertThat(r.accepted()).isFalse();
        assertThat(r.refusal()).contains("drop it inside a host");
    }

    @Test
    void anEndpointDroppedOnADeviceSitsOnItInItsSiblingsMode() {
        EditResult r = Placement.placeIn(w, PaletteItem.MACVLAN, layout.centre(ElementRef.device("kvmhost", "eth0")));
        ElementRef made = r.created().get(0);
        assertThat(made).isEqualTo(ElementRef.endpoint("kvmhost", "macvlan0"));
        var e = Elements.endpoint(r.design(), made).orElseThrow();
        assertThat(e.lower()).isEqualTo("eth0");
        assertThat(e.type()).isEqualTo(LinkType.MACVLAN);
        assertThat(e.mode()).isEqualTo(MacvlanMode.BRIDGE);
    }

    @Test
    void aGuestDroppedOnAFreeMacvtapEndpointGetsItsNic() {
        Design free = DesignEdits.delete(w, java.util.List.of(ElementRef.guest("uperf-client")));
        EditResult r = Placement.placeIn(free, PaletteItem.GUEST, layout.centre(ElementRef.endpoint("kvmhost", "macvtap0")));
        assertThat(r.design().guestOn("kvmhost", "macvtap0")).get().extracting(g -> g.name()).isEqualTo(r.created().get(0).name());
    }

    @Test
    void namesAreFresh() {
        Design d = Placement.placeIn(w, PaletteItem.SWITCH, new Position(0, 0)).design();
        d = Placement.placeIn(d, PaletteItem.SWITCH, new Position(300, 0)).design();
        assertThat(d.switches()).extracting(s -> s.name()).containsExactly("lan", "switch1", "switch2");
    }

    @Test
    void aMacvtapDroppedOnADeviceGoesBelowItInsideTheHostOnNothing() {
        ElementRef eth0 = ElementRef.device("kvmhost", "eth0");
        Design d = w;
        for (int i = 0; i < 4; i++) {
            d = Placement.placeIn(d, PaletteItem.MACVTAP, Layout.of(d).centre(eth0)).design();
        }
        Layout after = Layout.of(d);
        Box made = after.bounds(ElementRef.endpoint("kvmhost", "macvtap3")).orElseThrow();
        assertThat(made.centre().y()).isGreaterThan(after.centre(eth0).y());
        assertThat(after.bounds(ElementRef.host("kvmhost")).orElseThrow().contains(made)).isTrue();
        assertThat(Overlaps.in(d)).isEmpty();
    }

    @Test
    void aGuestDroppedOnAnEndpointHangsBelowIt() {
        Design free = DesignEdits.delete(w, List.of(ElementRef.guest("uperf-client")));
        ElementRef ep = ElementRef.endpoint("kvmhost", "macvtap0");
        EditResult r = Placement.placeIn(free, PaletteItem.GUEST, Layout.of(free).centre(ep));
        Layout after = Layout.of(r.design());
        Box guest = after.bounds(r.created().get(0)).orElseThrow();
        assertThat(guest.minY()).isGreaterThan(after.bounds(ElementRef.host("kvmhost")).orElseThrow().maxY());
        assertThat(Math.abs(guest.centre().x() - after.centre(ep).x())).isLessThan(200);
    }

    @Test
    void droppingAnythingOnAnyElementOfAnExampleLaysNothingOnAnything() {
        for (var loaded : Examples.loadAll()) {
            Design ex = loaded.design();
            Set<String> before = new HashSet<>(Overlaps.in(ex));
            Layout l = Layout.of(ex);
            for (ElementRef on : new ArrayList<>(l.all().keySet())) {
                for (PaletteItem item : PaletteItem.values()) {
                    EditResult r = Placement.placeIn(ex, item, l.centre(on));
                    if (r.accepted()) {
                        assertThat(Overlaps.in(r.design())).as("%s dropped on %s in %s", item, on, ex.name())
                                .allMatch(before::contains);
                    }
                }
            }
        }
    }
}
