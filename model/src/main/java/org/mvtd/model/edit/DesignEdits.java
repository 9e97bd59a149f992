package org.mvtd.model.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Guest;
import org.mvtd.model.Host;
import org.mvtd.model.Nic;
import org.mvtd.model.Position;

/** Pure edits of a design: delete with what hangs on it, rename keeping references, move, align, distribute. */
public final class DesignEdits {
    private DesignEdits() {
    }

    /** How to line a selection up. */
    public enum Alignment { LEFT, CENTER, RIGHT, TOP, MIDDLE, BOTTOM }

    /**
     * Deletes {@code refs} and what cannot exist without them: a host takes its devices, endpoints and
     * guests; a device its endpoints; an endpoint the guest NICs on it; a switch unplugs its devices and
     * takes its stations (a station cannot hang in the air).
     */
    public static Design delete(Design d, Collection<ElementRef> refs) {
        Set<String> switches = new HashSet<>();
        Set<String> hosts = new HashSet<>();
        Set<String> guests = new HashSet<>();
        Set<String> stations = new HashSet<>();
        Set<String> devices = new HashSet<>(); // host/name
        Set<String> endpoints = new HashSet<>();
        for (ElementRef r : refs) {
            switch (r.kind()) {
                case SWITCH -> switches.add(r.name());
                case STATION -> stations.add(r.name());
                case HOST -> hosts.add(r.name());
                case GUEST -> guests.add(r.name());
                case DEVICE -> devices.add(r.qualifiedName());
                case ENDPOINT -> endpoints.add(r.qualifiedName());
            }
        }
        List<Host> keptHosts = new ArrayList<>();
        for (Host h : d.hosts()) {
            if (hosts.contains(h.name())) {
                continue;
            }
            List<Device> devs = h.devices().stream()
                    .filter(x -> !devices.contains(h.name() + "/" + x.name()))
                    .map(x -> switches.contains(x.switchName()) ? x.withSwitchName(null) : x)
                    .toList();
            Set<String> devNames = new HashSet<>();
            devs.forEach(x -> devNames.add(x.name()));
            List<Endpoint> eps = h.endpoints().stream()
                    .filter(e -> !endpoints.contains(h.name() + "/" + e.name()))
                    .filter(e -> devNames.contains(e.lower()) || h.device(e.lower()).isEmpty())
                    .toList();
            keptHosts.add(h.withDevices(devs).withEndpoints(eps));
        }
        Design next = d.withHosts(keptHosts)
                .withSwitches(d.switches().stream().filter(s -> !switches.contains(s.name())).toList())
                .withStations(d.stations().stream()
                        .filter(s -> !stations.contains(s.name()) && !switches.contains(s.switchName())).toList());
        List<Guest> keptGuests = new ArrayList<>();
        for (Guest g : d.guests()) {
            if (guests.contains(g.name()) || hosts.contains(g.host())) {
                continue;
            }
            Host h = next.host(g.host()).orElse(null);
            List<Nic> nics = g.nics().stream()
                    .filter(n -> h == null || h.endpoint(n.endpoint()).isPresent() || wasAbsent(d, g.host(), n.endpoint()))
                    .toList();
            keptGuests.add(g.withNics(nics));
        }
        return next.withGuests(keptGuests);
    }

    // A NIC pointing at an endpoint that never existed is the validator's business, not ours to drop.
    private static boolean wasAbsent(Design before, String host, String endpoint) {
        return before.host(host).flatMap(h -> h.endpoint(endpoint)).isEmpty();
    }

    /** Renames {@code r} to {@code name}, updating every reference to it. */
    public static Design rename(Design d, ElementRef r, String name) {
        return LinkEdits.followRename(renamed(d, r, name), r, name);
    }

    private static Design renamed(Design d, ElementRef r, String name) {
        String old = r.name();
        return switch (r.kind()) {
            case SWITCH -> d.withSwitch(old, s -> s.withName(name))
                    .withStations(d.stations().stream().map(s -> old.equals(s.switchName()) ? s.withSwitchName(name) : s).toList())
                    .withHosts(d.hosts().stream().map(h -> h.withDevices(h.devices().stream()
                            .map(x -> old.equals(x.switchName()) ? x.withSwitchName(name) : x).toList())).toList());
            case STATION -> d.withStations(d.stations().stream().map(s -> s.name().equals(old) ? s.withName(name) : s).toList());
            case HOST -> d.withHost(old, h -> h.withName(name))
                    .withGuests(d.guests().stream().map(g -> g.host().equals(old) ? g.withHost(name) : g).toList());
            case GUEST -> d.withGuests(d.guests().stream().map(g -> g.name().equals(old) ? g.withName(name) : g).toList());
            case DEVICE -> d.withHost(r.host(), h -> h.withDevice(old, x -> x.withName(name))
                    .withEndpoints(h.endpoints().stream().map(e -> e.lower().equals(old) ? e.withLower(name) : e).toList()));
            case ENDPOINT -> d.withHost(r.host(), h -> h.withEndpoint(old, e -> e.withName(name)))
                    .withGuests(d.guests().stream().map(g -> !g.host().equals(r.host()) ? g
                            : g.withNics(g.nics().stream().map(n -> n.endpoint().equals(old) ? n.withEndpoint(name) : n).toList()))
                            .toList());
        };
    }

