package org.mvtd.app.ui.canvas;

import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.mvtd.app.ui.theme.Glyphs;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.app.ui.viewmodel.ReachColouring;
import org.mvtd.app.ui.viewmodel.ReachMark;

/** The always-visible key to the reach marks, one slim strip: each colour with its glyph and words. */
public final class LegendView extends HBox {
    private final Label title = new Label();
    private HBox invalidRow; // shown only while some mark says "invalid design"

    public LegendView() {
        super(14);
        getStyleClass().add(Styles.LEGEND);
        setAlignment(Pos.CENTER_LEFT);
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
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        show(ReachColouring.NONE);
    }

    private static HBox row(ReachMark m) {
        Group badge = MarkBadge.of(9, Glyphs.path(Glyphs.of(m), Styles.BADGE_GLYPH));
        Label l = new Label(m.label());
        HBox row = new HBox(6, badge, l);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add(Styles.LEGEND_ROW);
        row.pseudoClassStateChanged(Styles.mark(m), true);
        return row;
    }

    public void show(ReachColouring c) {
        title.setText(c.active() ? "Reach from " + c.sourceNode() + ":" : "Select a node to see whom it reaches:");
        boolean invalid = c.marks().containsValue(ReachMark.INVALID);
        invalidRow.setVisible(invalid);
        invalidRow.setManaged(invalid);
    }

    public String titleText() {
        return title.getText();
    }
}
