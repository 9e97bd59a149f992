package org.mvtd.model;

import java.util.List;
import java.util.Objects;

/** A virtual machine on a host; each NIC uses one macvtap endpoint of that host. */
public record Guest(String name, String host, List<Nic> nics, Position at) {
    public Guest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(host, "host");
        nics = List.copyOf(nics);
    }

    public static Guest of(String name, String host, List<Nic> nics) {
        return new Guest(name, host, nics, null);
    }

    public Guest withName(String n) { return new Guest(n, host, nics, at); }
    public Guest withHost(String h) { return new Guest(name, h, nics, at); }
    public Guest withNics(List<Nic> n) { return new Guest(name, host, n, at); }
    public Guest withAt(Position p) { return new Guest(name, host, nics, p); }
}
