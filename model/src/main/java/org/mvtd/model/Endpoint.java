package org.mvtd.model;

import java.util.List;
import java.util.Objects;

/**
 * A macvtap or macvlan interface on a lower device of the same host.
 *
 * @param lower      the device it sits on
 * @param mac        "52:54:00:b8:9c:58" form, or null for a kernel-chosen address
 * @param up         administrative state (default true)
 * @param at         canvas position, or null
 * @param addresses  its user's own addresses (the guest's or the container's), CIDR form; may be empty
 * @param sourceMacs source mode only: the senders whose frames it receives
 * @param nodst      source mode only: frames from those senders go to this endpoint alone
 * @param nopromisc  passthru only: leave the lower device's promiscuity alone
 */
public record Endpoint(String name, String lower, LinkType type, MacvlanMode mode, String mac, boolean up, Position at,
                       List<String> addresses, List<String> sourceMacs, boolean nodst, boolean nopromisc) {
    public Endpoint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mode, "mode");
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        sourceMacs = sourceMacs == null ? List.of() : List.copyOf(sourceMacs);
    }

    /** A version-1 endpoint: no addresses, no source list, no flags. */
    public Endpoint(String name, String lower, LinkType type, MacvlanMode mode, String mac, boolean up, Position at) {
        this(name, lower, type, mode, mac, up, at, List.of(), List.of(), false, false);
    }

    /** An up macvtap endpoint without a fixed MAC. */
    public static Endpoint macvtap(String name, String lower, MacvlanMode mode) {
        return new Endpoint(name, lower, LinkType.MACVTAP, mode, null, true, null);
    }

    /** An up macvlan endpoint (a host shim) without a fixed MAC. */
    public static Endpoint macvlan(String name, String lower, MacvlanMode mode) {
        return new Endpoint(name, lower, LinkType.MACVLAN, mode, null, true, null);
    }

    /** This endpoint switched to mode {@code m}, without the settings only its old mode takes (the validator's rule). */
    public Endpoint inMode(MacvlanMode m) {
        return withMode(m).withSourceMacs(m == MacvlanMode.SOURCE ? sourceMacs : List.of())
                .withNodst(m == MacvlanMode.SOURCE && nodst).withNopromisc(m == MacvlanMode.PASSTHRU && nopromisc);
    }

    public Endpoint withName(String n) { return new Endpoint(n, lower, type, mode, mac, up, at, addresses, sourceMacs, nodst, nopromisc); }
    public Endpoint withLower(String l) { return new Endpoint(name, l, type, mode, mac, up, at, addresses, sourceMacs, nodst, nopromisc); }
    public Endpoint withType(LinkType t) { return new Endpoint(name, lower, t, mode, mac, up, at, addresses, sourceMacs, nodst, nopromisc); }
    public Endpoint withMode(MacvlanMode m) { return new Endpoint(name, lower, type, m, mac, up, at, addresses, sourceMacs, nodst, nopromisc); }
    public Endpoint withMac(String m) { return new Endpoint(name, lower, type, mode, m, up, at, addresses, sourceMacs, nodst, nopromisc); }
    public Endpoint withUp(boolean u) { return new Endpoint(name, lower, type, mode, mac, u, at, addresses, sourceMacs, nodst, nopromisc); }
    public Endpoint withAt(Position p) { return new Endpoint(name, lower, type, mode, mac, up, p, addresses, sourceMacs, nodst, nopromisc); }
    public Endpoint withAddresses(List<String> a) { return new Endpoint(name, lower, type, mode, mac, up, at, a, sourceMacs, nodst, nopromisc); }
    public Endpoint withSourceMacs(List<String> s) { return new Endpoint(name, lower, type, mode, mac, up, at, addresses, s, nodst, nopromisc); }
    public Endpoint withNodst(boolean n) { return new Endpoint(name, lower, type, mode, mac, up, at, addresses, sourceMacs, n, nopromisc); }
    public Endpoint withNopromisc(boolean n) { return new Endpoint(name, lower, type, mode, mac, up, at, addresses, sourceMacs, nodst, n); }
}
