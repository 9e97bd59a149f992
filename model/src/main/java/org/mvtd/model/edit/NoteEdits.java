package org.mvtd.model.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.mvtd.model.Design;
import org.mvtd.model.Note;
import org.mvtd.model.Position;

/** Edits of the notes on the canvas; a note is named by its index in the design's list. */
public final class NoteEdits {
    private NoteEdits() {
    }

    /** {@code d} with a new note saying {@code text} at {@code at}; it is the last one. */
    public static Design add(Design d, String text, Position at) {
        List<Note> notes = new ArrayList<>(d.annotations().notes());
        notes.add(new Note(text, at, null));
        return d.withAnnotations(d.annotations().withNotes(notes));
    }

    public static Design setText(Design d, int index, String text) {
        return edit(d, index, n -> n.withText(text));
    }

    public static Design moveTo(Design d, int index, Position at) {
        return edit(d, index, n -> n.withAt(at));
    }

    public static Design delete(Design d, int index) {
        List<Note> notes = new ArrayList<>(d.annotations().notes());
        notes.remove(index);
        return d.withAnnotations(d.annotations().withNotes(notes));
    }

    private static Design edit(Design d, int index, UnaryOperator<Note> e) {
        List<Note> notes = new ArrayList<>(d.annotations().notes());
        notes.set(index, e.apply(notes.get(index)));
        return d.withAnnotations(d.annotations().withNotes(notes));
    }
}