    /**
     * Moves {@code refs} by (dx, dy). A host carries its devices, endpoints and guests; an element whose
     * host moves too is moved once. Every moved element gets an explicit position.
     */
    public static Design translate(Design d, Collection<ElementRef> refs, double dx, double dy) {
        Layout layout = Layout.of(d);
        Set<ElementRef> all = new LinkedHashSet<>();
        for (ElementRef r : refs) {
            all.add(r);
            if (r.kind() == ElementKind.HOST) {
                d.host(r.name()).ifPresent(h -> {
                    h.devices().forEach(x -> all.add(ElementRef.device(h.name(), x.name())));
                    h.endpoints().forEach(x -> all.add(ElementRef.endpoint(h.name(), x.name())));
                    d.guests().stream().filter(g -> g.host().equals(h.name())).forEach(g -> all.add(ElementRef.guest(g.name())));
                });
            }
        }
        Design next = d;
        for (ElementRef r : all) {
            if (!Elements.exists(d, r)) {
                continue;
            }
            Position at = layout.anchor(r);
            next = Elements.withPosition(next, r, new Position(at.x() + dx, at.y() + dy));
        }
        return next;
    }

    /** Sets explicit positions (anchors, as {@link Layout#anchor}) for the given elements. */
    public static Design moveTo(Design d, Map<ElementRef, Position> anchors) {
        Design next = d;
        for (var e : anchors.entrySet()) {
            if (Elements.exists(d, e.getKey())) {
                next = Elements.withPosition(next, e.getKey(), e.getValue());
            }
        }
        return next;
    }

    /** Lines the selection's boxes up on one edge or centre line. */
    public static Design align(Design d, Collection<ElementRef> refs, Alignment a) {
        Layout layout = Layout.of(d);
        List<ElementRef> rs = refs.stream().filter(r -> layout.bounds(r).isPresent()).toList();
        if (rs.size() < 2) {
            return d;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (ElementRef r : rs) {
            Box b = layout.bounds(r).orElseThrow();
            minX = Math.min(minX, b.minX()); minY = Math.min(minY, b.minY());
            maxX = Math.max(maxX, b.maxX()); maxY = Math.max(maxY, b.maxY());
        }
        Design next = d;
        for (ElementRef r : rs) {
            Box b = layout.bounds(r).orElseThrow();
            double dx = switch (a) {
                case LEFT -> minX - b.minX();
                case RIGHT -> maxX - b.maxX();
                case CENTER -> (minX + maxX) / 2 - (b.minX() + b.width() / 2);
                default -> 0;
            };
            double dy = switch (a) {
                case TOP -> minY - b.minY();
                case BOTTOM -> maxY - b.maxY();
                case MIDDLE -> (minY + maxY) / 2 - (b.minY() + b.height() / 2);
                default -> 0;
            };
            if (dx != 0 || dy != 0) {
                next = translate(next, List.of(r), dx, dy);
            }
        }
        return next;
    }

    /** Spaces the selection's centres evenly between the outermost two, across or down. */
    public static Design distribute(Design d, Collection<ElementRef> refs, boolean horizontal) {
        Layout layout = Layout.of(d);
        List<ElementRef> rs = new ArrayList<>(refs.stream().filter(r -> layout.bounds(r).isPresent()).toList());
        if (rs.size() < 3) {
            return d;
        }
        Comparator<ElementRef> by = Comparator.comparingDouble(r -> horizontal ? layout.centre(r).x() : layout.centre(r).y());
        rs.sort(by);
        double first = horizontal ? layout.centre(rs.get(0)).x() : layout.centre(rs.get(0)).y();
        double last = horizontal ? layout.centre(rs.get(rs.size() - 1)).x() : layout.centre(rs.get(rs.size() - 1)).y();
        double step = (last - first) / (rs.size() - 1);
        Design next = d;
        for (int i = 1; i < rs.size() - 1; i++) {
            ElementRef r = rs.get(i);
            double now = horizontal ? layout.centre(r).x() : layout.centre(r).y();
            double delta = first + i * step - now;
            next = horizontal ? translate(next, List.of(r), delta, 0) : translate(next, List.of(r), 0, delta);
        }
        return next;
    }
}
