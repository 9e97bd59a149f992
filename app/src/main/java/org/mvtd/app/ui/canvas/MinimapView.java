package org.mvtd.app.ui.canvas;

import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Background;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Rectangle;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.model.edit.ElementKind;
import org.mvtd.model.edit.ElementRef;

/**
 * An overview of the whole design with the visible part framed; click or drag in it to look elsewhere.
 * Drawn on a canvas for speed; its colours come from two styled swatch regions, so the theme still decides.
 */
public final class MinimapView extends StackPane {
    private static final double W = 200;
    private static final double H = 130;
    private final Canvas canvas = new Canvas(W, H);
    private final Rectangle frame = new Rectangle();
    private final Region elementSwatch = new Region();
    private final Region viewportSwatch = new Region();
    private Map<ElementRef, Rectangle2D> boxes = Map.of();
    private Rectangle2D extent = new Rectangle2D(0, 0, 1, 1);
    private Rectangle2D visible = new Rectangle2D(0, 0, 1, 1);
    private double scale = 1;
    private double ox;
    private double oy;

    public MinimapView(Consumer<Point2D> centreOn) {
        getStyleClass().add(Styles.MINIMAP);
        elementSwatch.getStyleClass().add(Styles.MINIMAP_ELEMENT);
        viewportSwatch.getStyleClass().add(Styles.MINIMAP_VIEWPORT);
        for (Region r : new Region[] {elementSwatch, viewportSwatch}) {
            r.setManaged(false);
            r.setVisible(false);
        }
        frame.getStyleClass().add(Styles.MINIMAP_VIEWPORT);
        frame.setManaged(false);
        frame.setMouseTransparent(true);
        Pane over = new Pane(frame);
        over.setMouseTransparent(true);
        over.setMaxSize(W, H);
        getChildren().addAll(elementSwatch, viewportSwatch, canvas, over);
        setMaxSize(W + 12, H + 12);
        setMinSize(W + 12, H + 12);
        canvas.setOnMousePressed(e -> centreOn.accept(toDesign(e.getX(), e.getY())));
        canvas.setOnMouseDragged(e -> centreOn.accept(toDesign(e.getX(), e.getY())));
        // Theme switches restyle the swatches; redraw with the new colours.
        elementSwatch.backgroundProperty().addListener((o, a, b) -> redraw());

    }

    private Point2D toDesign(double x, double y) {
        return new Point2D((x - ox) / scale + extent.getMinX(), (y - oy) / scale + extent.getMinY());
    }

    /**
     * Shows {@code all} boxes within {@code ext}, framing {@code view} (all in design units). The boxes are
     * redrawn only when the design changed; panning and zooming move the frame alone.
     */
    public void show(Map<ElementRef, Rectangle2D> all, Rectangle2D ext, Rectangle2D view) {
        visible = view;
        if (all != boxes || !ext.equals(extent)) {
            boxes = all;
            extent = new Rectangle2D(ext.getMinX(), ext.getMinY(), Math.max(1, ext.getWidth()), Math.max(1, ext.getHeight()));
            redraw();
        } else {
            placeFrame();
        }
    }

    private void placeFrame() {
        double x0 = Math.max(0, ox + (visible.getMinX() - extent.getMinX()) * scale);
        double y0 = Math.max(0, oy + (visible.getMinY() - extent.getMinY()) * scale);
        double x1 = Math.min(W, ox + (visible.getMaxX() - extent.getMinX()) * scale);
        double y1 = Math.min(H, oy + (visible.getMaxY() - extent.getMinY()) * scale);
        frame.setX(x0);
        frame.setY(y0);
        frame.setWidth(Math.max(2, x1 - x0));
        frame.setHeight(Math.max(2, y1 - y0));
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, W, H);
        scale = Math.min((W - 8) / extent.getWidth(), (H - 8) / extent.getHeight());
        ox = (W - extent.getWidth() * scale) / 2;
        oy = (H - extent.getHeight() * scale) / 2;
        Paint fill = fillOf(elementSwatch, Color.GRAY);
        for (var e : boxes.entrySet()) {
            Rectangle2D b = e.getValue();
            g.setFill(fill);
            g.setGlobalAlpha(e.getKey().kind() == ElementKind.HOST ? 0.35 : 0.9);
            g.fillRect(ox + (b.getMinX() - extent.getMinX()) * scale, oy + (b.getMinY() - extent.getMinY()) * scale,
                    Math.max(1, b.getWidth() * scale), Math.max(1, b.getHeight() * scale));
        }
        g.setGlobalAlpha(1);
        placeFrame();
    }

    private static Paint fillOf(Region r, Paint fallback) {
        Background b = r.getBackground();
        return b == null || b.getFills().isEmpty() ? fallback : b.getFills().get(0).getFill();
    }

}
