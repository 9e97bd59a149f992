package org.mvtd.model.edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.mvtd.model.Annotations;
import org.mvtd.model.Design;
import org.mvtd.model.LinkLayout;
import org.mvtd.model.Nic;
import org.mvtd.model.Position;

/**
 * Edits of links as the canvas draws them: delete one, re-point one of its ends onto another element (by the
 * same rules as drawing a new connection, {@link Connections}), and its layout (bend points, label), which is
 * kept in the design's {@link Annotations} under the element paths of the link's two ends.
 */
public final class LinkEdits {
    private LinkEdits() {
    }

    /** The layout of {@code l} in {@code d}, if it has one. */
    public static Optional<LinkLayout> layout(Design d, Link l) {
        return d.annotations().link(l.a().path(), l.b().path());
    }

    /** {@code d} with {@code l}'s bend points set to {@code via} (empty: a straight line). */
    public static Design withBends(Design d, Link l, List<Position> via) {
        return withLayout(d, l, x -> x.withVia(via));
    }

    /** {@code d} with {@code l}'s label set to {@code label} (null or blank: none). */
    public static Design withLabel(Design d, Link l, String label) {
        String t = label == null || label.isBlank() ? null : label.strip();
        return withLayout(d, l, x -> x.withLabel(t));
    }

    private static Design withLayout(Design d, Link l, UnaryOperator<LinkLayout> edit) {
        String from = l.a().path();
        String to = l.b().path();
        LinkLayout next = edit.apply(layout(d, l).orElse(new LinkLayout(from, to, List.of(), null)));
        List<LinkLayout> out = new ArrayList<>();
        boolean placed = false;
        for (LinkLayout x : d.annotations().links()) {
            if (x.isBetween(from, to)) {
                if (!placed && !next.isPlain()) {
                    out.add(next);
                }
                placed = true;
            } else {
                out.add(x);
            }
        }
        if (!placed && !next.isPlain()) {
            out.add(next);
        }
        return d.withAnnotations(d.annotations().withLinks(out));
    }

    /**
     * Deletes link {@code l}: unplugs a device's cable, removes a guest's NIC. A station's cable and an
     * endpoint's lower link are what those elements stand on, so deleting them is refused with what to do instead.
     */
    public static EditResult delete(Design d, Link l) {
        Objects.requireNonNull(l, "link");
        return switch (l.kind()) {
            case CABLE -> l.a().kind() == ElementKind.STATION
                    ? EditResult.refused(l.a().name() + " is a station, which is always plugged into a switch: drag the"
                            + " cable's switch end onto another switch, or delete the station.")
                    : EditResult.ok(prune(d.withHost(l.a().host(), h -> h.withDevice(l.a().name(),
                            x -> x.withSwitchName(null)))), List.of());
            case LOWER -> EditResult.refused(l.a().name() + " is an endpoint, which always sits on a lower device:"
                    + " drag the link's device end onto another device, or delete the endpoint.");
            case NIC -> EditResult.ok(prune(withoutNic(d, l.a().name(), l.b())), List.of());
        };
    }

    private static Design withoutNic(Design d, String guest, ElementRef endpoint) {
        return d.withGuests(d.guests().stream().map(g -> !g.name().equals(guest) ? g
                : g.withNics(g.nics().stream().filter(n -> !n.endpoint().equals(endpoint.name())).toList())).toList());
    }

    /**
     * Moves the {@code moved} end of {@code l} onto {@code target}, keeping the other end; refused by the
     * rules of {@link Connections} (and where the element at the moved end would be left without what it needs).
     * The link's bends and label follow it.
     */
    public static Connections.Outcome repoint(Design d, Link l, ElementRef moved, ElementRef target) {
        if (!l.touches(moved)) {
            throw new IllegalArgumentException(moved + " is not an end of " + l);
        }
        ElementRef kept = l.a().equals(moved) ? l.b() : l.a();
        if (target.equals(moved)) {
            return new Connections.Refused("Drop the end on another element to re-point the link.");
        }
        if (target.equals(kept)) {
            return new Connections.Refused("A link needs two different ends.");
        }
        boolean ownerMoves = moved.equals(l.a());
        Design base = d;
        if (ownerMoves) {
            // The owner keeps what it stood on only if it can do without it: a station and an endpoint cannot.
            EditResult freed = delete(d, l);
            if (!freed.accepted()) {
                return new Connections.Refused(freed.refusal());
            }
            base = freed.design();
        } else if (l.kind() == Link.Kind.NIC) {
            base = withoutNic(d, l.a().name(), l.b());
        }
        Connections.Outcome o = Connections.connect(base, kept, target);
        if (!(o instanceof Connections.Connected c)) {
            return o;
        }
        Design next = c.design();
        if (l.kind() == Link.Kind.NIC) {
            next = keepNicSettings(d, next, l, ownerMoves ? target.name() : l.a().name(), ownerMoves ? l.b() : target);
        }
        Link now = ownerMoves ? new Link(target, kept, l.kind()) : new Link(kept, target, l.kind());
        Optional<LinkLayout> was = layout(d, l);
        if (was.isPresent()) {
            next = withLayout(next, now, x -> was.get().between(now.a().path(), now.b().path()));
        }
        return new Connections.Connected(prune(next), c.label());
    }

    /** The re-pointed NIC keeps its model and vhost setting. */
    private static Design keepNicSettings(Design before, Design after, Link l, String guest, ElementRef endpoint) {
        Nic old = before.guest(l.a().name()).flatMap(g -> g.nics().stream()
                .filter(n -> n.endpoint().equals(l.b().name())).findFirst()).orElse(null);
        if (old == null) {
            return after;
        }
        return after.withGuests(after.guests().stream().map(g -> !g.name().equals(guest) ? g
                : g.withNics(g.nics().stream().map(n -> n.endpoint().equals(endpoint.name())
                        ? old.withEndpoint(endpoint.name()) : n).toList())).toList());
    }

    /** {@code d} without the layouts of links it no longer has (the same design when there are none). */
    public static Design prune(Design d) {
        List<LinkLayout> layouts = d.annotations().links();
        if (layouts.isEmpty()) {
            return d;
        }
        Set<String> present = new HashSet<>();
        for (Link l : Link.of(d)) {
            present.add(l.a().path() + " " + l.b().path());
        }
        List<LinkLayout> kept = layouts.stream().filter(x -> present.contains(x.from() + " " + x.to())).toList();
        return kept.size() == layouts.size() ? d : d.withAnnotations(d.annotations().withLinks(kept));
    }

    /** {@code d}'s link layouts with element {@code r}, now called {@code name}, named anew (a rename keeps them). */
    static Design followRename(Design d, ElementRef r, String name) {
        if (d.annotations().links().isEmpty()) {
            return d;
        }
        String old = r.path();
        String now = r.withName(name).path();
        List<LinkLayout> out = d.annotations().links().stream()
                .map(x -> x.between(renamed(x.from(), old, now), renamed(x.to(), old, now))).toList();
        return d.withAnnotations(d.annotations().withLinks(out));
    }

    private static String renamed(String path, String old, String now) {
        return path.equals(old) ? now : path.startsWith(old + ".") ? now + path.substring(old.length()) : path;
    }
}
