package org.mvtd.model.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mvtd.model.Design;
import org.mvtd.model.Position;
import org.mvtd.model.testing.Overlaps;

/** Whatever is added where, no two element boxes ever lie on one another. */
class PlacementPropertiesTest {

    /** One addition: what, and where: on an existing element's centre ({@code on} picks which) or a free point. */
    record Drop(PaletteItem item, int on, double x, double y) {
        Position where(Layout layout) {
            List<ElementRef> refs = new ArrayList<>(layout.all().keySet());
            return on < 0 || refs.isEmpty() ? new Position(x, y) : layout.centre(refs.get(on % refs.size()));
        }
    }

    @Provide
    Arbitrary<List<Drop>> drops() {
        Arbitrary<Drop> drop = Combinators.combine(
                Arbitraries.of(PaletteItem.class),
                Arbitraries.integers().between(-1, 40),
                Arbitraries.doubles().between(-200, 1600),
                Arbitraries.doubles().between(-200, 1200)).as(Drop::new);
        // Hosts and devices first more often, so endpoints and guests have somewhere to go.
        Arbitrary<Drop> start = Combinators.combine(Arbitraries.of(PaletteItem.HOST, PaletteItem.DEVICE,
                PaletteItem.SWITCH), Arbitraries.integers().between(-1, 5), Arbitraries.doubles().between(0, 800),
                Arbitraries.doubles().between(0, 600)).as(Drop::new);
        return Combinators.combine(start.list().ofMinSize(1).ofMaxSize(6), drop.list().ofMaxSize(30))
                .as((a, b) -> { List<Drop> all = new ArrayList<>(a); all.addAll(b); return all; });
    }

    @Property(tries = 150)
    void noSequenceOfAdditionsPutsAnElementOnAnother(@ForAll("drops") List<Drop> drops) {
        Design d = Design.empty("placed");
        for (Drop drop : drops) {
            EditResult r = Placement.placeIn(d, drop.item(), drop.where(Layout.of(d)));
            if (r.accepted()) {
                d = r.design();
                assertThat(Overlaps.in(d)).as("after %s", drop).isEmpty();
            }
        }
    }

    @Property(tries = 40)
    void repeatedAdditionsAtOnePointSpreadOut(@ForAll("drops") List<Drop> starts) {
        Design d = Design.empty("pile");
        for (Drop drop : starts) {
            EditResult r = Placement.placeIn(d, drop.item(), drop.where(Layout.of(d)));
            d = r.accepted() ? r.design() : d;
        }
        Position middle = new Position(400, 300);
        for (PaletteItem item : PaletteItem.values()) {
            for (int i = 0; i < 3; i++) { // what keyboard-only creation does: the same point again and again
                EditResult r = Placement.placeIn(d, item, middle);
                d = r.accepted() ? r.design() : d;
            }
        }
        assertThat(Overlaps.in(d)).isEmpty();
    }
}
