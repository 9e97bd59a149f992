package org.mvtd.app.ui;

import java.util.List;
import java.util.OptionalDouble;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;

/**
 * Where the main window opens: its remembered (or default) size shrunk to the screen it lands on, and wholly on
 * that screen. A size saved on a large monitor would otherwise open a window whose menu bar and edges lie off a
 * laptop's screen.
 */
record WindowPlace(double x, double y, double width, double height) {
    /** On the screen holding the saved corner, or centred on the primary screen when that is on no screen now. */
    static WindowPlace onScreen(double width, double height, OptionalDouble x, OptionalDouble y) {
        var saved = x.isPresent() && y.isPresent()
                ? Screen.getScreensForRectangle(x.getAsDouble(), y.getAsDouble(), 100, 100) : List.<Screen>of();
        return saved.isEmpty()
                ? fit(width, height, OptionalDouble.empty(), OptionalDouble.empty(), Screen.getPrimary().getVisualBounds())
                : fit(width, height, x, y, saved.get(0).getVisualBounds());
    }

    static WindowPlace fit(double width, double height, OptionalDouble x, OptionalDouble y, Rectangle2D screen) {
        double w = Math.min(width, screen.getWidth());
        double h = Math.min(height, screen.getHeight());
        if (x.isEmpty() || y.isEmpty()) {
            return new WindowPlace(screen.getMinX() + (screen.getWidth() - w) / 2,
                    screen.getMinY() + (screen.getHeight() - h) / 2, w, h);
        }
        return new WindowPlace(clamp(x.getAsDouble(), screen.getMinX(), screen.getMaxX() - w),
                clamp(y.getAsDouble(), screen.getMinY(), screen.getMaxY() - h), w, h);
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, max));
    }
}
