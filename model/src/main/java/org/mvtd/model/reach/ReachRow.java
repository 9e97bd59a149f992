package org.mvtd.model.reach;

import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * Whom one node can reach, as bit sets over {@link ReachEngine#nodes()} indices: the fast answer
 * to "whom can X reach" (no paths, no sentences; ask the engine for a {@link Pair} when needed).
 *
 * @param unicastOut   index i set: a unicast from {@code from} reaches node i
 * @param broadcastOut index i set: a broadcast from {@code from} reaches node i
 * @param unicastIn    index i set: a unicast from node i reaches {@code from}
 * @param broadcastIn  index i set: a broadcast from node i reaches {@code from}
 * @param offLink      index i set: {@code from} and node i both have IPv4 addresses but share no prefix, so
 *                     IPv4 ping fails whatever the frames do (format version 2)
 */
public record ReachRow(int from, List<Node> nodes, BitSet unicastOut, BitSet broadcastOut,
                       BitSet unicastIn, BitSet broadcastIn, BitSet offLink) {
    public ReachRow {
        Objects.requireNonNull(nodes, "nodes");
        offLink = offLink == null ? new BitSet() : offLink;
    }

    /** A row of a design without addresses. */
    public ReachRow(int from, List<Node> nodes, BitSet unicastOut, BitSet broadcastOut, BitSet unicastIn,
                    BitSet broadcastIn) {
        this(from, nodes, unicastOut, broadcastOut, unicastIn, broadcastIn, new BitSet());
    }

    public boolean unicast(int to) { return unicastOut.get(to); }
    public boolean broadcast(int to) { return broadcastOut.get(to); }

    /** Ping from {@code from} to {@code to}: ARP broadcast out, reply back, data out. */
    public boolean pingTo(int to) {
        return broadcastOut.get(to) && unicastIn.get(to) && unicastOut.get(to) && !offLink.get(to);
    }

    /** Ping from {@code other} to {@code from}. */
    public boolean pingFrom(int other) {
        return broadcastIn.get(other) && unicastOut.get(other) && unicastIn.get(other) && !offLink.get(other);
    }

    /** The designer's verdict for node {@code other} relative to the selected node {@code from}. */
    public Verdict verdict(int other) {
        if (pingTo(other) && pingFrom(other)) {
            return Verdict.PING;
        }
        boolean out = unicastOut.get(other);
        boolean in = unicastIn.get(other);
        if (out && in) {
            return Verdict.UNICAST_ONLY;
        }
        if (out || in || broadcastOut.get(other) || broadcastIn.get(other)) {
            return Verdict.ONE_WAY;
        }
        return Verdict.NONE;
    }
}
