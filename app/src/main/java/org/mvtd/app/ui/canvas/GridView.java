package org.mvtd.app.ui.canvas;

import java.util.function.DoubleConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Background;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.mvtd.app.ui.theme.Styles;

/**
 * The snap grid, drawn for the visible area only (a design-sized grid node would cost the software
 * renderer a full-design fill every frame). Its colour comes from a styled swatch, so the theme decides.
 */
final class GridView extends Pane {
    private final Canvas canvas = new Canvas();
    private final Region swatch = new Region();
    private double scale = 1;
    private double tx;
    private double ty;

    GridView() {
        swatch.getStyleClass().add(Styles.GRID);
        swatch.setManaged(false);
        swatch.setVisible(false);
        getChildren().addAll(swatch, canvas);
        setMouseTransparent(true);
        swatch.backgroundProperty().addListener((o, a, b) -> redraw());
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            redraw();
        }
    }

    /** Shows the grid for view scale {@code s} and pan (tx, ty). */
    void show(double s, double x, double y) {
        scale = s;
        tx = x;
        ty = y;
        redraw();
    }

    /** The lines' colour, as the theme styles it. */
    Paint lineColour() {
        Background b = swatch.getBackground();
        return b == null || b.getFills().isEmpty() ? Color.LIGHTGRAY : b.getFills().get(0).getFill();
    }

    /**
     * Calls {@code line} with each viewport coordinate in [from, to) where a grid line starts along one axis,
     * for view scale {@code s} and pan {@code offset} on that axis. Each line covers the one-pixel column (or
     * row) {@code floor(coordinate)}. The moving picture draws its grid by this same rule.
     */
    static void lines(double s, double offset, double from, double to, DoubleConsumer line) {
        double step = CanvasViewModel.GRID * s;
        while (step < 8) {
            step *= 5; // fewer lines when zoomed out: a dense grid is noise and costs time
        }
        double first = ((offset % step) + step) % step;
        for (long i = (long) Math.ceil((from - first) / step - 1); ; i++) {
            double at = first + i * step;
            if (at >= to) {
                return;
            }
            if (Math.floor(at) + 1 > from) {
                line.accept(at);
            }
        }
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        g.setFill(lineColour());
        // One-pixel rectangles rather than stroked lines: the software pipeline fills those without a rasteriser pass.
        lines(scale, tx, 0, w, x -> g.fillRect(Math.floor(x), 0, 1, h));
        lines(scale, ty, 0, h, y -> g.fillRect(0, Math.floor(y), w, 1));
    }
}
