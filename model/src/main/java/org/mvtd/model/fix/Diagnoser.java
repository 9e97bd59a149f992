package org.mvtd.model.fix;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mvtd.model.Design;
import org.mvtd.model.reach.Node;
import org.mvtd.model.reach.Pair;
import org.mvtd.model.reach.ReachEngine;
import org.mvtd.model.reach.ReachMatrix;

/**
 * Quick fixes: for a pair that cannot ping, searches candidate edits (a host shim, vepa + hairpin, a
 * mode change, bringing things up; alone, then in twos when no single edit works), keeps those that
 * pass the validator and make the pair ping under the engine, and lists every ordered pair each one
 * changes. Fewest side effects first, then the smallest change.
 */
public final class Diagnoser {
    /** Fewest side effects, then fewest elements changed, then name: a stable order a UI can show as is. */
    private static final Comparator<Fix> ORDER = Comparator.comparingInt((Fix f) -> f.sideEffects().size())
            .thenComparingInt(f -> f.changes().size())
            .thenComparing(Fix::name);

    private Diagnoser() {
    }

    /** Diagnoses {@code from} -> {@code to} (node ids) in {@code design}. */
    public static Diagnosis diagnose(Design design, String from, String to) {
        return diagnose(ReachEngine.of(Objects.requireNonNull(design, "design")), from, to);
    }

