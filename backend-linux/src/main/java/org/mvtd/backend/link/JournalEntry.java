package org.mvtd.backend.link;

import java.util.List;
import java.util.Objects;

/**
 * What an apply in progress must be able to undo: the before-state of every link it touches.
 *
 * @param uid the caller the apply ran for: whose tap-node directory its nodes are in
 */
public record JournalEntry(String designId, long group, List<LinkSnapshot> before, int uid) {
    public JournalEntry {
        Objects.requireNonNull(designId, "designId");
        before = List.copyOf(before);
        if (uid < 0) {
            throw new IllegalArgumentException("uid " + uid + " is negative");
        }
    }
}
