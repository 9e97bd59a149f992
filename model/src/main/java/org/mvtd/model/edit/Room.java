package org.mvtd.model.edit;

import org.mvtd.model.Design;
import org.mvtd.model.Host;
import org.mvtd.model.Position;

/** Room for a new element: positions pinned before a placement, and space made inside a crowded host. */
final class Room {
    private Room() {
    }

    /** Where a new element goes, in the design it goes into (elements may have moved to make room). */
    record Spot(Design design, Position centre) {
    }

    /**
     * {@code d} with every automatically laid-out element given the position it is drawn at, so adding
     * an element moves nothing else. A host with devices or endpoints keeps none: its box follows them.
     */
    static Design pinned(Design d, Layout layout) {
        Design out = d;
        for (ElementRef r : layout.all().keySet()) {
            if (Elements.storedPosition(d, r) != null || r.kind() == ElementKind.HOST && !empty(d, r.name())) {
                continue;
            }
            out = Elements.withPosition(out, r, layout.anchor(r));
        }
        return out;
    }

    private static boolean empty(Design d, String host) {
        return d.host(host).map(h -> h.devices().isEmpty() && h.endpoints().isEmpty()).orElse(true);
    }

    /**
     * A spot for a new device or endpoint of {@code host} near {@code want}: the nearest free one, or else
     * at the host's right edge, with everything right of the host (and below it, when it grows down) moved
     * away far enough that the grown host overlaps nothing.
     */
    static Spot inHost(Design d, Layout layout, String host, Position want, ElementKind k) {
        var free = new FreeSpot(layout).near(want, k, host);
        if (free.isPresent()) {
            return new Spot(d, free.get());
        }
        Box h = layout.bounds(ElementRef.host(host)).orElseThrow();
        Box size = Layout.size(k);
        double top = h.minY() + Layout.HOST_PAD + Layout.HOST_HEADER + size.height() / 2;
        double bottom = h.maxY() - Layout.HOST_PAD - size.height() / 2;
        double y = bottom >= top ? Math.max(top, Math.min(bottom, want.y())) : top;
        Position c = new Position(h.maxX() - Layout.HOST_PAD + FreeSpot.GAP + size.width() / 2, y);
        Box grown = FreeSpot.grown(h, Box.around(c, size.width(), size.height()));
        double dx = grown.maxX() - h.maxX() + FreeSpot.GAP;
        double dy = grown.maxY() > h.maxY() ? grown.maxY() - h.maxY() + FreeSpot.GAP : 0;
        return new Spot(shiftAway(d, layout, h, dx, dy), c);
    }

    /**
     * Moves whole hosts (with their devices and endpoints) and single elements lying right of {@code from}
     * by {@code dx}, and those below it by {@code dy}: a rigid move of each side, so nothing moved meets
     * anything else.
     */
    private static Design shiftAway(Design d, Layout layout, Box from, double dx, double dy) {
        Design out = d;
        for (var e : layout.all().entrySet()) {
            ElementRef r = e.getKey();
            if (r.kind() == ElementKind.DEVICE || r.kind() == ElementKind.ENDPOINT) {
                continue; // they go with their host
            }
            Box b = e.getValue();
            double mx = b.minX() >= from.maxX() ? dx : 0;
            double my = b.minY() >= from.maxY() ? dy : 0;
            if (mx == 0 && my == 0) {
                continue;
            }
            if (r.kind() == ElementKind.HOST) {
                out = shiftHost(out, layout, r.name(), mx, my);
            } else {
                out = Elements.withPosition(out, r, Box.shift(layout.anchor(r), mx, my));
            }
        }
        return out;
    }

    private static Design shiftHost(Design d, Layout layout, String name, double dx, double dy) {
        Host h = d.host(name).orElseThrow();
        Design out = h.at() == null ? d : Elements.withPosition(d, ElementRef.host(name), Box.shift(h.at(), dx, dy));
        for (var dev : h.devices()) {
            ElementRef r = ElementRef.device(name, dev.name());
            out = Elements.withPosition(out, r, Box.shift(layout.anchor(r), dx, dy));
        }
        for (var ep : h.endpoints()) {
            ElementRef r = ElementRef.endpoint(name, ep.name());
            out = Elements.withPosition(out, r, Box.shift(layout.anchor(r), dx, dy));
        }
        return out;
    }
}
