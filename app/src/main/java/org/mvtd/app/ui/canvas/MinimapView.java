package org.mvtd.app.ui.canvas;

import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
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
 * It takes at most about a tenth of the canvas (it shrinks with it), and collapses to a small button.
 */
public final class MinimapView extends StackPane {
    private static final PseudoClass COLLAPSED = PseudoClass.getPseudoClass("collapsed");
    private static final double MAX_W = 200;
    private static final double MIN_W = 80;
    private static final double ASPECT = 0.65;
    private static final double PAD = 12;
    private final Canvas canvas = new Canvas(MAX_W, MAX_W * ASPECT);
    private final Rectangle frame = new Rectangle();
    private final Region elementSwatch = new Region();
    private final Region viewportSwatch = new Region();
    private final Pane map;
    private final Button collapse = new Button("\u2013");
    private final Button expand = new Button("Map");
    private final BooleanProperty collapsed = new SimpleBooleanProperty(this, "collapsed");
    private Map<ElementRef, Rectangle2D> boxes = Map.of();
    private Rectangle2D extent = new Rectangle2D(0, 0, 1, 1);
    private Rectangle2D visible = new Rectangle2D(0, 0, 1, 1);
    private double w = MAX_W;
    private double h = MAX_W * ASPECT;
    private double scale = 1;
    private double ox;
    private double oy;

    public MinimapView(Consumer<Point2D> centreOn) {
        getStyleClass().add(Styles.MINIMAP);
        setId("minimap");
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
        map = new StackPane(canvas, over);
        collapse.setId("minimap-collapse");
        collapse.setTooltip(new Tooltip("Hide the overview (the Map button brings it back)"));
        collapse.setOnAction(e -> collapsed.set(true));
        collapse.getStyleClass().add(Styles.MINIMAP_TOGGLE);
        collapse.setFocusTraversable(false);
        StackPane.setAlignment(collapse, Pos.TOP_RIGHT);
        expand.setId("minimap-expand");
        expand.setTooltip(new Tooltip("Show the overview of the whole design"));
        expand.setOnAction(e -> collapsed.set(false));
        expand.getStyleClass().add(Styles.MINIMAP_TOGGLE);
        expand.setFocusTraversable(false);
        getChildren().addAll(elementSwatch, viewportSwatch, map, collapse, expand);
        collapsed.addListener((o, a, b) -> resize());
        canvas.setOnMousePressed(e -> centreOn.accept(toDesign(e.getX(), e.getY())));
        canvas.setOnMouseDragged(e -> centreOn.accept(toDesign(e.getX(), e.getY())));
        // Theme switches restyle the swatches; redraw with the new colours.
        elementSwatch.backgroundProperty().addListener((o, a, b) -> redraw());
        // Its size follows the canvas it floats on.
        parentProperty().addListener((o, a, b) -> {
            if (b instanceof Region p) {
                p.widthProperty().addListener((x, y, z) -> resize());
                p.heightProperty().addListener((x, y, z) -> resize());
            }
        });
        resize();
    }

    /** Whether the user folded the overview away to its small button. */
    public BooleanProperty collapsedProperty() {
        return collapsed;
    }

    private void resize() {
        double pw = getParent() instanceof Region p ? p.getWidth() : 0;
        double ph = getParent() instanceof Region p ? p.getHeight() : 0;
        // About a quarter of the canvas's width and a fifth of its height at most: a tenth of its area or less.
        double fit = pw <= 0 || ph <= 0 ? MAX_W : Math.min(pw * 0.25, ph * 0.2 / ASPECT);
        w = Math.floor(Math.max(MIN_W, Math.min(MAX_W, fit)));
        h = Math.floor(w * ASPECT);
        boolean c = collapsed.get();
        map.setVisible(!c);
        collapse.setVisible(!c);
        expand.setVisible(c);
        map.setManaged(!c);
        collapse.setManaged(!c);
        expand.setManaged(c);
        pseudoClassStateChanged(COLLAPSED, c);
        if (c) {
            setMinSize(USE_PREF_SIZE, USE_PREF_SIZE);
            setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
            setPrefSize(USE_COMPUTED_SIZE, USE_COMPUTED_SIZE);
            return;
        }
        canvas.setWidth(w);
        canvas.setHeight(h);
        map.setMaxSize(w, h);
        setPrefSize(w + PAD, h + PAD);
        setMinSize(w + PAD, h + PAD);
        setMaxSize(w + PAD, h + PAD);
        redraw();
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
        double x1 = Math.min(w, ox + (visible.getMaxX() - extent.getMinX()) * scale);
        double y1 = Math.min(h, oy + (visible.getMaxY() - extent.getMinY()) * scale);
        frame.setX(x0);
        frame.setY(y0);
        frame.setWidth(Math.max(2, x1 - x0));
        frame.setHeight(Math.max(2, y1 - y0));
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        scale = Math.min((w - 8) / extent.getWidth(), (h - 8) / extent.getHeight());
        ox = (w - extent.getWidth() * scale) / 2;
        oy = (h - extent.getHeight() * scale) / 2;
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
