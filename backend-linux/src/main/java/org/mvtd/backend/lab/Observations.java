package org.mvtd.backend.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mvtd.model.reach.Node;
import org.mvtd.model.reach.Pair;
import org.mvtd.model.reach.ReachJson;
import org.mvtd.model.reach.ReachReport;

/**
 * The deliveries one probe run saw, as matrices over node indices, and their reach report. Pure.
 */
public final class Observations {
    public static final String WHY = "observed";
    private final List<Node> nodes;
    private final boolean[][] unicast;
    private final boolean[][] broadcast;
    private final boolean[][] solicitation;

    public Observations(List<Node> nodes) {
        this.nodes = List.copyOf(Objects.requireNonNull(nodes, "nodes"));
        int n = nodes.size();
        unicast = new boolean[n][n];
        broadcast = new boolean[n][n];
        solicitation = new boolean[n][n];
    }

    /** A Neighbour Solicitation from {@code from} for {@code to}'s address reached {@code to}'s user. */
    public void solicitation(int from, int to) {
        solicitation[from][to] = true;
    }

    public boolean hasSolicitation(int from, int to) {
        return solicitation[from][to];
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
     * from-to, unicast to-from, unicast from-to) and ping6 likewise with the Neighbour Solicitation in place
     * of the ARP request (the echo's unicast legs take the same frames' path whatever the family); path
     * empty and why "observed": the kernel gives no reasons.
     */
    public ReachReport report() {
        List<Pair> pairs = new ArrayList<>();
        for (int f = 0; f < nodes.size(); f++) {
            for (int t = 0; t < nodes.size(); t++) {
                if (f == t) {
                    continue;
                }
                boolean both = unicast[t][f] && unicast[f][t];
                pairs.add(new Pair(nodes.get(f).id(), nodes.get(t).id(), unicast[f][t], broadcast[f][t],
                        broadcast[f][t] && both, solicitation[f][t] && both, List.of(), WHY));
            }
        }
        return new ReachReport(ReachJson.VERSION, nodes, pairs);
    }
}
