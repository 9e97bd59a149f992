package org.mvtd.model.reach;

import java.util.BitSet;
import java.util.List;

/**
 * The full one-way matrix without paths or sentences: row i, bit j answers "from node i to node j".
 */
public record ReachMatrix(List<Node> nodes, BitSet[] unicast, BitSet[] broadcast, BitSet[] ping) {
    public boolean unicast(int from, int to) { return unicast[from].get(to); }
    public boolean broadcast(int from, int to) { return broadcast[from].get(to); }
    public boolean ping(int from, int to) { return ping[from].get(to); }
}
