package org.mvtd.model.edit;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Guest;
import org.mvtd.model.Host;
import org.mvtd.model.Position;

/**
 * Where every element of a design is drawn, in design units. Stored positions are element centres
 * (a host's is the top-left of its empty box); elements without one are laid out in a readable
 * top-down flow: switches, then hosts with devices above their endpoints, then guests. A host's box
 * always encloses its devices and endpoints.
 */
public final class Layout {
    public static final double HOST_PAD = 20;
    public static final double HOST_HEADER = 34;
    public static final double HOST_MIN_W = 220;
    public static final double HOST_MIN_H = 120;
    private static final double COLUMN = 200;
    private static final double ROW_WIDTH = 2400;

    private final Map<ElementRef, Box> bounds;
    private Box extent;

    private Layout(Map<ElementRef, Box> bounds) {
        this.bounds = bounds;
    }

    /** The size of an element of kind {@code k} (hosts: their minimum), as a box at the origin. */
    public static Box size(ElementKind k) {
        return switch (k) {
            case SWITCH -> new Box(0, 0, 190, 50);
            case STATION -> new Box(0, 0, 150, 50);
            case HOST -> new Box(0, 0, HOST_MIN_W, HOST_MIN_H);
            case DEVICE -> new Box(0, 0, 164, 48);
            case ENDPOINT -> new Box(0, 0, 176, 56);
            case GUEST -> new Box(0, 0, 164, 50);
        };
    }

    public static Layout of(Design d) {
        Map<ElementRef, Position> centres = new HashMap<>();
        Map<ElementRef, Box> out = new LinkedHashMap<>();
        double cursor = 40;
        double top = 170;
        double rowBottom = top;
        for (Host h : d.hosts()) {
            if (cursor > ROW_WIDTH) { // wrap: big designs stay roughly square, so "fit" keeps them readable
                cursor = 40;
                top = rowBottom + 230;
            }
            double hx = cursor + HOST_PAD;
            for (Device dev : h.devices()) {
                List<Endpoint> on = h.endpointsOn(dev.name());
                double width = Math.max(1, on.size()) * COLUMN;
                centres.put(ElementRef.device(h.name(), dev.name()), pos(dev.at(), hx + width / 2 - 10, top + 70));
                double ex = hx + COLUMN / 2 - 10;
                for (Endpoint e : on) {
                    centres.put(ElementRef.endpoint(h.name(), e.name()), pos(e.at(), ex, top + 175));
                    ex += COLUMN;
                }
                hx += width;
            }
            for (Endpoint e : h.endpoints()) { // endpoints whose lower device is missing
                ElementRef r = ElementRef.endpoint(h.name(), e.name());
                if (!centres.containsKey(r)) {
                    centres.put(r, pos(e.at(), hx + COLUMN / 2 - 10, top + 175));
                    hx += COLUMN;
                }
            }
            Box box = hostBox(h, centres, cursor, top);
            out.put(ElementRef.host(h.name()), box);
            cursor = Math.max(cursor + HOST_MIN_W, box.maxX()) + 60;
            rowBottom = Math.max(rowBottom, box.maxY());
        }
        placeSwitchesAndStations(d, centres);
        Map<String, Integer> extraPerHost = new HashMap<>();
        for (Guest g : d.guests()) {
            Position below = g.nics().isEmpty() ? null : centres.get(ElementRef.endpoint(g.host(), g.nics().get(0).endpoint()));
            Position p;
            if (below != null) {
                p = new Position(below.x(), below.y() + 140);
            } else {
                Box hb = out.get(ElementRef.host(g.host()));
                int i = extraPerHost.merge(g.host(), 1, Integer::sum) - 1;
                p = hb == null ? new Position(100 + i * COLUMN, 560) : new Position(hb.minX() + 85 + i * COLUMN, hb.maxY() + 70);
            }
            centres.put(ElementRef.guest(g.name()), pos(g.at(), p.x(), p.y()));
        }
        Map<ElementRef, Box> all = new LinkedHashMap<>();
        for (ElementRef r : Elements.all(d)) {
            if (r.kind() == ElementKind.HOST) {
                all.put(r, out.get(r));
            } else {
                all.put(r, rect(r.kind(), centres.get(r)));
            }
        }
        return new Layout(all);
    }

