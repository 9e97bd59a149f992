package org.mvtd.backend.link;

import java.util.List;
import java.util.Objects;

/** What an apply in progress must be able to undo: the before-state of every link it touches. */
public record JournalEntry(String designId, long group, List<LinkSnapshot> before) {
    public JournalEntry {
        Objects.requireNonNull(designId, "designId");
        before = List.copyOf(before);
    }
}
