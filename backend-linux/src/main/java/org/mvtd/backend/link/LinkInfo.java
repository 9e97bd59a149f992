package org.mvtd.backend.link;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One kernel link as one rtnetlink dump reports it (the facts {@code ip -N -s -d -json link show} prints).
 *
 * @param kind       {@code IFLA_INFO_KIND} ("macvtap", "macvlan", "veth", "bridge", ...), or "" for a plain device
 * @param mode       macvlan/macvtap mode for those kinds, else null
 * @param lower      the lower device's name ({@code IFLA_LINK}) as the same dump names it, else null
 * @param operstate  as iproute2 prints it, e.g. "UP", "DOWN", "LOWERLAYERDOWN" ({@link #operState()} is the typed value)
 * @param alias      {@code IFLA_IFALIAS}, or null
 * @param stats      counters, or null when not asked for
 * @param lowerIndex the lower device's ifindex ({@code IFLA_LINK}), 0 when none or in another namespace
 * @param hwType     {@code ifi_type} (ARPHRD_*): 1 Ethernet, 772 loopback
 */
public record LinkInfo(int ifindex, String name, String kind, String mode, String lower, String mac,
                       String operstate, List<String> flags, int mtu, long group, String alias, LinkStats stats,
                       int lowerIndex, int hwType) {
    public static final int ARPHRD_ETHER = 1;
    public static final int ARPHRD_LOOPBACK = 772;

    public LinkInfo {
        Objects.requireNonNull(name, "name");
        kind = kind == null ? "" : kind;
        flags = List.copyOf(flags);
        operstate = operstate == null ? "UNKNOWN" : operstate;
    }

    /** A link whose lower index and hardware type are not known: Ethernet, or loopback by its flag (fakes, events). */
    public LinkInfo(int ifindex, String name, String kind, String mode, String lower, String mac, String operstate,
                    List<String> flags, int mtu, long group, String alias, LinkStats stats) {
        this(ifindex, name, kind, mode, lower, mac, operstate, flags, mtu, group, alias, stats, 0,
                flags.contains("LOOPBACK") ? ARPHRD_LOOPBACK : ARPHRD_ETHER);
    }

    /** Administratively up (IFF_UP). */
    public boolean adminUp() {
        return flags.contains("UP");
    }

    /** Carrier as the flags tell it: LOWER_UP set and NO-CARRIER absent. */
    public boolean carrier() {
        return flags.contains("LOWER_UP") && !flags.contains("NO-CARRIER");
    }

    /** The operational state, typed. */
    public OperState operState() {
        return OperState.fromKernelName(operstate);
    }

    /** A macvlan or macvtap: the kinds this program makes. */
    public boolean macvlanFamily() {
        return kind.equals("macvlan") || kind.equals("macvtap");
    }

    /** Its type when it is a macvlan or macvtap, typed. */
    public Optional<org.mvtd.model.LinkType> linkType() {
        return macvlanFamily() ? Optional.of(org.mvtd.model.LinkType.fromKernelName(kind)) : Optional.empty();
    }

    /** Its macvlan mode, typed (empty for other kinds, and for a mode the model does not know, e.g. source). */
    public Optional<org.mvtd.model.MacvlanMode> macvlanMode() {
        if (!macvlanFamily() || mode == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(org.mvtd.model.MacvlanMode.fromKernelName(mode));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The loopback device (IFF_LOOPBACK or ARPHRD_LOOPBACK). */
    public boolean loopback() {
        return flags.contains("LOOPBACK") || hwType == ARPHRD_LOOPBACK;
    }

    public Optional<String> aliasText() {
        return Optional.ofNullable(alias);
    }

    /** The same link with {@code alias}, as the kernel shows it after the alias is set. */
    public LinkInfo withAlias(String newAlias) {
        return new LinkInfo(ifindex, name, kind, mode, lower, mac, operstate, flags, mtu, group, newAlias, stats,
                lowerIndex, hwType);
    }
}
