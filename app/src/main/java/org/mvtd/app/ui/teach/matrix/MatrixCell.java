package org.mvtd.app.ui.teach.matrix;

import org.mvtd.app.ui.viewmodel.ReachMark;
import org.mvtd.model.reach.Verdict;

/** What one ordered pair can do, in the matrix's words (also the CSV's), with the mark for colour and glyph. */
public enum MatrixCell {
    PING("ping", ReachMark.PING),
    UNICAST_ONLY("unicast only", ReachMark.UNICAST_ONLY),
    ONE_WAY("one way", ReachMark.ONE_WAY),
    NONE("none", ReachMark.NONE),
    DOWN("down", ReachMark.DOWN),
    /** The diagonal: a node and itself. */
    SELF("-", ReachMark.SOURCE);

    private final String word;
    private final ReachMark mark;

    MatrixCell(String word, ReachMark mark) {
        this.word = word;
        this.mark = mark;
    }

    public String word() { return word; }
    public ReachMark mark() { return mark; }

    public static MatrixCell of(Verdict v) {
        return switch (v) {
            case PING -> PING;
            case UNICAST_ONLY -> UNICAST_ONLY;
            case ONE_WAY -> ONE_WAY;
            case NONE -> NONE;
        };
    }
}
