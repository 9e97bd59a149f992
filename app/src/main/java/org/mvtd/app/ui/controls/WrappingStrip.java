package org.mvtd.app.ui.controls;

import javafx.geometry.Pos;
import javafx.scene.layout.FlowPane;

/**
 * A strip of legend items that is one line when there is room and wraps into more lines when its
 * container is narrower, so no item is ever cut to "...".
 */
public class WrappingStrip extends FlowPane {
    public WrappingStrip(double gap) {
        super(gap, 4);
        setAlignment(Pos.CENTER_LEFT);
        setRowValignment(javafx.geometry.VPos.CENTER);
        // Preferred: everything on one line; the container's width, if smaller, makes it wrap.
        setPrefWrapLength(4000);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    }

    @Override
    protected double computePrefWidth(double height) {
        double w = snappedLeftInset() + snappedRightInset();
        var kids = getManagedChildren();
        for (int i = 0; i < kids.size(); i++) {
            w += kids.get(i).prefWidth(-1) + (i == 0 ? 0 : getHgap());
        }
        return w;
    }
}
