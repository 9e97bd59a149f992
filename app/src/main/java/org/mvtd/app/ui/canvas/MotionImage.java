package org.mvtd.app.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * Stands a picture of the drawing in for the drawing while a large design is panned or zoomed.
 *
 * <p>The software pipeline needs far longer than a frame to draw thousands of cards, and even to scale one
 * viewport-sized image. So the drawing is kept as opaque tiles of pixels (canvas colour and grid included) and a
 * pan or zoom only puts tiles together into one viewport-sized picture per frame ({@link MotionFrame}). Tiles are
 * drawn where the drawing is hidden, so drawing one costs only what it shows: on a gesture's first step (what is
 * missing), one a frame where the view reaches beyond the tiles or a new level of tiles has begun (the zoom went
 * too far from the tiles' own), and after the gesture, tile by tile, until the view and a margin around it are
 * ready; only then does the live drawing come back. At rest the tiles stay valid (pans reuse them) and are
 * forgotten area by area as the drawing changes; after a second without input, if a gesture would start by drawing
 * several tiles, one snapshot prepares them all (every snapshot repaints the whole window, so one, not many).
 * Small designs draw fast enough and never use any of this.
 */
final class MotionImage {
    /** Below this many elements the live drawing keeps up with every frame. */
    static final int MIN_ELEMENTS = 250;
    /** The tiles prepared for a view reach this share of the viewport's larger side beyond each side. */
    static final double MARGIN = 0.25;
    /** Zooming in past this factor over the tiles' own scale starts a new level, before they look coarse. */
    static final double MAX_UPSCALE = 1.3;
    /** Zooming out past this factor starts a new level, before the tiles would be needed by the hundred. */
    static final double MAX_DOWNSCALE = 1 / 1.5;
    /** At most this many tiles a level (each holds 256 KB). */
    static final int MAX_TILES = 120;
    /** A gesture that would start by drawing at least this many tiles is prepared for while the user is idle. */
    static final int IDLE_MIN_MISSING = 4;
    private static final Duration REST = Duration.millis(250);
    private static final Duration IDLE = Duration.seconds(1);

    private enum State {
        /** The live drawing is shown. */
        LIVE,
        /** A gesture runs: its steps move the picture. */
        GESTURE,
        /** The gesture is over; the picture, already exact, completes its tiles before the live drawing returns. */
        SETTLING
    }

    private final MotionSource drawing;
    private final TilePainter painter;
    private final ImageView view = new ImageView();
    private final MotionFrame frame = new MotionFrame(view);
    private final List<TileLevel> levels = new ArrayList<>(); // oldest first, at most two
    private final PauseTransition rest = new PauseTransition(REST);
    private final PauseTransition idle = new PauseTransition(IDLE);
    private final AnimationTimer settler = new AnimationTimer() {
        @Override
        public void handle(long now) {
            settleOne();
        }
    };
    private State state = State.LIVE;
    private boolean shown;
    private double scale = 1;
    private double tx;
    private double ty;

    MotionImage(MotionSource drawing) {
        this.drawing = Objects.requireNonNull(drawing, "drawing");
        this.painter = new TilePainter(drawing);
        view.setManaged(false);
        view.setMouseTransparent(true);
        view.setVisible(false);
        rest.setOnFinished(e -> settle());
        idle.setOnFinished(e -> prepareWhileIdle());
    }

    /** The node showing the picture; the canvas puts it just below the drawing. */
    ImageView view() {
        return view;
    }

    /** Whether the picture stands in for the drawing (or is about to, in a gesture). */
    boolean moving() {
        return state != State.LIVE;
    }

    /** A pan or zoom gesture is running (or continues). */
    void start() {
        rest.stop();
        idle.stop();
        if (state == State.SETTLING) {
            settler.stop();
            state = State.GESTURE;
        } else if (state == State.LIVE && big() && drawing.viewport().getScene() != null) {
            state = State.GESTURE;
        }
    }

    /** The gesture may be over: settle unless another step comes soon. */
    void settleLater() {
        if (state == State.GESTURE) {
            rest.playFromStart();
        }
    }

    /** Input at rest: the user is not idle, so no snapshot now. */
    void touch() {
        if (state == State.LIVE && idle.getStatus() == Animation.Status.RUNNING) {
            idle.playFromStart();
        }
    }

    /**
     * Follows the view to scale {@code s} and pan (x, y).
     *
     * @return whether the picture stands in for the drawing (the caller then skips its own culling)
     */
    boolean follow(double s, double x, double y) {
        scale = s;
        tx = x;
        ty = y;
        if (state == State.SETTLING) {
            live(); // a view change at rest (keys, fit, minimap): the live drawing shows it
            return false;
        }
        if (state == State.LIVE) {
            restingAt();
            return false;
        }
        double p = pixels();
        TileLevel newest = newest();
        double k = newest == null ? 0 : s / newest.scale();
        if (newest == null || newest.pixels() != p || k > MAX_UPSCALE || k < MAX_DOWNSCALE) {
            newest = addLevel(new TileLevel(s, x, y, p));
        }
        List<long[]> missing = missing(newest, 0);
        // The first frame is complete (normally nothing is missing); later ones fill in one tile each.
        int paint = shown ? Math.min(1, missing.size()) : missing.size();
        for (int i = 0; i < paint; i++) {
            painter.paintHidden(newest, missing.get(i), scale, tx, ty);
        }
        show(paint == missing.size());
        return true;
    }

    /** Back to the live drawing now (a click, an edit, an export). */
    void stop() {
        rest.stop();
        if (state != State.LIVE) {
            live();
        }
    }

    /** The drawing changed in design area {@code b}: tiles showing it are drawn again. */
    void invalidate(Bounds b) {
        if (b == null || b.isEmpty() || levels.isEmpty()) {
            return;
        }
        // A pixel more on each side: antialiased edges reach into the next pixel.
        Rectangle2D a = new Rectangle2D(b.getMinX() - 1 / scale, b.getMinY() - 1 / scale, b.getWidth() + 2 / scale,
                b.getHeight() + 2 / scale);
        for (TileLevel l : levels) {
            l.forget(a);
        }
        changed();
    }

    private void changed() {
        if (state == State.SETTLING) {
            live(); // the change must show now
        } else if (state == State.LIVE) {
            idleAgain();
        }
    }

    /** The drawing changed along the line (x1, y1)-(x2, y2), {@code width} design units wide. */
    void invalidateAlong(double x1, double y1, double x2, double y2, double width) {
        if (levels.isEmpty()) {
            return;
        }
        for (TileLevel l : levels) {
            l.forgetAlong(x1, y1, x2, y2, width / 2 + 1 / scale);
        }
        changed();
    }

    /** The whole drawing changed (a theme, say). */
    void invalidateAll() {
        levels.clear();
        if (state == State.SETTLING) {
            live();
        } else if (state == State.LIVE) {
            restingAt();
        }
    }

    /**
     * The design area the live drawing must show at rest: the viewport and the margin the tiles are prepared for,
     * or null when the design is small enough not to need tiles.
     */
    Rectangle2D restArea() {
        TileLevel l = newest();
        if (state != State.LIVE || l == null || !big()) {
            return null;
        }
        TileLevel.TileRange t = l.rangeOf(area(margin()));
        Rectangle2D a = l.designArea((int) t.c0(), (int) t.r0());
        Rectangle2D b = l.designArea((int) t.c1(), (int) t.r1());
        return new Rectangle2D(a.getMinX(), a.getMinY(), b.getMaxX() - a.getMinX(), b.getMaxY() - a.getMinY());
    }

    /** For tests: how many tiles the view at rest still lacks, so a gesture would start by drawing them. */
    int missingAtRest() {
        TileLevel l = newest();
        return l == null ? -1 : missing(l, margin()).size();
    }

    /** For tests: how many tiles have been drawn so far. */
    long tilesPainted() {
        return painter.painted();
    }

    /** For tests: how many snapshots of the drawing have been taken so far. */
    long snapshots() {
        return painter.snapshots();
    }

    // ------------------------------------------------------------------ states

    /** The gesture's steps stopped: complete the picture for this view, then bring the live drawing back. */
    private void settle() {
        if (state != State.GESTURE) {
            return;
        }
        if (!shown) {
            live();
            return;
        }
        state = State.SETTLING;
        TileLevel newest = newest();
        if (newest == null || !newest.matches(scale, tx, ty, pixels())) {
            addLevel(new TileLevel(scale, tx, ty, pixels())); // exact at rest; the older level fills in meanwhile
        }
        settler.start();
    }

    /** One tile per pulse: the FX thread stays free for input between tiles. */
    private void settleOne() {
        TileLevel l = newest();
        if (state != State.SETTLING || l == null) {
            settler.stop();
            return;
        }
        List<long[]> missing = missing(l, margin());
        if (missing.isEmpty()) {
            live();
            return;
        }
        painter.paintHidden(l, missing.get(0), scale, tx, ty);
        show(missing(l, 0).isEmpty());
    }

    private void live() {
        rest.stop();
        settler.stop();
        state = State.LIVE;
        if (shown) {
            shown = false;
            view.setVisible(false);
            frame.release();
        }
        restingAt(); // before the live drawing culls to the prepared area
        drawing.standIn(false);
    }

    /** The view is at rest: keep the level that shows it pixel for pixel (or start one). */
    private void restingAt() {
        if (!big()) {
            levels.clear();
            idle.stop();
            return;
        }
        TileLevel newest = newest();
        if (newest == null || !newest.matches(scale, tx, ty, pixels())) {
            levels.clear();
            levels.add(new TileLevel(scale, tx, ty, pixels()));
        } else if (levels.size() > 1) {
            levels.subList(0, levels.size() - 1).clear();
        }
        idleAgain();
    }

    private void idleAgain() {
        // Once per burst: a recolour reports thousands of changes in one go.
        if (idle.getStatus() != Animation.Status.RUNNING || idle.getCurrentTime().toMillis() > 10) {
            idle.playFromStart();
        }
    }

    /** A second without input or change: if a gesture would start by drawing several tiles, draw them now. */
    private void prepareWhileIdle() {
        TileLevel l = newest();
        if (state != State.LIVE || l == null || !big() || drawing.viewport().getScene() == null
                || missing(l, 0).size() < IDLE_MIN_MISSING) {
            return;
        }
        List<long[]> missing = missing(l, margin());
        long c0 = Long.MAX_VALUE;
        long r0 = Long.MAX_VALUE;
        long c1 = Long.MIN_VALUE;
        long r1 = Long.MIN_VALUE;
        for (long[] t : missing) {
            c0 = Math.min(c0, t[0]);
            r0 = Math.min(r0, t[1]);
            c1 = Math.max(c1, t[0]);
            r1 = Math.max(r1, t[1]);
        }
        painter.paintLive(l, new TileLevel.TileRange(c0, r0, c1, r1), tx, ty);
    }

    // ------------------------------------------------------------------ pictures

    private TileLevel newest() {
        return levels.isEmpty() ? null : levels.get(levels.size() - 1);
    }

    private TileLevel addLevel(TileLevel l) {
        levels.add(l);
        if (levels.size() > 2) {
            levels.remove(0);
        }
        return l;
    }

    /** Shows the current view put together from the tiles; {@code complete}: the newest level covers it. */
    private void show(boolean complete) {
        Region v = drawing.viewport();
        frame.show(levels, complete, drawing.backdrop(), scale, tx, ty, v.getWidth(), v.getHeight(), pixels());
        if (!shown) {
            shown = true;
            drawing.standIn(true);
            view.setVisible(true);
        }
    }

    private boolean big() {
        Region v = drawing.viewport();
        return drawing.elements() >= MIN_ELEMENTS && v.getWidth() > 0 && v.getHeight() > 0;
    }

    private double pixels() {
        var scene = drawing.viewport().getScene();
        return scene == null || scene.getWindow() == null ? 1 : scene.getWindow().getOutputScaleX();
    }

    private double margin() {
        Region v = drawing.viewport();
        return MARGIN * Math.max(v.getWidth(), v.getHeight());
    }

    /** The design area of the viewport with {@code m} viewport units more on each side, at the current view. */
    private Rectangle2D area(double m) {
        Region v = drawing.viewport();
        return new Rectangle2D((-m - tx) / scale, (-m - ty) / scale, (v.getWidth() + 2 * m) / scale,
                (v.getHeight() + 2 * m) / scale);
    }

    /** Tiles of {@code l} meeting the viewport plus margin {@code m} that are not drawn yet, central ones first. */
    private List<long[]> missing(TileLevel l, double m) {
        List<long[]> out = new ArrayList<>();
        for (long[] t : l.rangeOf(area(m)).byDistanceFromCentre()) {
            if (!l.has((int) t[0], (int) t[1])) {
                out.add(t);
            }
        }
        return out;
    }
}
