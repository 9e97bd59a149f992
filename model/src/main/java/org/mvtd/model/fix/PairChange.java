package org.mvtd.model.fix;

import java.util.Objects;

/**
 * An ordered pair whose reach a fix changes. Node ids are those of the fixed design; a node the fix
 * renames (the host stack moving onto a shim) is matched with its old id.
 *
 * @param before the pair before the fix; null when a node of the pair is new
 * @param after  the pair after the fix; null when a node of the pair is gone
 * @param goal   this is the pair (either direction) the fix was searched for, not a side effect
 */
public record PairChange(String from, String to, Reach before, Reach after, boolean goal) {
    public PairChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (before == null && after == null) {
            throw new IllegalArgumentException("a pair change needs a before or an after: " + from + " -> " + to);
        }
    }

    /** Something arrives after the fix that did not before: for a side effect, isolation lost. */
    public boolean opens() {
        return after != null && (before == null || after.unicast() && !before.unicast()
                || after.broadcast() && !before.broadcast() || after.ping() && !before.ping());
    }

    /** Something that arrived before the fix no longer does: for a side effect, reach lost. */
    public boolean closes() {
        return before != null && (after == null || before.unicast() && !after.unicast()
                || before.broadcast() && !after.broadcast() || before.ping() && !after.ping());
    }

    /** What this change costs as a side effect: "isolation lost", "reach lost", "changes both ways"; empty for a goal pair. */
    public String effect() {
        if (goal) {
            return "";
        }
        if (opens() && closes()) {
            return "changes both ways";
        }
        return closes() ? "reach lost" : "isolation lost";
    }
}
