package org.mvtd.model.reach;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.mvtd.model.Design;

/**
 * The kernel-exact reachability engine. It compiles a design once; answers single pairs with path
 * and sentence, whole rows with bit sets, and re-derives after an edit only the devices it touched.
 * Immutable and safe to share between threads.
 */
public final class ReachEngine {
    private final Design design;
    private final Topology topology;
    private final ReachSets sets;
    private final FrameRules rules;
    private final Explainer explainer;

    private ReachEngine(Design design, Topology topology, ReachSets sets) {
        this.design = design;
        this.topology = topology;
        this.sets = sets;
        this.rules = new FrameRules(topology);
        this.explainer = new Explainer(topology);
    }

    public static ReachEngine of(Design design) {
        Objects.requireNonNull(design, "design");
        Topology t = Topology.compile(design);
        return new ReachEngine(design, t, ReachSets.build(t));
    }

    /** An engine for {@code next} that re-derives only the devices whose behaviour the edit changed. */
    public ReachEngine update(Design next) {
        Objects.requireNonNull(next, "next");
        if (next.equals(design)) {
            return this;
        }
        Topology patched = topology.patch(design, next);
        if (patched != null) {
            return new ReachEngine(next, patched, ReachSets.update(topology, sets, patched));
        }
        Topology t = Topology.compile(next);
        if (!t.shape.equals(topology.shape)) {
            return new ReachEngine(next, t, ReachSets.build(t));
        }
        return new ReachEngine(next, t, ReachSets.update(topology, sets, t));
    }

    public Design design() {
        return design;
    }

    /** How many devices the last build or update derived (the others were reused): for tests and benchmarks. */
    public int derivedDevices() {
        return sets.derivedDevices;
    }

    /** The nodes, in a stable order: per host, per device its host stack then its endpoints; then stations. */
    public List<Node> nodes() {
        return topology.nodes;
    }

    public Optional<Integer> indexOf(String nodeId) {
        return Optional.ofNullable(topology.index.get(nodeId));
    }

    private int require(String nodeId) {
        Integer i = topology.index.get(Objects.requireNonNull(nodeId, "nodeId"));
        if (i == null) {
            throw new IllegalArgumentException("no node '" + nodeId + "' in design '" + design.name() + "'");
        }
        return i;
    }

    public boolean unicast(int from, int to) {
        return rules.unicast(from, to).delivered();
    }

    public boolean broadcast(int from, int to) {
        return rules.broadcast(from, to).delivered();
    }

    /** IPv4 ping: the frames of one (ARP request out, reply back, echo out), and on-link addresses where given. */
    public boolean ping(int from, int to) {
        return framesPing(from, to) && topology.addressing.onLink(from, to, false);
    }

    /**
     * IPv6 ping: the same frames, with the Neighbour Solicitation admitted by the target's multicast filter,
     * and on-link IPv6 addresses where given.
     */
    public boolean ping6(int from, int to) {
        return framesPing(from, to) && topology.admitsSolicitedNode(to) && topology.addressing.onLink(from, to, true);
    }

    private boolean framesPing(int from, int to) {
        return broadcast(from, to) && unicast(to, from) && unicast(from, to);
    }

    /** The full one-way facts of one ordered pair, with path and why. */
    public Pair pair(String from, String to) {
        return pair(require(from), require(to));
    }

    public Pair pair(int from, int to) {
        if (from == to) {
            throw new IllegalArgumentException("a pair needs two distinct nodes: " + topology.nodes.get(from).id());
        }
        Reason uni = rules.unicast(from, to);
        Reason bc = rules.broadcast(from, to);
        Reason reply = rules.unicast(to, from);
        boolean frames = bc.delivered() && reply.delivered() && uni.delivered();
        Addressing a = topology.addressing;
        boolean ping = frames && a.onLink(from, to, false);
        boolean ping6 = frames && topology.admitsSolicitedNode(to) && a.onLink(from, to, true);
        List<String> path = explainer.path(from, to, uni.delivered() ? uni : bc);
        String why = explainer.why(from, to, uni, bc, reply);
        if (frames && !ping) {
            why += ", but " + explainer.name(from) + " and " + explainer.name(to)
                    + " have IPv4 addresses that share no prefix, so ping needs a router (none is modelled)";
        }
        return new Pair(topology.nodes.get(from).id(), topology.nodes.get(to).id(), uni.delivered(), bc.delivered(),
                ping, ping6, path, why);
    }

    /** A unicast frame's journey from {@code from} to {@code to}, hop by hop, with the rule at each move. */
    public FrameWalk walkUnicast(String from, String to) {
        int s = require(from);
        int d = require(to);
        if (s == d) {
            throw new IllegalArgumentException("a walk needs two distinct nodes: " + from);
        }
        return new Walker(topology, explainer).unicast(s, d);
    }

    /** A broadcast's journey from {@code from}, fanning out to every receiver at once. */
    public FrameWalk walkBroadcast(String from) {
        return new Walker(topology, explainer).broadcast(require(from));
    }

    /** Fast: whom {@code from} reaches and who reaches it. */
    public ReachRow row(String from) {
        return row(require(from));
    }

