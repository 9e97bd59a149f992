package org.mvtd.app.ui.canvas;

import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.mvtd.app.ui.theme.Styles;

/** A short message floating over the canvas beside the point it is about (a refused gesture), gone after a few seconds or a click. */
public final class Toast {
    private final Region viewport;
    private final Label label = new Label();
    private final PauseTransition timer = new PauseTransition(Duration.seconds(6));

    Toast(Region viewport) {
        this.viewport = Objects.requireNonNull(viewport, "viewport");
        label.getStyleClass().add(Styles.TOAST);
        label.setWrapText(true);
        label.setMaxWidth(340);
        label.setVisible(false);
        label.setManaged(false);
        label.setOnMouseClicked(e -> label.setVisible(false));
        timer.setOnFinished(e -> label.setVisible(false));
    }

    /** The label shown (its text and visibility are what the user sees). */
    public Label label() {
        return label;
    }

    /** Shows {@code text} just below-right of viewport point {@code p} (the top centre when null), mirrored where the viewport ends. */
    void show(String text, Point2D p) {
        label.setText(text);
        label.autosize();
        Point2D at = p == null ? new Point2D(viewport.getWidth() / 2, 40) : p;
        double x = at.getX() + 12 + label.getWidth() <= viewport.getWidth() - 8 ? at.getX() + 12 : at.getX() - 12 - label.getWidth();
        double y = at.getY() + 12 + label.getHeight() <= viewport.getHeight() - 8 ? at.getY() + 12 : at.getY() - 12 - label.getHeight();
        label.relocate(Math.max(8, x), Math.max(8, y));
        label.setVisible(true);
        label.toFront();
        timer.playFromStart();
    }
}
