package org.mvtd.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A whole design, as in FORMAT.md: switches, stations, hosts with their devices and endpoints, and guests.
 * Immutable; edit with the withers, which return a new design.
 */
public record Design(int version, String name, List<Switch> switches, List<Station> stations,
                     List<Host> hosts, List<Guest> guests, Annotations annotations) {

    /** The file-format version this build writes. */
    public static final int CURRENT_VERSION = 1;

    public Design {
        Objects.requireNonNull(name, "name");
        switches = List.copyOf(switches);
        stations = List.copyOf(stations);
        hosts = List.copyOf(hosts);
        guests = List.copyOf(guests);
        annotations = annotations == null ? Annotations.NONE : annotations;
    }

    /** A design without notes or link layouts. */
    public Design(int version, String name, List<Switch> switches, List<Station> stations, List<Host> hosts,
            List<Guest> guests) {
        this(version, name, switches, stations, hosts, guests, Annotations.NONE);
    }

    public static Design empty(String name) {
        return new Design(CURRENT_VERSION, name, List.of(), List.of(), List.of(), List.of());
    }

    public Optional<Switch> switchNamed(String n) {
        return switches.stream().filter(s -> s.name().equals(n)).findFirst();
    }

    public Optional<Station> station(String n) {
        return stations.stream().filter(s -> s.name().equals(n)).findFirst();
    }

    public Optional<Host> host(String n) {
        return hosts.stream().filter(h -> h.name().equals(n)).findFirst();
    }

    public Optional<Guest> guest(String n) {
        return guests.stream().filter(g -> g.name().equals(n)).findFirst();
    }

    /** The guest whose NIC uses endpoint {@code endpoint} of host {@code host}, if any. */
    public Optional<Guest> guestOn(String host, String endpoint) {
        return guests.stream()
                .filter(g -> g.host().equals(host))
                .filter(g -> g.nics().stream().anyMatch(n -> n.endpoint().equals(endpoint)))
                .findFirst();
    }

    public Design withName(String n) { return new Design(version, n, switches, stations, hosts, guests, annotations); }
    public Design withVersion(int v) { return new Design(v, name, switches, stations, hosts, guests, annotations); }
    public Design withSwitches(List<Switch> s) { return new Design(version, name, s, stations, hosts, guests, annotations); }
    public Design withStations(List<Station> s) { return new Design(version, name, switches, s, hosts, guests, annotations); }
    public Design withHosts(List<Host> h) { return new Design(version, name, switches, stations, h, guests, annotations); }
    public Design withGuests(List<Guest> g) { return new Design(version, name, switches, stations, hosts, g, annotations); }

    public Design withAnnotations(Annotations a) { return new Design(version, name, switches, stations, hosts, guests, a); }

    /** This design with the named host replaced by {@code edit} applied to it. */
    public Design withHost(String hostName, UnaryOperator<Host> edit) {
        return withHosts(hosts.stream().map(h -> h.name().equals(hostName) ? edit.apply(h) : h).toList());
    }

    /** This design with the named switch replaced by {@code edit} applied to it. */
    public Design withSwitch(String switchName, UnaryOperator<Switch> edit) {
        return withSwitches(switches.stream().map(s -> s.name().equals(switchName) ? edit.apply(s) : s).toList());
    }
}