    /**
     * Switches without a position sit in a row above the hosts, each over the devices plugged into it
     * (so cables run straight down), never overlapping; stations follow their switch in the same row.
     */
    private static void placeSwitchesAndStations(Design d, Map<ElementRef, Position> centres) {
        double minGap = size(ElementKind.SWITCH).width() + 40;
        double lastRight = -Double.MAX_VALUE;
        double cursor = 140;
        for (var s : d.switches()) {
            double sum = 0;
            int n = 0;
            for (Host h : d.hosts()) {
                for (Device dev : h.devices()) {
                    if (s.name().equals(dev.switchName())) {
                        sum += centres.get(ElementRef.device(h.name(), dev.name())).x();
                        n++;
                    }
                }
            }
            double x = n > 0 ? sum / n : cursor;
            x = Math.max(x, lastRight + minGap);
            Position p = pos(s.at(), x, 60);
            centres.put(ElementRef.sw(s.name()), p);
            lastRight = Math.max(lastRight, p.x());
            for (var st : d.stations()) {
                if (st.switchName().equals(s.name())) {
                    double sx = lastRight + minGap / 2 + size(ElementKind.STATION).width() / 2 + 20;
                    Position q = pos(st.at(), sx, 60);
                    centres.put(ElementRef.station(st.name()), q);
                    lastRight = Math.max(lastRight, q.x());
                }
            }
            cursor = lastRight + minGap;
        }
        for (var st : d.stations()) { // stations on a switch that does not exist
            centres.computeIfAbsent(ElementRef.station(st.name()), k -> pos(st.at(), Math.max(140, lastRightOf(centres) + 200), 60));
        }
    }

    private static double lastRightOf(Map<ElementRef, Position> centres) {
        return centres.values().stream().mapToDouble(Position::x).max().orElse(0);
    }

    private static Box hostBox(Host h, Map<ElementRef, Position> centres, double cursor, double top) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        boolean any = false;
        for (Device dev : h.devices()) {
            Box r = rect(ElementKind.DEVICE, centres.get(ElementRef.device(h.name(), dev.name())));
            minX = Math.min(minX, r.minX()); minY = Math.min(minY, r.minY());
            maxX = Math.max(maxX, r.maxX()); maxY = Math.max(maxY, r.maxY());
            any = true;
        }
        for (Endpoint e : h.endpoints()) {
            Box r = rect(ElementKind.ENDPOINT, centres.get(ElementRef.endpoint(h.name(), e.name())));
            minX = Math.min(minX, r.minX()); minY = Math.min(minY, r.minY());
            maxX = Math.max(maxX, r.maxX()); maxY = Math.max(maxY, r.maxY());
            any = true;
        }
        Position at = h.at();
        Box base = at != null ? new Box(at.x(), at.y(), HOST_MIN_W, HOST_MIN_H)
                : any ? null : new Box(cursor, top, HOST_MIN_W, HOST_MIN_H);
        if (!any) {
            return base;
        }
        Box kids = new Box(minX - HOST_PAD, minY - HOST_PAD - HOST_HEADER,
                maxX - minX + 2 * HOST_PAD, maxY - minY + 2 * HOST_PAD + HOST_HEADER);
        return base == null ? kids : base.union(kids);
    }

    private static Position pos(Position at, double x, double y) {
        return at != null ? at : new Position(x, y);
    }

    private static Box rect(ElementKind k, Position c) {
        Box s = size(k);
        return Box.around(c, s.width(), s.height());
    }

    /** The drawn box of {@code r}; empty when the element does not exist. */
    public Optional<Box> bounds(ElementRef r) {
        return Optional.ofNullable(bounds.get(r));
    }

    /** Every element's box, in drawing order. */
    public Map<ElementRef, Box> all() {
        return bounds;
    }

    /** The centre of {@code r}, or the origin when it does not exist. */
    public Position centre(ElementRef r) {
        Box b = bounds.get(r);
        return b == null ? new Position(0, 0) : b.centre();
    }

    /** The position to store for {@code r} so that it is drawn where it is now (hosts: their top-left). */
    public Position anchor(ElementRef r) {
        Box b = bounds.get(r);
        if (b == null) {
            return new Position(0, 0);
        }
        return r.kind() == ElementKind.HOST ? new Position(b.minX(), b.minY())
                : new Position(b.minX() + b.width() / 2, b.minY() + b.height() / 2);
    }

    /** The topmost host whose box contains {@code p}. */
    public Optional<ElementRef> hostAt(Position p) {
        ElementRef found = null;
        for (var e : bounds.entrySet()) {
            if (e.getKey().kind() == ElementKind.HOST && e.getValue().contains(p)) {
                found = e.getKey();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The topmost non-host element under {@code p}, or the host when only its box is there. */
    public Optional<ElementRef> elementAt(Position p) {
        ElementRef found = null;
        for (var e : bounds.entrySet()) {
            if (e.getKey().kind() != ElementKind.HOST && e.getValue().contains(p)) {
                found = e.getKey();
            }
        }
        return found != null ? Optional.of(found) : hostAt(p);
    }

    /** The box around everything, or a default page when the design is empty. */
    public Box extent() {
        Box e = extent;
        if (e == null) {
            e = measureExtent();
            extent = e; // a layout never changes: every pan asks again, so it is measured once
        }
        return e;
    }

    private Box measureExtent() {
        if (bounds.isEmpty()) {
            return new Box(0, 0, 800, 600);
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Box r : bounds.values()) {
            minX = Math.min(minX, r.minX()); minY = Math.min(minY, r.minY());
            maxX = Math.max(maxX, r.maxX()); maxY = Math.max(maxY, r.maxY());
        }
        return new Box(minX, minY, maxX - minX, maxY - minY);
    }
}
