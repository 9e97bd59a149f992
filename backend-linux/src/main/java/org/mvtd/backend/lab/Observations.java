package org.mvtd.backend.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mvtd.model.reach.Node;
import org.mvtd.model.reach.Pair;
import org.mvtd.model.reach.ReachReport;

/**
 * The deliveries one probe run saw, as matrices over node indices, and their reach report. Pure.
 */
public final class Observations {
    public static final String WHY = "observed";
    private final List<Node> nodes;
    private final boolean[][] unicast;
    private final boolean[][] broadcast;

    public Observations(List<Node> nodes) {
        this.nodes = List.copyOf(Objects.requireNonNull(nodes, "nodes"));
        int n = nodes.size();
        unicast = new boolean[n][n];
        broadcast = new boolean[n][n];
    }

    public int size() {
        return nodes.size();
    }

    public void unicast(int from, int to) {
        unicast[from][to] = true;
    }

    public void broadcast(int from, int to) {
        broadcast[from][to] = true;
    }

    public boolean hasUnicast(int from, int to) {
        return unicast[from][to];
    }

    public boolean hasBroadcast(int from, int to) {
        return broadcast[from][to];
    }

    /**
     * Every ordered pair of distinct nodes, in node order; ping derived as FORMAT.md defines it (broadcast
     * from-to, unicast to-from, unicast from-to); path empty and why "observed": the kernel gives no reasons.
     */
    public ReachReport report() {
        List<Pair> pairs = new ArrayList<>();
        for (int f = 0; f < nodes.size(); f++) {
            for (int t = 0; t < nodes.size(); t++) {
                if (f == t) {
                    continue;
                }
                boolean ping = broadcast[f][t] && unicast[t][f] && unicast[f][t];
                pairs.add(new Pair(nodes.get(f).id(), nodes.get(t).id(), unicast[f][t], broadcast[f][t], ping, List.of(), WHY));
            }
        }
        return new ReachReport(1, nodes, pairs);
    }
}
