package org.mvtd.app.ui.canvas;

import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.mvtd.app.ui.controls.WrappingStrip;
import org.mvtd.app.ui.theme.Glyphs;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.app.ui.viewmodel.IpFamily;
import org.mvtd.app.ui.viewmodel.ReachColouring;
import org.mvtd.app.ui.viewmodel.ReachMark;

/**
 * The always-visible key to the reach marks: each colour with its glyph and words, one slim strip that
 * wraps into two or three lines on a narrow canvas rather than cutting the words.
 */
public final class LegendView extends WrappingStrip {
    private final Label title = new Label();
    private HBox invalidRow; // shown only while some mark says "invalid design"

    public LegendView() {
        super(14);
        getStyleClass().add(Styles.LEGEND);
        title.getStyleClass().add(Styles.LEGEND_TITLE);
        getChildren().add(title);
        for (ReachMark m : ReachMark.values()) {
            if (m != ReachMark.SOURCE) {
                HBox row = row(m);
                getChildren().add(row);
                if (m == ReachMark.INVALID) {
                    invalidRow = row;
                }
            }
        }
        setMouseTransparent(true);
        show(ReachColouring.NONE);
    }

    private static HBox row(ReachMark m) {
        Label l = new Label(m.label());
        HBox row = new HBox(6, badge(m), l);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add(Styles.LEGEND_ROW);
        row.pseudoClassStateChanged(Styles.mark(m), true);
        return row;
    }

    /**
     * The canvas's badge of {@code m} (disc and glyph), coloured by an enclosing legend row; {@link #markBadge}
     * gives one that colours itself, for other views that speak of the same marks.
     */
    private static Group badge(ReachMark m) {
        return MarkBadge.of(9, Glyphs.path(Glyphs.of(m), Styles.BADGE_GLYPH));
    }

    /** The canvas's badge of {@code m}, for lessons and other views: same glyph, same colour. */
    public static Node markBadge(ReachMark m) {
        HBox b = new HBox(badge(m));
        b.getStyleClass().add(Styles.LEGEND_ROW);
        b.pseudoClassStateChanged(Styles.mark(m), true);
        b.setId("mark-" + m.pseudoClass());
        return b;
    }

    public void show(ReachColouring c) {
        title.setText(c.active() ? (c.family() == IpFamily.IPV6 ? "IPv6 reach from " : "Reach from ") + c.sourceNode() + ":"
                : "Select a node to see whom it reaches:");
        boolean invalid = c.marks().containsValue(ReachMark.INVALID);
        invalidRow.setVisible(invalid);
        invalidRow.setManaged(invalid);
    }

    public String titleText() {
        return title.getText();
    }
}
