package org.mvtd.model.fix;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.mvtd.model.Design;

/**
 * One way to make a pair ping: the edit, what it changes, and every ordered pair whose reach changes.
 *
 * @param name      short, e.g. "host shim on eth0"
 * @param changes   the elements changed, each with a description
 * @param edit      the design change, applicable to the design it was computed from
 * @param result    {@code edit} applied to that design (validator-clean): a preview without recomputing
 * @param goalFrom  the pair's {@code from} in {@code result} (a shim fix moves the host stack to the shim)
 * @param goalTo    the pair's {@code to} in {@code result}
 * @param pairs     every ordered pair whose unicast, broadcast or ping changes, goal pairs included
 */
public record Fix(String name, List<Change> changes, UnaryOperator<Design> edit, Design result,
                  String goalFrom, String goalTo, List<PairChange> pairs) {
    public Fix {
        Objects.requireNonNull(name, "name");
        changes = List.copyOf(changes);
        Objects.requireNonNull(edit, "edit");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(goalFrom, "goalFrom");
        Objects.requireNonNull(goalTo, "goalTo");
        pairs = List.copyOf(pairs);
    }

    /** The pairs that change besides the one asked about: isolation lost, or reach lost, elsewhere. */
    public List<PairChange> sideEffects() {
        return pairs.stream().filter(p -> !p.goal()).toList();
    }

    /** {@code edit} applied to {@code design}. */
    public Design apply(Design design) {
        return edit.apply(Objects.requireNonNull(design, "design"));
    }
}
