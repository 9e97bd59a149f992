package org.mvtd.model.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Guest;
import org.mvtd.model.GuestKind;
import org.mvtd.model.Host;
import org.mvtd.model.LinkType;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Position;
import org.mvtd.model.Station;
import org.mvtd.model.Switch;

/**
 * Places a new element from the palette near where it was dropped, wiring it to what it was dropped on,
 * on the nearest free spot that makes sense (an endpoint below its device inside the host, a guest below
 * its endpoint, switches and stations outside hosts), never on another element.
 */
public final class Placement {
    // Where the automatic layout draws an endpoint below its device, and a guest below its endpoint.
    private static final double ENDPOINT_BELOW_DEVICE = 105;
    private static final double GUEST_BELOW_ENDPOINT = 140;

    private Placement() {
    }

    public static EditResult placeIn(Design d, PaletteItem item, Position at) {
        Layout layout = Layout.of(d);
        // Pin what is laid out automatically, so the new element cannot push it about (and onto itself).
        Design pinned = Room.pinned(d, layout);
        return switch (item) {
            case SWITCH -> {
                String n = Names.fresh(Names.taken(d, ElementRef.sw("")), "switch", 1);
                List<Switch> s = new ArrayList<>(pinned.switches());
                s.add(new Switch(n, false, outside(layout, at, ElementKind.SWITCH)));
                yield EditResult.ok(pinned.withSwitches(s), List.of(ElementRef.sw(n)));
            }
            case STATION -> placeStation(pinned, layout, at);
            case HOST -> {
                String n = Names.fresh(Names.taken(d, ElementRef.host("")), "host", 1);
                List<Host> h = new ArrayList<>(pinned.hosts());
                Position c = outside(layout, at, ElementKind.HOST);
                h.add(new Host(n, List.of(), List.of(),
                        new Position(c.x() - Layout.HOST_MIN_W / 2, c.y() - Layout.HOST_MIN_H / 2)));
                yield EditResult.ok(pinned.withHosts(h), List.of(ElementRef.host(n)));
            }
            case DEVICE -> placeDevice(pinned, layout, at);
            case MACVTAP -> placeEndpoint(pinned, layout, at, LinkType.MACVTAP);
            case MACVLAN -> placeEndpoint(pinned, layout, at, LinkType.MACVLAN);
            case GUEST -> placeGuest(pinned, layout, at, GuestKind.VM);
            case CONTAINER -> placeGuest(pinned, layout, at, GuestKind.CONTAINER);
        };
    }

    private static EditResult placeStation(Design d, Layout layout, Position at) {
        Optional<ElementRef> target = layout.elementAt(at).filter(r -> r.kind() == ElementKind.SWITCH);
        String sw = target.map(ElementRef::name).orElseGet(() -> nearest(layout, at, ElementKind.SWITCH, null));
        if (sw == null) {
            return EditResult.refused("A station plugs into a switch: add a switch first.");
        }
        Position want = target.flatMap(layout::bounds)
                .map(b -> new Position(b.maxX() + FreeSpot.GAP + Layout.size(ElementKind.STATION).width() / 2, b.centre().y()))
                .orElse(at);
        String n = Names.fresh(Names.taken(d, ElementRef.station("")), "station", 1);
        List<Station> s = new ArrayList<>(d.stations());
        s.add(new Station(n, sw, outside(layout, want, ElementKind.STATION)));
        return EditResult.ok(d.withStations(s), List.of(ElementRef.station(n)));
    }

    private static EditResult placeDevice(Design d, Layout layout, Position at) {
        Optional<ElementRef> host = layout.hostAt(at);
        if (host.isEmpty()) {
            return EditResult.refused("A lower device belongs to a host: drop it inside a host's box.");
        }
        Host h = d.host(host.get().name()).orElseThrow();
        String n = Names.fresh(Names.interfaceNames(h), "eth", 0);
        String sw = d.switches().size() == 1 ? d.switches().get(0).name() : null; // the obvious cable
        Room.Spot spot = Room.inHost(d, layout, h.name(), at, ElementKind.DEVICE);
        Host roomy = spot.design().host(h.name()).orElseThrow();
        List<Device> devices = new ArrayList<>(roomy.devices());
        devices.add(Device.of(n, sw).withAt(spot.centre()));
        return EditResult.ok(spot.design().withHost(h.name(), x -> x.withDevices(devices)),
                List.of(ElementRef.device(h.name(), n)));
    }