    /**
     * Diagnoses {@code from} -> {@code to} with an engine already built for the design (the designer has one),
     * so only the candidates' devices are re-derived.
     *
     * @throws IllegalArgumentException naming the node when either is not in the design, or both are the same
     */
    public static Diagnosis diagnose(ReachEngine engine, String from, String to) {
        Objects.requireNonNull(engine, "engine");
        Pair pair = engine.pair(Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"));
        if (pair.ping()) {
            return new Diagnosis(pair, List.of());
        }
        Node a = engine.nodes().get(engine.indexOf(from).orElseThrow());
        Node b = engine.nodes().get(engine.indexOf(to).orElseThrow());
        List<Candidates.Candidate> singles = Candidates.singles(engine.design(), a, b);
        ReachMatrix before = engine.matrix();
        // A design with errors already: only a whole validation can say a candidate leaves none.
        boolean validBefore = Scope.noErrors(engine.design());
        List<Fix> fixes = new ArrayList<>();
        for (Candidates.Candidate c : singles) {
            fix(engine, before, validBefore, c, from, to).ifPresent(fixes::add);
        }
        if (fixes.isEmpty()) {
            // No one idea is enough (e.g. a down guest that is also private): try every two of them.
            for (int i = 0; i < singles.size(); i++) {
                for (int j = i + 1; j < singles.size(); j++) {
                    Candidates.Candidate both = singles.get(i).and(singles.get(j));
                    if (both != null) {
                        fix(engine, before, validBefore, both, from, to).ifPresent(fixes::add);
                    }
                }
            }
        }
        fixes.sort(ORDER);
        return new Diagnosis(pair, fixes);
    }

    private static Optional<Fix> fix(ReachEngine engine, ReachMatrix before, boolean validBefore,
                                     Candidates.Candidate c, String from, String to) {
        Design result = c.edit().apply(engine.design());
        if (result.equals(engine.design())) {
            return Optional.empty();
        }
        // The engine first: an update costs a fraction of a millisecond, validating the whole design several,
        // and most candidates fail here.
        ReachEngine next = engine.update(result);
        String goalFrom = c.renamed().getOrDefault(from, from);
        String goalTo = c.renamed().getOrDefault(to, to);
        Optional<Integer> s = next.indexOf(goalFrom);
        Optional<Integer> d = next.indexOf(goalTo);
        if (s.isEmpty() || d.isEmpty() || !next.ping(s.get(), d.get())
                || !(validBefore ? Scope.editIsValid(engine.design(), result) : Scope.noErrors(result))) {
            return Optional.empty();
        }
        List<PairChange> pairs = diff(before, next.matrix(), c.renamed(), goalFrom, goalTo);
        return Optional.of(new Fix(c.name(), c.changes(), c.edit(), result, goalFrom, goalTo, pairs));
    }

    /** Every ordered pair whose one-way facts differ between the matrices, nodes matched by id through {@code renamed}. */
    static List<PairChange> diff(ReachMatrix before, ReachMatrix after, Map<String, String> renamed,
                                 String goalFrom, String goalTo) {
        Map<String, Integer> beforeIndex = new HashMap<>();
        List<Node> bn = before.nodes();
        for (int i = 0; i < bn.size(); i++) {
            beforeIndex.put(renamed.getOrDefault(bn.get(i).id(), bn.get(i).id()), i);
        }
        List<Node> an = after.nodes();
        int[] old = new int[an.size()];
        boolean identity = an.size() == bn.size();
        boolean[] kept = new boolean[bn.size()];
        for (int i = 0; i < an.size(); i++) {
            old[i] = beforeIndex.getOrDefault(an.get(i).id(), -1);
            identity &= old[i] == i;
            if (old[i] >= 0) {
                kept[old[i]] = true;
            }
        }
        List<PairChange> out = new ArrayList<>();
        for (int s = 0; s < an.size(); s++) {
            // Same nodes in the same order (most fixes): only the bits that differ need a look.
            BitSet look = identity ? xor(before, after, s) : null;
            for (int d = identity ? look.nextSetBit(0) : 0; d >= 0 && d < an.size();
                 d = identity ? look.nextSetBit(d + 1) : d + 1) {
                if (d == s) {
                    continue;
                }
                if (old[s] < 0 || old[d] < 0) {
                    Reach r = reach(after, s, d);
                    if (any(r)) {
                        out.add(change(an.get(s).id(), an.get(d).id(), null, r, goalFrom, goalTo));
                    }
                } else if (identity || differs(before, old[s], old[d], after, s, d)) {
                    out.add(change(an.get(s).id(), an.get(d).id(), reach(before, old[s], old[d]), reach(after, s, d),
                            goalFrom, goalTo));
                }
            }
        }
        // A node the fix removes takes its reach with it: those pairs are changes too.
        for (int g = 0; g < bn.size(); g++) {
            if (kept[g]) {
                continue;
            }
            for (int x = 0; x < bn.size(); x++) {
                if (x != g && any(reach(before, g, x))) {
                    out.add(change(bn.get(g).id(), bn.get(x).id(), reach(before, g, x), null, goalFrom, goalTo));
                }
                if (x != g && kept[x] && any(reach(before, x, g))) {
                    out.add(change(bn.get(x).id(), bn.get(g).id(), reach(before, x, g), null, goalFrom, goalTo));
                }
            }
        }
        return out;
    }

    private static boolean differs(ReachMatrix before, int bs, int bd, ReachMatrix after, int s, int d) {
        return before.unicast(bs, bd) != after.unicast(s, d) || before.broadcast(bs, bd) != after.broadcast(s, d)
                || before.ping(bs, bd) != after.ping(s, d);
    }

    private static BitSet xor(ReachMatrix before, ReachMatrix after, int s) {
        BitSet x = (BitSet) before.unicast()[s].clone();
        x.xor(after.unicast()[s]);
        BitSet b = (BitSet) before.broadcast()[s].clone();
        b.xor(after.broadcast()[s]);
        x.or(b);
        BitSet p = (BitSet) before.ping()[s].clone();
        p.xor(after.ping()[s]);
        x.or(p);
        return x;
    }

    private static PairChange change(String from, String to, Reach before, Reach after, String goalFrom, String goalTo) {
        boolean goal = from.equals(goalFrom) && to.equals(goalTo) || from.equals(goalTo) && to.equals(goalFrom);
        return new PairChange(from, to, before, after, goal);
    }

    private static Reach reach(ReachMatrix m, int s, int d) {
        return new Reach(m.unicast(s, d), m.broadcast(s, d), m.ping(s, d), m.unicast(d, s));
    }

    private static boolean any(Reach r) {
        return r.unicast() || r.broadcast();
    }
}
