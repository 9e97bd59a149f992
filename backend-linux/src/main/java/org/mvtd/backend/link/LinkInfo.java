package org.mvtd.backend.link;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One kernel link as {@code ip -N -s -d -json link show} reports it.
 *
 * @param kind      {@code info_kind} ("macvtap", "macvlan", "veth", ...), or "" for a plain device
 * @param mode      {@code info_data.mode} for macvlan/macvtap, else null
 * @param lower     the {@code link} key: the lower device of a macvtap (a veth's peer), else null
 * @param operstate as netlink prints it, e.g. "UP", "DOWN", "LOWERLAYERDOWN"
 * @param alias     {@code ifalias}, or null
 * @param stats     counters, or null when not asked for
 */
public record LinkInfo(int ifindex, String name, String kind, String mode, String lower, String mac,
                       String operstate, List<String> flags, int mtu, long group, String alias, LinkStats stats) {
    public LinkInfo {
        Objects.requireNonNull(name, "name");
        kind = kind == null ? "" : kind;
        flags = List.copyOf(flags);
        operstate = operstate == null ? "UNKNOWN" : operstate;
    }

    /** Administratively up (IFF_UP). */
    public boolean adminUp() {
        return flags.contains("UP");
    }

    /** Carrier as the flags tell it: LOWER_UP set and NO-CARRIER absent (the JSON has no carrier key). */
    public boolean carrier() {
        return flags.contains("LOWER_UP") && !flags.contains("NO-CARRIER");
    }

    public Optional<String> aliasText() {
        return Optional.ofNullable(alias);
    }
}
