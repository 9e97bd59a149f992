package org.mvtd.model.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Guest;
import org.mvtd.model.Host;
import org.mvtd.model.Position;
import org.mvtd.model.Station;
import org.mvtd.model.Switch;

/** Looks elements of a design up by {@link ElementRef} and edits their canvas positions. */
public final class Elements {
    private Elements() {
    }

    /** Every element, in drawing order: switches, stations, hosts with their devices and endpoints, guests. */
    public static List<ElementRef> all(Design d) {
        List<ElementRef> out = new ArrayList<>();
        d.switches().forEach(s -> out.add(ElementRef.sw(s.name())));
        d.stations().forEach(s -> out.add(ElementRef.station(s.name())));
        for (Host h : d.hosts()) {
            out.add(ElementRef.host(h.name()));
            h.devices().forEach(x -> out.add(ElementRef.device(h.name(), x.name())));
            h.endpoints().forEach(x -> out.add(ElementRef.endpoint(h.name(), x.name())));
        }
        d.guests().forEach(g -> out.add(ElementRef.guest(g.name())));
        return out;
    }

    public static boolean exists(Design d, ElementRef r) {
        return switch (r.kind()) {
            case SWITCH -> d.switchNamed(r.name()).isPresent();
            case STATION -> d.station(r.name()).isPresent();
            case HOST -> d.host(r.name()).isPresent();
            case GUEST -> d.guest(r.name()).isPresent();
            case DEVICE -> device(d, r).isPresent();
            case ENDPOINT -> endpoint(d, r).isPresent();
        };
    }

    public static Optional<Device> device(Design d, ElementRef r) {
        return d.host(r.host()).flatMap(h -> h.device(r.name()));
    }

    public static Optional<Endpoint> endpoint(Design d, ElementRef r) {
        return d.host(r.host()).flatMap(h -> h.endpoint(r.name()));
    }

    /** The position stored in the design, or null when the element has none (it is then laid out automatically). */
    public static Position storedPosition(Design d, ElementRef r) {
        return switch (r.kind()) {
            case SWITCH -> d.switchNamed(r.name()).map(Switch::at).orElse(null);
            case STATION -> d.station(r.name()).map(Station::at).orElse(null);
            case HOST -> d.host(r.name()).map(Host::at).orElse(null);
            case GUEST -> d.guest(r.name()).map(Guest::at).orElse(null);
            case DEVICE -> device(d, r).map(Device::at).orElse(null);
            case ENDPOINT -> endpoint(d, r).map(Endpoint::at).orElse(null);
        };
    }

    /** This design with element {@code r} at {@code p}. */
    public static Design withPosition(Design d, ElementRef r, Position p) {
        return switch (r.kind()) {
            case SWITCH -> d.withSwitch(r.name(), s -> s.withAt(p));
            case STATION -> d.withStations(d.stations().stream()
                    .map(s -> s.name().equals(r.name()) ? s.withAt(p) : s).toList());
            case HOST -> d.withHost(r.name(), h -> h.withAt(p));
            case GUEST -> d.withGuests(d.guests().stream()
                    .map(g -> g.name().equals(r.name()) ? g.withAt(p) : g).toList());
            case DEVICE -> d.withHost(r.host(), h -> h.withDevice(r.name(), x -> x.withAt(p)));
            case ENDPOINT -> d.withHost(r.host(), h -> h.withEndpoint(r.name(), x -> x.withAt(p)));
        };
    }

    /** The guest whose NIC sits on endpoint {@code r}, if any. */
    public static Optional<Guest> guestOn(Design d, ElementRef endpointRef) {
        return d.guestOn(endpointRef.host(), endpointRef.name());
    }

    /** Every element's record (Switch, Station, Host, Device, Endpoint, Guest) by reference, in one pass. */
    public static Map<ElementRef, Object> index(Design d) {
        Map<ElementRef, Object> out = new HashMap<>();
        d.switches().forEach(s -> out.put(ElementRef.sw(s.name()), s));
        d.stations().forEach(s -> out.put(ElementRef.station(s.name()), s));
        for (Host h : d.hosts()) {
            out.put(ElementRef.host(h.name()), h);
            h.devices().forEach(x -> out.put(ElementRef.device(h.name(), x.name()), x));
            h.endpoints().forEach(x -> out.put(ElementRef.endpoint(h.name(), x.name()), x));
        }
        d.guests().forEach(g -> out.put(ElementRef.guest(g.name()), g));
        return out;
    }

    /** {@link #isDown(Design, ElementRef)} with lookups through {@code index} (fast for whole-design passes). */
    public static boolean isDown(Design d, Map<ElementRef, Object> index, ElementRef r) {
        Object m = index.get(r);
        if (m instanceof Device x) {
            return !x.up();
        }
        if (m instanceof Endpoint e) {
            return !e.up() || index.get(ElementRef.device(r.host(), e.lower())) instanceof Device x && !x.up();
        }
        if (m instanceof Guest g) {
            return !g.nics().isEmpty() && g.nics().stream()
                    .allMatch(n -> isDown(d, index, ElementRef.endpoint(g.host(), n.endpoint())));
        }
        return false;
    }

    /** Whether the element is administratively down, or sits on a down lower device. */
    public static boolean isDown(Design d, ElementRef r) {
        return switch (r.kind()) {
            case DEVICE -> device(d, r).map(x -> !x.up()).orElse(false);
            case ENDPOINT -> endpoint(d, r).map(e -> !e.up()
                    || d.host(r.host()).flatMap(h -> h.device(e.lower())).map(x -> !x.up()).orElse(false))
                    .orElse(false);
            case GUEST -> d.guest(r.name()).map(g -> !g.nics().isEmpty() && g.nics().stream()
                    .allMatch(n -> isDown(d, ElementRef.endpoint(g.host(), n.endpoint())))).orElse(false);
            default -> false;
        };
    }
}
