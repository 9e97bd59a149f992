package org.mvtd.backend.monitor;

import java.util.Objects;
import org.mvtd.backend.link.LinkInfo;
import org.mvtd.backend.link.LinkStats;

/**
 * The live state of one watched link.
 *
 * @param present   false when no link of that name exists (then the rest is empty)
 * @param operstate as netlink prints it in lower case: "up", "down", "lowerlayerdown", ...
 * @param carrier   from the flags: LOWER_UP without NO-CARRIER
 */
public record LinkState(String name, boolean present, String operstate, boolean carrier, boolean adminUp,
                        int mtu, String mac, LinkStats stats, boolean ours) {
    public LinkState {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(operstate, "operstate");
        stats = stats == null ? LinkStats.ZERO : stats;
    }

    public static LinkState absent(String name) {
        return new LinkState(name, false, "absent", false, false, 0, null, LinkStats.ZERO, false);
    }

    public static LinkState of(LinkInfo l, boolean ours) {
        return new LinkState(l.name(), true, l.operstate().toLowerCase(java.util.Locale.ROOT), l.carrier(), l.adminUp(),
                l.mtu(), l.mac(), l.stats(), ours);
    }

    /** Equal apart from the counters. */
    public boolean sameState(LinkState o) {
        return present == o.present && operstate.equals(o.operstate) && carrier == o.carrier && adminUp == o.adminUp
                && mtu == o.mtu && Objects.equals(mac, o.mac) && ours == o.ours;
    }
}
