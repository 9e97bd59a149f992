package org.mvtd.model.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Guest;
import org.mvtd.model.Host;
import org.mvtd.model.Nic;
import org.mvtd.model.Position;
import org.mvtd.model.Station;
import org.mvtd.model.Switch;

/**
 * Copied elements with the design they came from. Pasting keeps the links among the copies (a copied
 * device plugs into the copied switch) and keeps links to originals where those stay legal; a copied
 * guest keeps only NICs whose endpoints were copied too (an endpoint serves one NIC).
 */
public record Fragment(Design source, Set<ElementRef> refs, Map<ElementRef, Position> anchors) {
    public Fragment {
        Objects.requireNonNull(source, "source");
        refs = Set.copyOf(refs);
        anchors = Map.copyOf(anchors);
    }

    /** Copies {@code selection}; a host brings its devices and endpoints. */
    public static Fragment copy(Design d, Set<ElementRef> selection) {
        Set<ElementRef> refs = new LinkedHashSet<>();
        for (ElementRef r : selection) {
            if (!Elements.exists(d, r)) {
                continue;
            }
            refs.add(r);
            if (r.kind() == ElementKind.HOST) {
                Host h = d.host(r.name()).orElseThrow();
                h.devices().forEach(x -> refs.add(ElementRef.device(h.name(), x.name())));
                h.endpoints().forEach(x -> refs.add(ElementRef.endpoint(h.name(), x.name())));
            }
        }
        Layout layout = Layout.of(d);
        Map<ElementRef, Position> anchors = new HashMap<>();
        refs.forEach(r -> anchors.put(r, layout.anchor(r)));
        return new Fragment(d, refs, anchors);
    }

    public boolean isEmpty() {
        return refs.isEmpty();
    }

    /** Pastes the copies into {@code into}, shifted by (dx, dy); selects what was made. */
    public EditResult pasteInto(Design into, double dx, double dy) {
        Design d = into;
        List<ElementRef> created = new ArrayList<>();
        Map<String, String> switchNames = new HashMap<>();
        Map<String, String> hostNames = new HashMap<>();
        List<Switch> switches = new ArrayList<>(d.switches());
        Set<String> takenSwitches = new HashSet<>(Names.taken(d, ElementRef.sw("")));
        for (Switch s : source.switches()) {
            ElementRef r = ElementRef.sw(s.name());
            if (refs.contains(r)) {
                String n = Names.copyName(takenSwitches, s.name(), false);
                takenSwitches.add(n);
                switchNames.put(s.name(), n);
                switches.add(new Switch(n, s.hairpin(), shifted(r, dx, dy)));
                created.add(ElementRef.sw(n));
            }
        }
        d = d.withSwitches(switches);
        List<Station> stations = new ArrayList<>(d.stations());
        Set<String> takenStations = new HashSet<>(Names.taken(d, ElementRef.station("")));
        for (Station s : source.stations()) {
            ElementRef r = ElementRef.station(s.name());
            if (refs.contains(r)) {
                String n = Names.copyName(takenStations, s.name(), false);
                takenStations.add(n);
                // Addresses are not copied: the copy would clash with its original on the segment.
                stations.add(s.withName(n).withSwitchName(switchNames.getOrDefault(s.switchName(), s.switchName()))
                        .withAt(shifted(r, dx, dy)).withAddresses(List.of()));
                created.add(ElementRef.station(n));
            }
        }
        d = d.withStations(stations);
        List<Host> hosts = new ArrayList<>(d.hosts());
        Set<String> takenHosts = new HashSet<>(Names.taken(d, ElementRef.host("")));
        Map<String, Map<String, String>> ifNames = new HashMap<>(); // source host -> source name -> pasted name
        for (Host h : source.hosts()) {
            boolean whole = refs.contains(ElementRef.host(h.name()));
            String target = h.name();
            Host base;
            if (whole) {
                target = Names.copyName(takenHosts, h.name(), false);
                takenHosts.add(target);
                hostNames.put(h.name(), target);
                base = new Host(target, List.of(), List.of(), shifted(ElementRef.host(h.name()), dx, dy));
                hosts.add(base);
                created.add(ElementRef.host(target));
            } else {
                final String t = target;
                base = hosts.stream().filter(x -> x.name().equals(t)).findFirst().orElse(null);
                if (base == null) {
                    continue; // its host is gone: nowhere legal to put the copies
                }
            }
            Set<String> taken = whole ? new HashSet<>() : new HashSet<>(Names.interfaceNames(base));
            Map<String, String> names = new HashMap<>();
            List<Device> devices = new ArrayList<>(base.devices());
            for (Device x : h.devices()) {
                ElementRef r = ElementRef.device(h.name(), x.name());
                if (refs.contains(r)) {
                    String n = Names.copyName(taken, x.name(), true);
                    taken.add(n);
                    names.put(x.name(), n);
                    String sw = x.switchName() == null ? null : switchNames.getOrDefault(x.switchName(), x.switchName());
                    devices.add(x.withName(n).withSwitchName(sw).withAt(shifted(r, dx, dy)).withAddresses(List.of())
                            .withParent(x.parent() == null ? null : names.getOrDefault(x.parent(), x.parent())));
                    created.add(ElementRef.device(target, n));
                }
            }
            List<Endpoint> endpoints = new ArrayList<>(base.endpoints());
            for (Endpoint e : h.endpoints()) {
                ElementRef r = ElementRef.endpoint(h.name(), e.name());
                if (refs.contains(r)) {
                    String n = Names.copyName(taken, e.name(), true);
                    taken.add(n);
                    names.put(e.name(), n);
                    // A copied MAC or address would clash on the segment: the copy gets neither.
                    endpoints.add(e.withName(n).withLower(names.getOrDefault(e.lower(), e.lower())).withMac(null)
                            .withAt(shifted(r, dx, dy)).withAddresses(List.of()));
                    created.add(ElementRef.endpoint(target, n));
                }
            }
            ifNames.put(h.name(), names);
            Host next = base.withDevices(devices).withEndpoints(endpoints);
            hosts.replaceAll(x -> x.name().equals(next.name()) ? next : x);
        }
        d = d.withHosts(hosts);
        List<Guest> guests = new ArrayList<>(d.guests());
        Set<String> takenGuests = new HashSet<>(Names.taken(d, ElementRef.guest("")));
        for (Guest g : source.guests()) {
            ElementRef r = ElementRef.guest(g.name());
            if (!refs.contains(r)) {
                continue;
            }
            String n = Names.copyName(takenGuests, g.name(), false);
            takenGuests.add(n);
            Map<String, String> names = ifNames.getOrDefault(g.host(), Map.of());
            List<Nic> nics = g.nics().stream().filter(x -> names.containsKey(x.endpoint()))
                    .map(x -> x.withEndpoint(names.get(x.endpoint()))).toList();
            guests.add(new Guest(n, hostNames.getOrDefault(g.host(), g.host()), nics, shifted(r, dx, dy), g.kind()));
            created.add(ElementRef.guest(n));
        }
        d = d.withGuests(guests);
        return created.isEmpty() ? EditResult.refused("Nothing to paste: the copied elements' hosts are gone.")
                : EditResult.ok(d, created);
    }

    private Position shifted(ElementRef r, double dx, double dy) {
        Position p = anchors.get(r);
        return p == null ? null : new Position(p.x() + dx, p.y() + dy);
    }
}
