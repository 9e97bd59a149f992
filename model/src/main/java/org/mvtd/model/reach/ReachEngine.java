package org.mvtd.model.reach;

import java.util.List;
import java.util.Optional;
import org.mvtd.model.Design;

/** The kernel-exact reachability engine. (API fixed; implementation in progress.) */
public final class ReachEngine {
    private ReachEngine() {
    }

    public static ReachEngine of(Design design) {
        throw new IllegalStateException("engine not built yet");
    }

    /** The nodes, in a stable order: per host, per device its host stack then its endpoints; then stations. */
    public List<Node> nodes() { throw new IllegalStateException(); }

    public Optional<Integer> indexOf(String nodeId) { throw new IllegalStateException(); }

    /** The full one-way facts of one ordered pair, with path and why. */
    public Pair pair(String from, String to) { throw new IllegalStateException(); }

    /** Fast: whom {@code from} reaches and who reaches it. */
    public ReachRow row(String from) { throw new IllegalStateException(); }

    /** Every ordered pair of distinct nodes, for {@code reach --json}. */
    public ReachReport report() { throw new IllegalStateException(); }

    /** An engine for {@code next} that re-derives only what the edit changed. */
    public ReachEngine update(Design next) { throw new IllegalStateException(); }
}
