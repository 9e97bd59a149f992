package org.mvtd.app.ui.live.view;

import javafx.scene.control.Label;
import org.mvtd.app.ui.controls.WrappingStrip;
import org.mvtd.app.ui.live.LiveGlyphs;
import org.mvtd.app.ui.live.board.LiveMark;
import org.mvtd.app.ui.theme.Glyphs;
import org.mvtd.app.ui.theme.Styles;

/** What the state pills mean, shown on the canvas while live mode watches links; wraps on a narrow canvas. */
public final class LiveLegend extends WrappingStrip {
    public LiveLegend() {
        super(12);
        getStyleClass().addAll(Styles.LEGEND, Styles.LIVE_LEGEND);
        setId("live-legend");
        Label title = new Label("Live:");
        title.getStyleClass().add(Styles.LEGEND_TITLE);
        getChildren().add(title);
        for (LiveMark m : new LiveMark[] {LiveMark.UP, LiveMark.NO_CARRIER, LiveMark.DOWN, LiveMark.MISSING}) {
            Label row = new Label(m.label(), Glyphs.path(LiveGlyphs.of(m), Styles.LIVE_GLYPH));
            row.getStyleClass().add(Styles.LEGEND_ROW);
            row.pseudoClassStateChanged(Styles.pseudo(m.pseudoClass()), true);
            getChildren().add(row);
        }
        Label flap = new Label("flaps (count)", Glyphs.path(LiveGlyphs.FLAP, Styles.LIVE_GLYPH));
        flap.getStyleClass().addAll(Styles.LEGEND_ROW, Styles.LIVE_FLAPS);
        getChildren().add(flap);
        setMouseTransparent(true);
    }
}
