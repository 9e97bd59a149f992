package org.mvtd.model.reach;

import java.util.List;

/** The whole {@code reach --json} document: every node and every ordered pair of distinct nodes. */
public record ReachReport(int version, List<Node> nodes, List<Pair> pairs) {
    public ReachReport {
        nodes = List.copyOf(nodes);
        pairs = List.copyOf(pairs);
    }
}
