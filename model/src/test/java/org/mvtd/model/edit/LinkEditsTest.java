package org.mvtd.model.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.LinkLayout;
import org.mvtd.model.NicModel;
import org.mvtd.model.Position;
import org.mvtd.model.Switch;
import org.mvtd.model.testing.EditFixtures;

/** Deleting and re-pointing links, and their bends and labels following renames and edits. */
class LinkEditsTest {
    private static final ElementRef ETH0 = ElementRef.device("kvmhost", "eth0");
    private static final ElementRef LAN = ElementRef.sw("lan");
    private static final Link CABLE = new Link(ETH0, LAN, Link.Kind.CABLE);
    private static final Link NIC = new Link(ElementRef.guest("uperf-client"), ElementRef.endpoint("kvmhost", "macvtap0"),
            Link.Kind.NIC);

    @Test
    void deletingACableUnplugsTheDeviceAndANicLinkRemovesTheNic() {
        Design d = EditFixtures.welcome();
        EditResult cable = LinkEdits.delete(d, CABLE);
        assertThat(cable.accepted()).isTrue();
        assertThat(Elements.device(cable.design(), ETH0)).map(Device::switchName).isEmpty();
        assertThat(Link.of(cable.design())).doesNotContain(CABLE);
        EditResult nic = LinkEdits.delete(d, NIC);
        assertThat(nic.design().guest("uperf-client").orElseThrow().nics()).isEmpty();
    }

    @Test
    void deletingWhatAnElementStandsOnIsRefusedWithWhatToDo() {
        Design d = EditFixtures.welcome();
        Link lower = new Link(ElementRef.endpoint("kvmhost", "macvtap0"), ETH0, Link.Kind.LOWER);
        assertThat(LinkEdits.delete(d, lower).refusal()).contains("always sits on a lower device");
        Link station = new Link(ElementRef.station("router"), LAN, Link.Kind.CABLE);
        assertThat(LinkEdits.delete(d, station).refusal()).contains("always plugged into a switch");
    }

    @Test
    void rePointingTheSwitchEndPlugsTheDeviceIntoTheNewSwitchKeepingItsBends() {
        Design d = EditFixtures.welcome().withSwitches(List.of(
                Switch.of("lan", false), Switch.of("wan", false)));
        d = LinkEdits.withBends(d, CABLE, List.of(new Position(10, 20)));
        Connections.Outcome o = LinkEdits.repoint(d, CABLE, LAN, ElementRef.sw("wan"));
        assertThat(o).isInstanceOf(Connections.Connected.class);
        Design next = ((Connections.Connected) o).design();
        assertThat(Elements.device(next, ETH0).orElseThrow().switchName()).isEqualTo("wan");
        assertThat(next.annotations().links()).containsExactly(new LinkLayout(ETH0.path(), "switches[wan]",
                List.of(new Position(10, 20)), null));
    }

    @Test
    void rePointingANicKeepsItsModelAndIsRefusedOnAnEndpointInUse() {
        Design d = EditFixtures.welcome().withGuests(EditFixtures.welcome().guests().stream()
                .map(g -> g.name().equals("uperf-client")
                        ? g.withNics(List.of(g.nics().get(0).withModel(NicModel.E1000))) : g).toList());
        Connections.Outcome busy = LinkEdits.repoint(d, NIC, NIC.b(), ElementRef.endpoint("kvmhost", "macvtap1"));
        assertThat(busy).isInstanceOfSatisfying(Connections.Refused.class,
                r -> assertThat(r.reason()).contains("already used by uperf-server"));
        Design freed = LinkEdits.delete(d, new Link(ElementRef.guest("uperf-server"),
                ElementRef.endpoint("kvmhost", "macvtap1"), Link.Kind.NIC)).design();
        Connections.Outcome ok = LinkEdits.repoint(freed, NIC, NIC.b(), ElementRef.endpoint("kvmhost", "macvtap1"));
        Design next = ((Connections.Connected) ok).design();
        assertThat(next.guest("uperf-client").orElseThrow().nics()).singleElement()
                .satisfies(n -> {
                    assertThat(n.endpoint()).isEqualTo("macvtap1");
                    assertThat(n.model()).isEqualTo(NicModel.E1000);
                });
    }

    @Test
    void aRefusedTargetIsRefusedByTheConnectionRules() {
        Design d = EditFixtures.welcome();
        Connections.Outcome o = LinkEdits.repoint(d, CABLE, LAN, ElementRef.station("router"));
        assertThat(o).isInstanceOf(Connections.Refused.class);
    }

    @Test
    void bendsAndLabelsFollowARenameAndGoWithTheLink() {
        Design d = LinkEdits.withLabel(LinkEdits.withBends(EditFixtures.welcome(), CABLE,
                List.of(new Position(1, 2))), CABLE, " uplink ");
        assertThat(LinkEdits.layout(d, CABLE)).get().extracting(LinkLayout::label).isEqualTo("uplink");
        Design renamed = DesignEdits.rename(d, ElementRef.host("kvmhost"), "kvm9");
        Link moved = new Link(ElementRef.device("kvm9", "eth0"), LAN, Link.Kind.CABLE);
        assertThat(LinkEdits.layout(renamed, moved)).get().extracting(LinkLayout::via).isEqualTo(List.of(new Position(1, 2)));
        Design sw = DesignEdits.rename(d, LAN, "tor");
        assertThat(sw.annotations().links()).singleElement().extracting(LinkLayout::to).isEqualTo("switches[tor]");
        Design gone = LinkEdits.prune(LinkEdits.delete(d, CABLE).design());
        assertThat(gone.annotations().links()).isEmpty();
        Design straight = LinkEdits.withLabel(LinkEdits.withBends(d, CABLE, List.of()), CABLE, "");
        assertThat(straight.annotations().links()).as("a plain layout is not kept").isEmpty();
    }

    @Test
    void notesAreAddedEditedMovedAndDeleted() {
        Design d = NoteEdits.add(EditFixtures.welcome(), "hello", new Position(5, 6));
        d = NoteEdits.setText(NoteEdits.moveTo(d, 0, new Position(7, 8)), 0, "bye");
        assertThat(d.annotations().notes()).singleElement().satisfies(n -> {
            assertThat(n.text()).isEqualTo("bye");
            assertThat(n.at()).isEqualTo(new Position(7, 8));
        });
        assertThat(NoteEdits.delete(d, 0).annotations().notes()).isEmpty();
    }
}
