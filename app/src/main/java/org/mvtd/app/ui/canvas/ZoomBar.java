package org.mvtd.app.ui.canvas;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.mvtd.app.ui.theme.Styles;

/** The canvas's zoom buttons and the zoom in percent; the buttons never take the keyboard focus from the canvas. */
final class ZoomBar extends HBox {
    ZoomBar(ReadOnlyDoubleProperty zoom, Runnable out, Runnable in, Runnable fit) {
        super(4);
        Objects.requireNonNull(zoom, "zoom");
        Button minus = button("\u2212", "Zoom out (Ctrl+-)", Objects.requireNonNull(out, "out"));
        Label pct = new Label();
        pct.textProperty().bind(zoom.multiply(100).asString("%.0f%%"));
        pct.setMinWidth(48);
        pct.setAlignment(Pos.CENTER);
        Button plus = button("+", "Zoom in (Ctrl+=)", Objects.requireNonNull(in, "in"));
        Button all = button("Fit", "Fit the design in the window (Ctrl+0)", Objects.requireNonNull(fit, "fit"));
        getChildren().addAll(minus, pct, plus, all);
        setAlignment(Pos.CENTER);
        getStyleClass().add(Styles.ZOOM_BAR);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        for (Button b : List.of(minus, plus, all)) {
            b.setFocusTraversable(false);
        }
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
