package org.mvtd.app.ui.viewmodel;

import java.util.Locale;
import org.mvtd.model.reach.Verdict;

/** What a node shows relative to the selected one; each has a colour token and a glyph. */
public enum ReachMark {
    SOURCE("selected", "the node whose reach is shown"),
    PING("ping both ways", "ARP, replies and data get through in both directions"),
    UNICAST_ONLY("unicast only", "frames pass both ways but broadcasts do not, so ARP fails: only static neighbours work"),
    ONE_WAY("one way", "frames pass in one direction only"),
    NONE("nothing", "no frame arrives either way"),
    DOWN("down", "the interface or its lower device is down"),
    /** A validation error names the node (or the pair): the helper refuses such a design, so no verdict holds. */
    INVALID("invalid design", "a validation error names this node: fix it before trusting any reach");

    private final String label;
    private final String meaning;

    ReachMark(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() { return label; }
    public String meaning() { return meaning; }

    /** The CSS pseudo-class a skin carries for this mark: {@code reach-ping}, ..., and {@code unreachable} for NONE. */
    public String pseudoClass() {
        return this == NONE ? "unreachable" : "reach-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ReachMark of(Verdict v) {
        return switch (v) {
            case PING -> PING;
            case UNICAST_ONLY -> UNICAST_ONLY;
            case ONE_WAY -> ONE_WAY;
            case NONE -> NONE;
        };
    }
}
