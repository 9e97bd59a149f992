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
import org.mvtd.model.Host;
import org.mvtd.model.LinkType;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Position;
import org.mvtd.model.Station;
import org.mvtd.model.Switch;

/** Places a new element from the palette where it was dropped, wiring it to what it was dropped on. */
public final class Placement {
    private Placement() {
    }

    public static EditResult placeIn(Design d, PaletteItem item, Position at) {
        Layout layout = Layout.of(d);
        Position p = at;
        return switch (item) {
            case SWITCH -> {
                String n = Names.fresh(Names.taken(d, ElementRef.sw("")), "switch", 1);
                List<Switch> s = new ArrayList<>(d.switches());
                s.add(new Switch(n, false, p));
                yield EditResult.ok(d.withSwitches(s), List.of(ElementRef.sw(n)));
            }
            case STATION -> placeStation(d, layout, at, p);
            case HOST -> {
                String n = Names.fresh(Names.taken(d, ElementRef.host("")), "host", 1);
                List<Host> h = new ArrayList<>(d.hosts());
                h.add(new Host(n, List.of(), List.of(),
                        new Position(at.x() - Layout.HOST_MIN_W / 2, at.y() - Layout.HOST_MIN_H / 2)));
                yield EditResult.ok(d.withHosts(h), List.of(ElementRef.host(n)));
            }
            case DEVICE -> placeDevice(d, layout, at, p);
            case MACVTAP -> placeEndpoint(d, layout, at, p, LinkType.MACVTAP);
            case MACVLAN -> placeEndpoint(d, layout, at, p, LinkType.MACVLAN);
            case GUEST -> placeGuest(d, layout, at, p);
        };
    }

    private static EditResult placeStation(Design d, Layout layout, Position at, Position p) {
        Optional<ElementRef> target = layout.elementAt(at).filter(r -> r.kind() == ElementKind.SWITCH);
        String sw = target.map(ElementRef::name).orElseGet(() -> nearest(layout, at, ElementKind.SWITCH, null));
        if (sw == null) {
            return EditResult.refused("A station plugs into a switch: add a switch first.");
        }
        String n = Names.fresh(Names.taken(d, ElementRef.station("")), "station", 1);
        List<Station> s = new ArrayList<>(d.stations());
        s.add(new Station(n, sw, p));
        return EditResult.ok(d.withStations(s), List.of(ElementRef.station(n)));
    }

    private static EditResult placeDevice(Design d, Layout layout, Position at, Position p) {
        Optional<ElementRef> host = layout.hostAt(at);
        if (host.isEmpty()) {
            return EditResult.refused("A lower device belongs to a host: drop it inside a host's box.");
        }
        Host h = d.host(host.get().name()).orElseThrow();
        String n = Names.fresh(Names.interfaceNames(h), "eth", 0);
        String sw = d.switches().size() == 1 ? d.switches().get(0).name() : null; // the obvious cable
        List<Device> devices = new ArrayList<>(h.devices());
        devices.add(Device.of(n, sw).withAt(p));
        return EditResult.ok(d.withHost(h.name(), x -> x.withDevices(devices)), List.of(ElementRef.device(h.name(), n)));
    }

    private static EditResult placeEndpoint(Design d, Layout layout, Position at, Position p, LinkType type) {
        Optional<ElementRef> host = layout.hostAt(at);
        if (host.isEmpty()) {
            return EditResult.refused("An endpoint sits on a lower device of a host: drop it inside a host's box.");
        }
        Host h = d.host(host.get().name()).orElseThrow();
        if (h.devices().isEmpty()) {
            return EditResult.refused(h.name() + " has no lower device yet: add a device first, then drop the endpoint on it.");
        }
        String lower = layout.elementAt(at).filter(r -> r.kind() == ElementKind.DEVICE && r.host().equals(h.name()))
                .map(ElementRef::name)
                .orElseGet(() -> nearest(layout, at, ElementKind.DEVICE, h.name()));
        MacvlanMode mode = h.endpointsOn(lower).stream().map(Endpoint::mode)
                .filter(m -> m != MacvlanMode.PASSTHRU).findFirst().orElse(MacvlanMode.VEPA);
        String n = Names.fresh(Names.interfaceNames(h), type.kernelName(), 0);
        Endpoint e = new Endpoint(n, lower, type, mode, null, true, p);
        Optional<String> conflict = Connections.passthruConflict(h, lower, e);
        if (conflict.isPresent()) {
            return EditResult.refused(conflict.get());
        }
        List<Endpoint> eps = new ArrayList<>(h.endpoints());
        eps.add(e);
        return EditResult.ok(d.withHost(h.name(), x -> x.withEndpoints(eps)), List.of(ElementRef.endpoint(h.name(), n)));
    }

    private static EditResult placeGuest(Design d, Layout layout, Position at, Position p) {
        Optional<ElementRef> onEndpoint = layout.elementAt(at).filter(r -> r.kind() == ElementKind.ENDPOINT);
        String host = onEndpoint.map(ElementRef::host)
                .or(() -> layout.hostAt(at).map(ElementRef::name))
                .orElseGet(() -> nearest(layout, at, ElementKind.HOST, null));
        if (host == null) {
            return EditResult.refused("A guest runs on a host: add a host first.");
        }
        Set<String> taken = new HashSet<>(Names.taken(d, ElementRef.guest("")));
        String n = Names.fresh(taken, "vm", 1);
        List<Guest> gs = new ArrayList<>(d.guests());
        gs.add(new Guest(n, host, List.of(), p));
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

    /** The name of the element of kind {@code k} (of host {@code host}, for hosted kinds) nearest {@code at}. */
    private static String nearest(Layout layout, Position at, ElementKind k, String host) {
        return layout.all().keySet().stream()
                .filter(r -> r.kind() == k && (host == null || host.equals(r.host())))
                .min(Comparator.comparingDouble(r -> Box.distance(layout.centre(r), at)))
                .map(ElementRef::name).orElse(null);
    }
}
