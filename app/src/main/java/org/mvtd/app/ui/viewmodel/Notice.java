package org.mvtd.app.ui.viewmodel;

import java.util.Objects;
import javafx.geometry.Point2D;

/**
 * A short message for the user. A refusal carries the design point where the gesture was attempted,
 * so the canvas can explain it right there.
 */
public record Notice(String text, Point2D where, boolean refusal) {
    public Notice {
        Objects.requireNonNull(text, "text");
    }

    public static Notice info(String text) {
        return new Notice(text, null, false);
    }

    public static Notice refusal(String text, Point2D where) {
        return new Notice(text, where, true);
    }
}
