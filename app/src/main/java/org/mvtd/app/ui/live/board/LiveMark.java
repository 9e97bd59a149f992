package org.mvtd.app.ui.live.board;

import java.util.Locale;
import org.mvtd.backend.monitor.LinkState;

/**
 * What the overlay says about one link, from operstate and carrier the way the kernel reports them.
 * Each mark has its own glyph and pseudo-class, so it never relies on colour alone.
 */
public enum LiveMark {
    /** Administratively up with carrier: frames flow. */
    UP("up", "up, carrier"),
    /** Up but without carrier (lower device down, cable out): operstate lowerlayerdown or no LOWER_UP. */
    NO_CARRIER("no-carrier", "up, no carrier"),
    /** Administratively down. */
    DOWN("admin-down", "down"),
    /** No link of that name on the machine. */
    MISSING("missing", "missing"),
    /** Not reported yet. */
    UNKNOWN("unknown", "waiting for state");

    private final String pseudoClass;
    private final String label;

    LiveMark(String pseudoClass, String label) {
        this.pseudoClass = pseudoClass;
        this.label = label;
    }

    /** The pseudo-class on the skin: {@code :live-up}, {@code :live-missing}... */
    public String pseudoClass() {
        return "live-" + pseudoClass;
    }

    public String label() {
        return label;
    }

    /** The mark for a reported state. */
    public static LiveMark of(LinkState s) {
        if (!s.present()) {
            return MISSING;
        }
        if (!s.adminUp()) {
            return DOWN;
        }
        String op = s.operstate().toLowerCase(Locale.ROOT);
        if (!s.carrier() || op.equals("lowerlayerdown") || op.equals("down")) {
            return NO_CARRIER;
        }
        return UP;
    }
}
