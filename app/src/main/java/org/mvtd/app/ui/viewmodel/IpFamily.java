package org.mvtd.app.ui.viewmodel;

import java.util.Locale;
import org.mvtd.model.reach.ReachEngine;
import org.mvtd.model.reach.ReachMatrix;
import org.mvtd.model.reach.ReachRow;
import org.mvtd.model.reach.Verdict;

/**
 * The address family the reach colours speak of. Frames are the same for both; IPv6 ping also needs the
 * target's multicast filter to admit the Neighbour Solicitation and on-link IPv6 addresses, which only the
 * engine's per-pair {@code ping6} knows.
 */
public enum IpFamily {
    IPV4("IPv4"), IPV6("IPv6");

    /** The user setting that remembers the choice. */
    public static final String SETTING = "reach.family";

    private final String label;

    IpFamily(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The family a stored setting names; IPv4 for anything else. */
    public static IpFamily parse(String s) {
        return s != null && s.toUpperCase(Locale.ROOT).equals(IPV6.name()) ? IPV6 : IPV4;
    }

    /** The verdict for node {@code other} relative to the row's node, in this family. */
    public Verdict verdict(ReachEngine engine, ReachRow row, int other) {
        Verdict v4 = row.verdict(other);
        if (this == IPV4) {
            return v4;
        }
        // Ping needs unicast both ways in either family; only then is the costlier per-pair answer asked.
        if (!row.unicastOut().get(other) || !row.unicastIn().get(other)) {
            return v4;
        }
        if (engine.ping6(row.from(), other) && engine.ping6(other, row.from())) {
            return Verdict.PING;
        }
        return v4 == Verdict.PING ? Verdict.UNICAST_ONLY : v4;
    }

    /** Whether {@code from} pings {@code to} one way, in this family. */
    public boolean ping(ReachEngine engine, ReachMatrix m, int from, int to) {
        return this == IPV4 ? m.ping(from, to) : m.unicast(from, to) && engine.ping6(from, to);
    }
}
