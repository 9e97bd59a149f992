package org.mvtd.app.ui.canvas;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import javafx.animation.PauseTransition;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.transform.Affine;
import javafx.scene.transform.Scale;
import javafx.util.Duration;

/**
 * Stands a picture of the drawing in for the drawing while a large design is panned or zoomed.
 *
 * <p>The software pipeline needs far longer than a frame to draw thousands of cards, but moving or scaling one
 * picture is a blit. So the first step of a gesture draws the visible area plus a margin once, later steps
 * only move (and while zooming, scale) that picture, and a new one is drawn only when the view leaves it or
 * has zoomed in so far that it would look soft. A short rest after the gesture brings the live drawing back,
 * so what stands still is always drawn exactly. Small designs draw fast enough and never use it.
 */
final class MotionImage {
    /** Below this many elements the live drawing keeps up with every frame. */
    static final int MIN_ELEMENTS = 250;
    /** Each side of the picture reaches this share of the viewport beyond it, so pans do not redraw at once. */
    private static final double MARGIN = 0.25;
    /** Zooming in past this factor over the picture's own scale redraws it, before it looks soft. */
    private static final double MAX_UPSCALE = 1.25;
    private static final Duration REST = Duration.millis(250);

    private final Node world;
    private final Region viewport;
    private final Consumer<Rectangle2D> cullTo;
    private final Runnable cullToView;
    private final IntSupplier elements;
    private final ImageView view = new ImageView();
    private final Affine placement = new Affine();
    private final PauseTransition rest = new PauseTransition(REST);
    private boolean moving;
    private boolean shown;
    // The view the picture was drawn at, and the viewport rectangle (with margins) it covers.
    private double shotScale;
    private double shotX;
    private double shotY;
    private double marginX;
    private double marginY;
    private double shotW;
    private double shotH;

    /**
     * @param world      the untransformed parent of the drawing (its coordinates are the viewport's)
     * @param viewport   the clipped area the drawing is seen through
     * @param cullTo     shows what meets a design-space rectangle and hides the rest
     * @param cullToView the normal culling for the current view
     * @param elements   how many elements the design has now
     */
    MotionImage(Node world, Region viewport, Consumer<Rectangle2D> cullTo, Runnable cullToView, IntSupplier elements) {
        this.world = Objects.requireNonNull(world, "world");
        this.viewport = Objects.requireNonNull(viewport, "viewport");
        this.cullTo = Objects.requireNonNull(cullTo, "cullTo");
        this.cullToView = Objects.requireNonNull(cullToView, "cullToView");
        this.elements = Objects.requireNonNull(elements, "elements");
        view.setManaged(false);
        view.setMouseTransparent(true);
        view.setVisible(false);
        view.setSmooth(true);
        view.getTransforms().add(placement);
        rest.setOnFinished(e -> stop());
    }

    /** The node showing the picture; the canvas puts it just below the drawing. */
    ImageView view() {
        return view;
    }

    /** A pan or zoom gesture is running (or continues). */
    void start() {
        rest.stop();
        if (!moving && elements.getAsInt() >= MIN_ELEMENTS && viewport.getWidth() > 0 && viewport.getHeight() > 0
                && viewport.getScene() != null) {
            moving = true;
        }
    }

    /** The gesture may be over: back to the live drawing unless another step comes soon. */
    void settleLater() {
        if (moving) {
            rest.playFromStart();
        }
    }

    /**
     * Follows the view to scale {@code s} and pan (tx, ty), drawing a new picture when needed.
     *
     * @return whether the picture stands in for the drawing (the caller then skips its own culling)
     */
    boolean follow(double s, double tx, double ty) {
        if (!moving) {
            return false;
        }
        double k = s / shotScale;
        double ox = tx - k * (marginX + shotX);
        double oy = ty - k * (marginY + shotY);
        boolean covers = shown && k <= MAX_UPSCALE && ox <= 0 && oy <= 0
                && ox + k * shotW >= viewport.getWidth() && oy + k * shotH >= viewport.getHeight();
        if (!covers) {
            draw(s, tx, ty);
            k = 1;
            ox = -marginX;
            oy = -marginY;
        }
        if (k == 1) {
            // Pans move by whole pixels: keep the picture on the pixel grid (a plain copy, no resampling).
            ox = snap(ox);
            oy = snap(oy);
        }
        placement.setToTransform(k, 0, ox, 0, k, oy);
        return true;
    }

    /** Back to the live drawing now (a click, an edit, an export, or the rest after a gesture). */
    void stop() {
        rest.stop();
        if (!moving) {
            return;
        }
        moving = false;
        if (shown) {
            shown = false;
            view.setVisible(false);
            view.setImage(null);
            world.setVisible(true);
            cullToView.run();
        }
    }

    private static double snap(double v) {
        double r = Math.rint(v);
        return Math.abs(v - r) < 1e-3 ? r : v;
    }

    private void draw(double s, double tx, double ty) {
        double w = viewport.getWidth();
        double h = viewport.getHeight();
        marginX = Math.ceil(w * MARGIN);
        marginY = Math.ceil(h * MARGIN);
        shotW = w + 2 * marginX;
        shotH = h + 2 * marginY;
        shotScale = s;
        shotX = tx;
        shotY = ty;
        cullTo.accept(new Rectangle2D((-marginX - tx) / s, (-marginY - ty) / s, shotW / s, shotH / s));
        world.setVisible(true);
        double pixels = viewport.getScene().getWindow() == null ? 1 : viewport.getScene().getWindow().getOutputScaleX();
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.TRANSPARENT);
        p.setTransform(new Scale(pixels, pixels));
        p.setViewport(new Rectangle2D(-marginX * pixels, -marginY * pixels, shotW * pixels, shotH * pixels));
        WritableImage reuse = view.getImage() instanceof WritableImage old
                && old.getWidth() == Math.ceil(shotW * pixels) && old.getHeight() == Math.ceil(shotH * pixels) ? old : null;
        WritableImage shot = world.snapshot(p, reuse);
        view.setImage(shot);
        view.setFitWidth(shotW);
        view.setFitHeight(shotH);
        world.setVisible(false);
        view.setVisible(true);
        shown = true;
    }
}
