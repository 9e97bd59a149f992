package org.mvtd.app.ui.live.verify;

/** How the lab's observation from the selected node to another node compares with the engine's prediction. */
public enum LabMark {
    /** Every fact (unicast, broadcast, ping) agrees: drawn normally. */
    AGREE("lab-agree"),
    /** At least one fact differs: highlighted with its own glyph. */
    DISAGREE("lab-disagree");

    private final String pseudoClass;

    LabMark(String pseudoClass) {
        this.pseudoClass = pseudoClass;
    }

    public String pseudoClass() {
        return pseudoClass;
    }
}
