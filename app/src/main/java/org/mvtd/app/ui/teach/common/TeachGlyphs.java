package org.mvtd.app.ui.teach.common;

/** Vector glyphs of the teaching views, on a 16-unit grid like the reach marks. */
public final class TeachGlyphs {
    private TeachGlyphs() {
    }

    /** A frame in flight: an envelope. */
    public static final String FRAME = "M1.5 3.5h13v9h-13z M2.9 4.6L8 8.6l5.1-4z M2.7 11.4l3.9-3.5 1.4 1.1 1.4-1.1 3.9 3.5z";
    /** Where a frame ends without reaching anyone: a prohibition sign. */
    public static final String DROP = "M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1z M3.9 5.3A5 5 0 0 0 10.7 12.1z M5.3 3.9l6.8 6.8A5 5 0 0 0 5.3 3.9z";
    /** A tick (completed lessons). */
    public static final String CHECK = "M6.4 12.6L2.5 8.7l1.5-1.5 2.4 2.4 5.6-6.2 1.5 1.4z";
}
