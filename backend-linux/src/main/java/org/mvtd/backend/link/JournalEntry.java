package org.mvtd.backend.link;

import java.util.List;
import java.util.Objects;

/**
 * What an apply in progress must be able to undo: the before-state of every link it touches.
 *
 * @param uid          the user the apply was for: the uid in the aliases it writes
 * @param ifindexFloor the highest ifindex in the dump the plan was made from: every link the apply creates gets a
 *                     higher one (the kernel numbers new links upwards), so an undo deletes a link it finds without
 *                     its alias only when its ifindex is above this floor; 0 when unknown (then it never does)
 */
public record JournalEntry(String designId, long group, List<LinkSnapshot> before, int uid, int ifindexFloor) {
    public JournalEntry {
        Objects.requireNonNull(designId, "designId");
        before = List.copyOf(before);
    }
}
