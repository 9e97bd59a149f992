package org.mvtd.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a design's drawing carries beyond the network: notes on the canvas and how links are drawn.
 * None of it changes who reaches whom; a design without any writes no {@code notes:} or {@code links:} key.
 */
public record Annotations(List<Note> notes, List<LinkLayout> links) {
    public static final Annotations NONE = new Annotations(List.of(), List.of());

    public Annotations {
        notes = List.copyOf(notes);
        links = List.copyOf(links);
    }

    public boolean isEmpty() {
        return notes.isEmpty() && links.isEmpty();
    }

    public Annotations withNotes(List<Note> n) { return new Annotations(n, links); }
    public Annotations withLinks(List<LinkLayout> l) { return new Annotations(notes, l); }

    /** The layout of the link from {@code from} to {@code to} (element paths), if it has one. */
    public Optional<LinkLayout> link(String from, String to) {
        Objects.requireNonNull(from, "from");
        return links.stream().filter(l -> l.isBetween(from, to)).findFirst();
    }
}
