package org.mvtd.model;

import java.util.List;
import java.util.Objects;

/**
 * A machine outside the hosts plugged into a switch: a router, a laptop.
 *
 * @param switchName the switch it is plugged into
 * @param at         canvas position, or null
 * @param vlan       an access port in this VLAN (1-4094); null = untagged
 * @param addresses  its addresses, CIDR form; may be empty
 */
public record Station(String name, String switchName, Position at, Integer vlan, List<String> addresses) {
    public Station {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(switchName, "switchName");
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }

    /** A version-1 station: untagged, no addresses. */
    public Station(String name, String switchName, Position at) {
        this(name, switchName, at, null, List.of());
    }

    public static Station of(String name, String switchName) {
        return new Station(name, switchName, null);
    }

    public Station withName(String n) { return new Station(n, switchName, at, vlan, addresses); }
    public Station withSwitchName(String s) { return new Station(name, s, at, vlan, addresses); }
    public Station withAt(Position p) { return new Station(name, switchName, p, vlan, addresses); }
    public Station withVlan(Integer v) { return new Station(name, switchName, at, v, addresses); }
    public Station withAddresses(List<String> a) { return new Station(name, switchName, at, vlan, a); }
}
