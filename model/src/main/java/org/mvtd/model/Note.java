package org.mvtd.model;

import java.util.Objects;

/**
 * A text box on the canvas: layout only, no meaning for the network.
 *
 * @param text  what it says (may span lines)
 * @param at    its top-left corner in design units
 * @param width its width in design units, or null for the default
 */
public record Note(String text, Position at, Double width) {
    /** The width a note without one is drawn at. */
    public static final double DEFAULT_WIDTH = 180;

    public Note {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
        if (width != null && !(width > 0 && Double.isFinite(width))) {
            throw new IllegalArgumentException("note width must be a positive number: " + width);
        }
    }

    public Note withText(String t) { return new Note(t, at, width); }
    public Note withAt(Position p) { return new Note(text, p, width); }

    /** The width it is drawn at. */
    public double shownWidth() {
        return width == null ? DEFAULT_WIDTH : width;
    }
}
