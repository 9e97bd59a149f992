package org.mvtd.backend.lab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mvtd.model.reach.Pair;
import org.mvtd.model.reach.ReachReport;

/**
 * The engine's prediction, the kernel's observation, and every fact where they differ.
 *
 * @param ping6Unjudged targets whose ping6 was not compared (see {@link ProbeOutcome#filterAdmitted()})
 */
public record LabResult(ReachReport predicted, ReachReport observed, List<Disagreement> disagreements,
                        Set<String> ping6Unjudged) {
    public LabResult {
        Objects.requireNonNull(predicted, "predicted");
        Objects.requireNonNull(observed, "observed");
        disagreements = List.copyOf(disagreements);
        ping6Unjudged = Set.copyOf(ping6Unjudged);
    }

    public boolean agrees() {
        return disagreements.isEmpty();
    }

    /** Compares pair by pair; a pair missing on one side is a disagreement on every fact it would hold. */
    public static LabResult compare(ReachReport predicted, ReachReport observed) {
        return compare(predicted, observed, Set.of());
    }

    /** As {@link #compare(ReachReport, ReachReport)}, leaving out ping6 into the nodes of {@code ping6Unjudged}. */
    public static LabResult compare(ReachReport predicted, ReachReport observed, Set<String> ping6Unjudged) {
        Objects.requireNonNull(predicted, "predicted");
        Objects.requireNonNull(ping6Unjudged, "ping6Unjudged");
        Objects.requireNonNull(observed, "observed");
        Map<String, Pair> seen = index(observed);
        Map<String, Pair> want = index(predicted);
        List<Disagreement> out = new ArrayList<>();
        for (Map.Entry<String, Pair> e : want.entrySet()) {
            Pair p = e.getValue();
            Pair o = seen.get(e.getKey());
            if (o == null) {
                out.add(new Disagreement(p.from(), p.to(), "pair", true, false, "the lab has no such pair"));
                continue;
            }
            check(out, p, "unicast", p.unicast(), o.unicast());
            check(out, p, "broadcast", p.broadcast(), o.broadcast());
            check(out, p, "ping", p.ping(), o.ping());
            if (!ping6Unjudged.contains(p.to())) {
                check(out, p, "ping6", p.ping6(), o.ping6());
            }
        }
        for (Map.Entry<String, Pair> e : seen.entrySet()) {
            if (!want.containsKey(e.getKey())) {
                Pair o = e.getValue();
                out.add(new Disagreement(o.from(), o.to(), "pair", false, true, "the engine has no such pair"));
            }
        }
        return new LabResult(predicted, observed, out, ping6Unjudged);
    }

    private static void check(List<Disagreement> out, Pair p, String fact, boolean predicted, boolean observed) {
        if (predicted != observed) {
            out.add(new Disagreement(p.from(), p.to(), fact, predicted, observed, p.why()));
        }
    }

    private static Map<String, Pair> index(ReachReport r) {
        Map<String, Pair> m = new LinkedHashMap<>();
        r.pairs().forEach(p -> m.put(p.from() + "\u0000" + p.to(), p));
        return m;
    }
}
