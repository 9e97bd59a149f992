package org.mvtd.app.ui.canvas;

import javafx.scene.Group;
import javafx.scene.shape.Circle;
import javafx.scene.shape.SVGPath;
import org.mvtd.app.ui.theme.Styles;

/** A reach badge: a disc the theme colours by mark, with the mark's 16-unit glyph centred on the group's origin. */
final class MarkBadge {
    private MarkBadge() {
    }

    static Group of(double radius, SVGPath glyph) {
        Circle disc = new Circle(radius);
        disc.getStyleClass().add(Styles.BADGE);
        glyph.setLayoutX(-8);
        glyph.setLayoutY(-8);
        Group badge = new Group(disc, glyph);
        badge.setMouseTransparent(true);
        return badge;
    }
}
