package org.mvtd.model;

import java.util.Objects;

/**
 * A macvtap or macvlan interface on a lower device of the same host.
 *
 * @param lower the device it sits on
 * @param mac   "52:54:00:b8:9c:58" form, or null for a kernel-chosen address
 * @param up    administrative state (default true)
 * @param at    canvas position, or null
 */
public record Endpoint(String name, String lower, LinkType type, MacvlanMode mode, String mac, boolean up, Position at) {
    public Endpoint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mode, "mode");
    }

    /** An up macvtap endpoint without a fixed MAC. */
    public static Endpoint macvtap(String name, String lower, MacvlanMode mode) {
        return new Endpoint(name, lower, LinkType.MACVTAP, mode, null, true, null);
    }

    /** An up macvlan endpoint (a host shim) without a fixed MAC. */
    public static Endpoint macvlan(String name, String lower, MacvlanMode mode) {
        return new Endpoint(name, lower, LinkType.MACVLAN, mode, null, true, null);
    }

    public Endpoint withName(String n) { return new Endpoint(n, lower, type, mode, mac, up, at); }
    public Endpoint withLower(String l) { return new Endpoint(name, l, type, mode, mac, up, at); }
    public Endpoint withType(LinkType t) { return new Endpoint(name, lower, t, mode, mac, up, at); }
    public Endpoint withMode(MacvlanMode m) { return new Endpoint(name, lower, type, m, mac, up, at); }
    public Endpoint withMac(String m) { return new Endpoint(name, lower, type, mode, m, up, at); }
    public Endpoint withUp(boolean u) { return new Endpoint(name, lower, type, mode, mac, u, at); }
    public Endpoint withAt(Position p) { return new Endpoint(name, lower, type, mode, mac, up, p); }
}
