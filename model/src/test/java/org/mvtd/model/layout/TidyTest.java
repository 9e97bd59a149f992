package org.mvtd.model.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mvtd.model.Design;
import org.mvtd.model.Guest;
import org.mvtd.model.Nic;
import org.mvtd.model.Position;
import org.mvtd.model.edit.Box;
import org.mvtd.model.edit.ElementKind;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.Elements;
import org.mvtd.model.edit.Layout;
import org.mvtd.model.testing.Examples;
import org.mvtd.model.testing.GuestFarm;
import org.mvtd.model.testing.Overlaps;
import org.mvtd.model.testing.RandomDesigns;

class TidyTest {

    @Test
    void everyExampleTidiesIntoLayersWithNothingOnAnything() {
        for (var loaded : Examples.loadAll()) {
            assertLayered(Tidy.arrange(loaded.design()));
        }
    }

    @Test
    void randomDesignsTidyWithNothingOnAnythingAndEverythingPositioned() {
        for (long seed = 0; seed < 60; seed++) {
            Design tidy = Tidy.arrange(RandomDesigns.generate(seed));
            assertThat(Overlaps.in(tidy)).as("seed %d", seed).isEmpty();
            assertThat(Elements.all(tidy)).as("seed %d", seed).allMatch(r -> Elements.storedPosition(tidy, r) != null);
        }
    }

    @Test
    void fourHundredGuestsMakeABlockNotAColumnOrARow() {
        Design tidy = Tidy.arrange(GuestFarm.of(40, 10));
        Box e = Layout.of(tidy).extent();
        assertThat(e.width() / e.height()).as("aspect of %s", e).isBetween(0.6, 3.0);
        assertLayered(tidy);
    }

    @Test
    void tidyingASelectionMovesOnlyItsHostAndTheHostsGuests() {
        Design d = Tidy.arrange(GuestFarm.of(3, 3));
        ElementRef stray = ElementRef.endpoint("kvm1", "macvtap2");
        Design messy = Elements.withPosition(d, stray, new Position(5, 5));
        Design tidy = Tidy.arrange(messy, List.of(stray));
        for (ElementRef r : Elements.all(d)) {
            if (!ofKvm1(r)) {
                assertThat(Elements.storedPosition(tidy, r)).as("%s", r).isEqualTo(Elements.storedPosition(messy, r));
            }
        }
        Layout l = Layout.of(tidy);
        assertThat(l.bounds(ElementRef.host("kvm1")).orElseThrow().contains(l.bounds(stray).orElseThrow())).isTrue();
        Map<ElementRef, Box> kvm1 = l.all().entrySet().stream().filter(x -> ofKvm1(x.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(Overlaps.in(kvm1)).isEmpty();
        assertThat(Elements.storedPosition(tidy, stray)).isNotEqualTo(new Position(5, 5));
    }

    @Test
    void aDesignWithoutPositionsIsOneToTidyOnOpening() {
        assertThat(Tidy.unpositioned(GuestFarm.of(2, 2))).isTrue();
        assertThat(Tidy.unpositioned(Tidy.arrange(GuestFarm.of(2, 2)))).isFalse();
    }

    private static boolean ofKvm1(ElementRef r) {
        return "kvm1".equals(r.host()) || r.kind() == ElementKind.HOST && r.name().equals("kvm1")
                || r.kind() == ElementKind.GUEST && r.name().startsWith("vm1-");
    }

    /** Nothing overlaps; switches and stations above every host; each guest below its host and endpoints. */
    private static void assertLayered(Design tidy) {
        Layout l = Layout.of(tidy);
        assertThat(Overlaps.in(tidy)).as(tidy.name()).isEmpty();
        double topOfHosts = tidy.hosts().stream().mapToDouble(h -> l.bounds(ElementRef.host(h.name())).orElseThrow().minY())
                .min().orElse(Double.MAX_VALUE);
        for (ElementRef r : l.all().keySet()) {
            if (r.kind() == ElementKind.SWITCH || r.kind() == ElementKind.STATION) {
                assertThat(l.bounds(r).orElseThrow().maxY()).as("%s in %s", r, tidy.name()).isLessThan(topOfHosts);
            }
        }
        for (Guest g : tidy.guests()) {
            Box gb = l.bounds(ElementRef.guest(g.name())).orElseThrow();
            l.bounds(ElementRef.host(g.host())).ifPresent(hb -> assertThat(gb.minY()).as(g.name()).isGreaterThan(hb.maxY()));
            for (Nic n : g.nics()) {
                l.bounds(ElementRef.endpoint(g.host(), n.endpoint()))
                        .ifPresent(eb -> assertThat(gb.minY()).as(g.name()).isGreaterThan(eb.maxY()));
            }
        }
    }
}
