package org.mvtd.model.reach;

import java.util.List;
import java.util.Objects;

/**
 * One ordered pair's one-way facts, as in FORMAT.md.
 *
 * @param unicast   a frame from {@code from} to {@code to}'s MAC is delivered to {@code to}
 * @param broadcast a broadcast from {@code from} is delivered to {@code to}
 * @param ping      broadcast from-to, unicast to-from and unicast from-to
 * @param ping6     IPv6 ping: a Neighbour Solicitation from-to (multicast to the target's solicited-node
 *                  group, which the target's netdev must admit), unicast to-from and unicast from-to
 * @param path      the hops of the unicast frame (or the broadcast where only that arrives); empty when nothing arrives
 * @param why       one sentence naming the rule that decided
 */
public record Pair(String from, String to, boolean unicast, boolean broadcast, boolean ping, boolean ping6,
                   List<String> path, String why) {
    public Pair {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        path = List.copyOf(path);
        Objects.requireNonNull(why, "why");
    }

    /** The designer's and the CLI's one-word verdict for the pair, seen from {@code from}. */
    public Verdict verdict(boolean reverseUnicast) {
        return Verdict.of(unicast, broadcast, ping, reverseUnicast);
    }
}
