package org.mvtd.app.ui.canvas;

import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.layout.StackPane;

/** Where the legend and the minimap float on the canvas: bottom left and bottom right, never over each other. */
final class CanvasCorners {
    private static final double GAP = 12;

    private CanvasCorners() {
    }

    static void arrange(LegendView legend, MinimapView minimap) {
        StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
        StackPane.setAlignment(minimap, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(minimap, new Insets(GAP));
        // The legend wraps short of the minimap while the minimap shows.
        InvalidationListener room = o -> StackPane.setMargin(legend, new Insets(GAP,
                GAP + (minimap.isVisible() ? minimap.getWidth() + GAP : 0), GAP, GAP));
        minimap.visibleProperty().addListener(room);
        minimap.widthProperty().addListener(room);
        room.invalidated(null);
    }
}
