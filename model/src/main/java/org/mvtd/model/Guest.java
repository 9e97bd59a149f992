package org.mvtd.model;

import java.util.List;
import java.util.Objects;

/**
 * A guest on a host: a virtual machine (NICs on macvtap endpoints) or a container (NICs on macvlan
 * endpoints moved into its network namespace).
 */
public record Guest(String name, String host, List<Nic> nics, Position at, GuestKind kind) {
    public Guest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(host, "host");
        nics = List.copyOf(nics);
        kind = kind == null ? GuestKind.VM : kind;
    }

    /** A virtual machine (version 1 knows no other guest). */
    public Guest(String name, String host, List<Nic> nics, Position at) {
        this(name, host, nics, at, GuestKind.VM);
    }

    public static Guest of(String name, String host, List<Nic> nics) {
        return new Guest(name, host, nics, null);
    }

    /** A container whose NICs are macvlan endpoints of {@code host}. */
    public static Guest container(String name, String host, List<Nic> nics) {
        return new Guest(name, host, nics, null, GuestKind.CONTAINER);
    }

    public boolean isContainer() {
        return kind == GuestKind.CONTAINER;
    }

    public Guest withName(String n) { return new Guest(n, host, nics, at, kind); }
    public Guest withHost(String h) { return new Guest(name, h, nics, at, kind); }
    public Guest withNics(List<Nic> n) { return new Guest(name, host, n, at, kind); }
    public Guest withAt(Position p) { return new Guest(name, host, nics, p, kind); }
    public Guest withKind(GuestKind k) { return new Guest(name, host, nics, at, k); }
}
