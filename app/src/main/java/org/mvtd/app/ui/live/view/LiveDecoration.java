package org.mvtd.app.ui.live.view;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.shape.SVGPath;
import org.mvtd.app.ui.live.LiveGlyphs;
import org.mvtd.app.ui.live.board.LiveLink;
import org.mvtd.app.ui.live.verify.LabMark;
import org.mvtd.app.ui.theme.Glyphs;
import org.mvtd.app.ui.theme.Styles;

/**
 * The pill on a card's bottom-left corner: the live mark's glyph and word, the flap count, and the lab's
 * agree/disagree glyph. Its colours come from the card's pseudo-classes (live.css).
 */
public final class LiveDecoration extends HBox {
    private final SVGPath glyph = Glyphs.path(LiveGlyphs.UNKNOWN, Styles.LIVE_GLYPH);
    private final Label word = new Label();
    private final SVGPath flapGlyph = Glyphs.path(LiveGlyphs.FLAP, Styles.LIVE_GLYPH);
    private final Label flaps = new Label();
    private final SVGPath lab = Glyphs.path("", Styles.LAB_GLYPH);

    public LiveDecoration() {
        getStyleClass().add(Styles.LIVE_PILL);
        flaps.getStyleClass().add(Styles.LIVE_FLAPS);
        getChildren().addAll(glyph, word, flapGlyph, flaps, lab);
        setMouseTransparent(true);
        show(null, null);
    }

    /** Shows {@code link}'s state (null: not watched) and the lab mark (null: none). */
    public void show(LiveLink link, LabMark labMark) {
        boolean live = link != null;
        glyph.setVisible(live);
        glyph.setManaged(live);
        word.setVisible(live);
        word.setManaged(live);
        if (live) {
            glyph.setContent(LiveGlyphs.of(link.mark()));
            word.setText(shortWord(link));
        }
        boolean flapped = live && link.flaps() > 0;
        flapGlyph.setVisible(flapped);
        flapGlyph.setManaged(flapped);
        flaps.setVisible(flapped);
        flaps.setManaged(flapped);
        flaps.setText(flapped ? Integer.toString(link.flaps()) : "");
        lab.setVisible(labMark != null);
        lab.setManaged(labMark != null);
        lab.setContent(labMark == null ? "" : LiveGlyphs.of(labMark));
        setVisible(live || labMark != null);
        autosize();
    }

    private static String shortWord(LiveLink l) {
        return switch (l.mark()) {
            case UP -> "up";
            case NO_CARRIER -> "no carrier";
            case DOWN -> "down";
            case MISSING -> l.vanished() ? "vanished" : "missing";
            case UNKNOWN -> "\u2026";
        };
    }

    public String word() {
        return word.getText();
    }

    public String flapsText() {
        return flaps.getText();
    }

    public boolean showsLab() {
        return lab.isVisible();
    }

    /** For tests: the glyph shown for the live mark. */
    public String glyphContent() {
        return glyph.getContent();
    }
}
