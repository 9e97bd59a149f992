package org.mvtd.app.ui.canvas;

import javafx.scene.text.Text;

/**
 * Level of detail: an element's name in large type, shown only when the canvas is zoomed far out (the
 * {@code :far} pseudo-class hides the card's small title and subtitle then). Shrunk to the card's width when
 * the name is long, so neighbours' names never run into one another.
 */
final class FarName {
    static final String STYLE = "mvtd-far-name";

    private final Text text = new Text();
    private double room = Double.MAX_VALUE;

    FarName() {
        text.getStyleClass().add(STYLE);
        text.setMouseTransparent(true);
        text.layoutBoundsProperty().addListener((o, a, b) -> fit()); // the font comes with the style sheet
    }

    Text node() {
        return text;
    }

    void setName(String name) {
        text.setText(name);
    }

    /** The width the name may take (design units). */
    void setRoom(double width) {
        room = Math.max(1, width);
        fit();
    }

    private void fit() {
        double w = text.getLayoutBounds().getWidth();
        double s = w > room ? room / w : 1;
        text.setScaleX(s);
        text.setScaleY(s);
    }
}
