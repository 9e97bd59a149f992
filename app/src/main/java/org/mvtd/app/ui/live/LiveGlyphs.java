package org.mvtd.app.ui.live;

import org.mvtd.app.ui.live.board.LiveMark;
import org.mvtd.app.ui.live.connect.ConnectionState;
import org.mvtd.app.ui.live.verify.LabMark;
import org.mvtd.backend.link.StepKind;

/**
 * Live mode's glyphs on the 16-unit grid of the reach marks: every state has its own shape, so nothing
 * is told by colour alone. Even-odd paths, drawn with {@code Glyphs.path}.
 */
public final class LiveGlyphs {
    private LiveGlyphs() {
    }

    /** An arrow up: up with carrier. */
    public static final String UP = "M8 1.5l6 6.5h-3.8v6.5H5.8V8H2z";
    /** A ring crossed by a bar: up but no carrier. */
    public static final String NO_CARRIER = "M8 1.5a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13z M8 3.6a4.4 4.4 0 1 0 0 8.8 4.4 4.4 0 0 0 0-8.8z"
            + "M4.4 7h7.2v2H4.4z";
    /** An arrow down: administratively down. */
    public static final String DOWN = "M8 14.5L2 8h3.8V1.5h4.4V8H14z";
    /** Four corners of an empty frame: missing. */
    public static final String MISSING = "M1.5 1.5h5v2h-3v3h-2z M9.5 1.5h5v5h-2v-3h-3z M1.5 9.5h2v3h3v2h-5z M12.5 9.5h2v5h-5v-2h3z";
    /** Three dots: no state yet. */
    public static final String UNKNOWN = "M2 6.5h3v3H2z M6.5 6.5h3v3h-3z M11 6.5h3v3h-3z";
    /** A lightning bolt: flapping. */
    public static final String FLAP = "M9.6 1L3 9h4.2l-1.4 6L13 7H8.8z";
    /** An exclamation mark in a diamond: the kernel disagrees with the engine. */
    public static final String DISAGREE = "M8 .6L15.4 8 8 15.4.6 8z M7 4h2v5.2H7z M7 10.4h2v2H7z";
    /** A check: the kernel agrees. */
    public static final String AGREE = "M6.4 12.6L2.5 8.7l1.5-1.5 2.4 2.4 5.6-6.2 1.5 1.4z";
    /** A plug: connected. */
    public static final String PLUG = "M5 1.5h2v3h2v-3h2v3h1.5v3.5a4.5 4.5 0 0 1-3.5 4.4v3.1H7v-3.1A4.5 4.5 0 0 1 3.5 8V4.5H5z";
    /** A plus: create. */
    public static final String CREATE = "M7 2h2v5h5v2H9v5H7V9H2V7h5z";
    /** A minus: delete. */
    public static final String DELETE = "M2 7h12v2H2z";
    /** Two arrows in a circle: replace. */
    public static final String REPLACE = "M8 2a6 6 0 0 1 5.6 3.9l1.4-.9-.2 4.2-3.7-2 1.1-.6A4 4 0 0 0 4 8H2a6 6 0 0 1 6-6z"
            + "M2.4 10.1l3.7 2-1.1.6A4 4 0 0 0 12 8h2a6 6 0 0 1-11.6 2.1L1 11z";
    /** A pencil stroke: change a MAC in place. */
    public static final String EDIT = "M11 1.8l3.2 3.2-8.4 8.4H2.6v-3.2z";
    /** A dot in a square: make a device node. */
    public static final String NODE = "M2 2h12v12H2z M4 4v8h8V4z M6.5 6.5h3v3h-3z";

    public static String of(LiveMark m) {
        return switch (m) {
            case UP -> UP;
            case NO_CARRIER -> NO_CARRIER;
            case DOWN -> DOWN;
            case MISSING -> MISSING;
            case UNKNOWN -> UNKNOWN;
        };
    }

    public static String of(LabMark m) {
        return m == LabMark.AGREE ? AGREE : DISAGREE;
    }

    public static String of(StepKind k) {
        return switch (k) {
            case CREATE -> CREATE;
            case DELETE -> DELETE;
            case REPLACE -> REPLACE;
            case SET_ADDRESS, LOWER_ADDRESS -> EDIT;
            case UP -> UP;
            case DOWN -> DOWN;
            case NODE -> NODE;
        };
    }

    public static String of(ConnectionState s) {
        return switch (s) {
            case OFFLINE -> UNKNOWN;
            case CONNECTING -> FLAP;
            case CONNECTED -> PLUG;
            case FAILED -> DISAGREE;
        };
    }
}