    private static EditResult placeEndpoint(Design d, Layout layout, Position at, LinkType type) {
        Optional<ElementRef> host = layout.hostAt(at);
        if (host.isEmpty()) {
            return EditResult.refused("An endpoint sits on a lower device of a host: drop it inside a host's box.");
        }
        Host h = d.host(host.get().name()).orElseThrow();
        if (h.devices().isEmpty()) {
            return EditResult.refused(h.name() + " has no lower device yet: add a device first, then drop the endpoint on it.");
        }
        Optional<ElementRef> onDevice = layout.elementAt(at)
                .filter(r -> r.kind() == ElementKind.DEVICE && r.host().equals(h.name()));
        String lower = onDevice.map(ElementRef::name).orElseGet(() -> nearest(layout, at, ElementKind.DEVICE, h.name()));
        MacvlanMode mode = h.endpointsOn(lower).stream().map(Endpoint::mode)
                .filter(m -> m != MacvlanMode.PASSTHRU).findFirst().orElse(MacvlanMode.VEPA);
        String n = Names.fresh(Names.interfaceNames(h), type.kernelName(), 0);
        Endpoint probe = new Endpoint(n, lower, type, mode, null, true, null);
        Optional<String> conflict = Connections.passthruConflict(h, lower, probe);
        if (conflict.isPresent()) {
            return EditResult.refused(conflict.get());
        }
        // Dropped on its device: the endpoint row below it, as the automatic layout draws endpoints.
        Position want = onDevice.map(r -> Box.shift(layout.centre(r), 0, ENDPOINT_BELOW_DEVICE)).orElse(at);
        Room.Spot spot = Room.inHost(d, layout, h.name(), want, ElementKind.ENDPOINT);
        List<Endpoint> eps = new ArrayList<>(spot.design().host(h.name()).orElseThrow().endpoints());
        eps.add(probe.withAt(spot.centre()));
        return EditResult.ok(spot.design().withHost(h.name(), x -> x.withEndpoints(eps)),
                List.of(ElementRef.endpoint(h.name(), n)));
    }

    private static EditResult placeGuest(Design d, Layout layout, Position at, GuestKind kind) {
        Optional<ElementRef> onEndpoint = layout.elementAt(at).filter(r -> r.kind() == ElementKind.ENDPOINT);
        Optional<ElementRef> inHost = layout.hostAt(at);
        String host = onEndpoint.map(ElementRef::host)
                .or(() -> inHost.map(ElementRef::name))
                .orElseGet(() -> nearest(layout, at, ElementKind.HOST, null));
        if (host == null) {
            return EditResult.refused((kind == GuestKind.CONTAINER ? "A container" : "A guest") + " runs on a host: add a host first.");
        }
        Set<String> taken = new HashSet<>(Names.taken(d, ElementRef.guest("")));
        String n = Names.fresh(taken, kind == GuestKind.CONTAINER ? "ct" : "vm", 1);
        List<Guest> gs = new ArrayList<>(d.guests());
        gs.add(new Guest(n, host, List.of(), outside(layout, guestWant(layout, at, onEndpoint, inHost), ElementKind.GUEST), kind));
        Design placed = d.withGuests(gs);
        ElementRef ref = ElementRef.guest(n);
        if (onEndpoint.isPresent()) {
            Connections.Outcome o = Connections.connect(placed, ref, onEndpoint.get());
            if (o instanceof Connections.Connected c) {
                return EditResult.ok(c.design(), List.of(ref));
            }
        }
        return EditResult.ok(placed, List.of(ref));
    }

    /** Below its endpoint (or below the host it was dropped in), clear of the host's box. */
    private static Position guestWant(Layout layout, Position at, Optional<ElementRef> onEndpoint, Optional<ElementRef> inHost) {
        double half = Layout.size(ElementKind.GUEST).height() / 2;
        if (onEndpoint.isPresent()) {
            Position e = layout.centre(onEndpoint.get());
            double hostBottom = layout.bounds(ElementRef.host(onEndpoint.get().host())).map(Box::maxY).orElse(e.y());
            return new Position(e.x(), Math.max(e.y() + GUEST_BELOW_ENDPOINT, hostBottom + FreeSpot.GAP + half + 1));
        }
        return inHost.flatMap(layout::bounds).map(b -> new Position(at.x(), b.maxY() + FreeSpot.GAP + half + 1)).orElse(at);
    }

    /** The free spot nearest {@code want} for an element outside every host, or right of everything. */
    private static Position outside(Layout layout, Position want, ElementKind k) {
        return new FreeSpot(layout).near(want, k, null).orElseGet(() -> {
            Box e = layout.extent();
            return new Position(e.maxX() + FreeSpot.GAP + Layout.size(k).width() / 2 + 1, want.y());
        });
    }

    /** The name of the element of kind {@code k} (of host {@code host}, for hosted kinds) nearest {@code at}. */
    private static String nearest(Layout layout, Position at, ElementKind k, String host) {
        return layout.all().keySet().stream()
                .filter(r -> r.kind() == k && (host == null || host.equals(r.host())))
                .min(Comparator.comparingDouble(r -> Box.distance(layout.centre(r), at)))
                .map(ElementRef::name).orElse(null);
    }
}
