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
}
