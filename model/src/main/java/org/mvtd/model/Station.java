package org.mvtd.model;

import java.util.Objects;

/**
 * A machine outside the hosts plugged into a switch: a router, a laptop.
 *
 * @param switchName the switch it is plugged into
 * @param at         canvas position, or null
 */
public record Station(String name, String switchName, Position at) {
    public Station {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(switchName, "switchName");
    }

    public static Station of(String name, String switchName) {
        return new Station(name, switchName, null);
    }

    public Station withName(String n) { return new Station(n, switchName, at); }
    public Station withSwitchName(String s) { return new Station(name, s, at); }
    public Station withAt(Position p) { return new Station(name, switchName, p); }
}
