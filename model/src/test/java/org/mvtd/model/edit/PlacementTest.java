package org.mvtd.model.edit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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
}