    public ReachRow row(int s) {
        Topology t = topology;
        BitSet uniOut = new BitSet(t.n);
        BitSet bcOut = new BitSet(t.n);
        BitSet uniIn = new BitSet(t.n);
        BitSet bcIn = new BitSet(t.n);
        if (t.alive(s)) {
            int seg = t.segOf(s);
            int dev = t.isStation(s) ? -1 : t.nodeDev[s];
            if (seg >= 0) {
                // Across the switch the receive path does not care who sent: whole segments at once.
                uniOut.or(sets.segRxUnicast[seg]);
                bcOut.or(sets.segAlive[seg]);
                bcIn.or(sets.segAlive[seg]);
                if (t.isStation(s) || t.takesUnicastFromWire(s)) {
                    uniIn.or(sets.segAlive[seg]);
                }
                int lo = dev >= 0 ? t.devStart[dev] : s;
                int hi = dev >= 0 ? t.devEnd[dev] : s + 1;
                uniOut.clear(lo, hi);
                bcOut.clear(lo, hi);
                uniIn.clear(lo, hi);
                bcIn.clear(lo, hi);
            }
            if (dev >= 0) {
                // On its own device the source's mode decides: apply the rules pair by pair.
                byRules(s, t.devStart[dev], t.devEnd[dev], uniOut, bcOut, uniIn, bcIn);
            }
        }
        if (t.sources.any) {
            bySourceLists(s, uniOut, bcOut, uniIn, bcIn);
        }
        return new ReachRow(s, t.nodes, uniOut, bcOut, uniIn, bcIn, offLink(s));
    }

    /**
     * Source lists make some receive paths depend on the sender, which the segment sets cannot know: the bits
     * they touch are judged again by the rules (source endpoints as targets, devices whose nodst endpoint takes
     * {@code s}'s frames, and, into a source endpoint or a nodst device, the senders that could be listed).
     */
    private void bySourceLists(int s, BitSet uniOut, BitSet bcOut, BitSet uniIn, BitSet bcIn) {
        Topology t = topology;
        SourceFilters f = t.sources;
        for (int d : f.sourceNodes) {
            if (d != s) {
                uniOut.set(d, rules.unicast(s, d).delivered());
                bcOut.set(d, rules.broadcast(s, d).delivered());
            }
        }
        for (int dev : f.consumingDevices(s)) {
            byRules(s, t.devStart[dev], t.devEnd[dev], uniOut, bcOut, uniIn, bcIn);
        }
        if (f.isSource(s)) {
            byRules(s, 0, t.n, uniOut, bcOut, uniIn, bcIn);
        } else if (!t.isStation(s) && t.nodeDev[s] >= 0 && f.consumesOn(t.nodeDev[s])) {
            for (int i : f.macNodes) {
                if (i != s) {
                    uniIn.set(i, rules.unicast(i, s).delivered());
                    bcIn.set(i, rules.broadcast(i, s).delivered());
                }
            }
        }
    }

    /** Sets the four bits of every node in [lo, hi) other than {@code s} from the rules, pair by pair. */
    private void byRules(int s, int lo, int hi, BitSet uniOut, BitSet bcOut, BitSet uniIn, BitSet bcIn) {
        for (int i = lo; i < hi; i++) {
            if (i != s) {
                uniOut.set(i, rules.unicast(s, i).delivered());
                bcOut.set(i, rules.broadcast(s, i).delivered());
                uniIn.set(i, rules.unicast(i, s).delivered());
                bcIn.set(i, rules.broadcast(i, s).delivered());
            }
        }
    }

    /** The nodes {@code s} cannot ping by IPv4 because their addresses share no prefix. */
    private BitSet offLink(int s) {
        BitSet off = new BitSet();
        Addressing a = topology.addressing;
        if (a.any && a.has(s, false)) {
            for (int i = 0; i < topology.n; i++) {
                if (i != s && !a.onLink(s, i, false)) {
                    off.set(i);
                }
            }
        }
        return off;
    }

    /** Every ordered pair's booleans, from rows: no paths or sentences. */
    public ReachMatrix matrix() {
        int n = topology.n;
        BitSet[] uni = new BitSet[n];
        BitSet[] bc = new BitSet[n];
        BitSet[] ping = new BitSet[n];
        for (int s = 0; s < n; s++) {
            ReachRow r = row(s);
            uni[s] = r.unicastOut();
            bc[s] = r.broadcastOut();
            BitSet p = (BitSet) r.broadcastOut().clone();
            p.and(r.unicastOut());
            p.and(r.unicastIn());
            p.andNot(r.offLink());
            ping[s] = p;
        }
        return new ReachMatrix(topology.nodes, uni, bc, ping);
    }

    /** Every ordered pair of distinct nodes, in node order, without building them all in memory. */
    public void forEachPair(Consumer<Pair> sink) {
        int n = topology.n;
        for (int s = 0; s < n; s++) {
            for (int d = 0; d < n; d++) {
                if (s != d) {
                    sink.accept(pair(s, d));
                }
            }
        }
    }

    /** Every ordered pair of distinct nodes, for {@code reach --json}. */
    public ReachReport report() {
        List<Pair> pairs = new ArrayList<>(Math.max(0, topology.n * (topology.n - 1)));
        forEachPair(pairs::add);
        return new ReachReport(ReachJson.VERSION, topology.nodes, pairs);
    }
}
