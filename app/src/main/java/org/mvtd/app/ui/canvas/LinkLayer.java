package org.mvtd.app.ui.canvas;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.Polyline;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.app.ui.viewmodel.FxLayout;
import org.mvtd.model.Design;
import org.mvtd.model.LinkLayout;
import org.mvtd.model.Position;
import org.mvtd.model.edit.Elements;
import org.mvtd.model.edit.Link;
import org.mvtd.model.edit.LinkEdits;

/**
 * The links of the drawing: one polyline per link, from the edge of one end's box through the link's bend
 * points to the edge of the other's, and its label at the middle. Keeps the moving picture told where a link
 * changes its look, and answers which link lies under a point.
 */
final class LinkLayer {
    private final MotionImage motion;
    private final Group lines = new Group();
    private final Group labels = new Group();
    private final Map<Link, Polyline> links = new HashMap<>();
    private final Map<Link, Label> labelOf = new HashMap<>();
    private Consumer<Polyline> gone = l -> { };
    private Link selected;

    LinkLayer(MotionImage motion) {
        this.motion = Objects.requireNonNull(motion, "motion");
        lines.setMouseTransparent(true);
        labels.setMouseTransparent(true);
    }

    Group lines() {
        return lines;
    }

    Group labels() {
        return labels;
    }

    Map<Link, Polyline> view() {
        return Collections.unmodifiableMap(links);
    }

    void onGone(Consumer<Polyline> c) {
        gone = Objects.requireNonNull(c, "c");
    }

    /** Brings the lines in step with {@code d} drawn at {@code layout}. */
    void render(Design d, FxLayout layout) {
        Set<Link> seen = new HashSet<>();
        for (Link l : Link.of(d)) {
            seen.add(l);
            Polyline line = links.get(l);
            if (line == null) {
                line = new Polyline();
                line.getStyleClass().addAll(Styles.LINK, switch (l.kind()) {
                    case CABLE -> Styles.LINK_CABLE;
                    case LOWER -> Styles.LINK_LOWER;
                    case NIC -> Styles.LINK_NIC;
                });
                links.put(l, line);
                lines.getChildren().add(line);
                watch(line);
                line.pseudoClassStateChanged(Styles.SELECTED, l.equals(selected));
            }
            Optional<LinkLayout> layoutOf = LinkEdits.layout(d, l);
            List<Double> pts = new ArrayList<>();
            for (Point2D p : points(layout, l, layoutOf.map(LinkLayout::via).orElse(List.of()))) {
                pts.add(p.getX());
                pts.add(p.getY());
            }
            if (!pts.equals(line.getPoints())) {
                line.getPoints().setAll(pts);
            }
            line.pseudoClassStateChanged(Styles.DOWN, Elements.isDown(d, l.a()) || Elements.isDown(d, l.b()));
            label(l, line, layoutOf.map(LinkLayout::label).orElse(null));
        }
        links.entrySet().removeIf(e -> {
            if (!seen.contains(e.getKey())) {
                invalidate(e.getValue());
                lines.getChildren().remove(e.getValue());
                label(e.getKey(), e.getValue(), null);
                gone.accept(e.getValue());
                return true;
            }
            return false;
        });
    }

    private void label(Link l, Polyline line, String text) {
        Label shown = labelOf.get(l);
        if (text == null) {
            if (shown != null) {
                motion.invalidate(shown.getBoundsInParent());
                labels.getChildren().remove(shown);
                labelOf.remove(l);
            }
            return;
        }
        if (shown == null) {
            shown = new Label();
            shown.getStyleClass().add(Styles.LINK_LABEL);
            Label watched = shown;
            shown.boundsInParentProperty().addListener((o, a, b) -> {
                motion.invalidate(a);
                motion.invalidate(b);
            });
            shown.needsLayoutProperty().addListener((o, a, b) -> motion.invalidate(watched.getBoundsInParent()));
            labelOf.put(l, shown);
            labels.getChildren().add(shown);
        }
        shown.setText(text);
        Point2D m = middle(line.getPoints());
        Label placed = shown;
        placed.applyCss();
        double w = placed.prefWidth(-1);
        double h = placed.prefHeight(-1);
        placed.resizeRelocate(m.getX() - w / 2, m.getY() - h / 2, w, h);
    }

    /** The label drawn on {@code l}, or null. */
    Label labelOf(Link l) {
        return labelOf.get(l);
    }

    /** Marks {@code l} (or none) as the selected link. */
    void select(Link l) {
        if (selected != null && links.containsKey(selected)) {
            links.get(selected).pseudoClassStateChanged(Styles.SELECTED, false);
        }
        selected = l;
        if (l != null && links.containsKey(l)) {
            links.get(l).pseudoClassStateChanged(Styles.SELECTED, true);
        }
    }

    /** The points {@code l} is drawn through: its ends on the edges of their boxes, and {@code via} between. */
    static List<Point2D> points(FxLayout layout, Link l, List<Position> via) {
        Rectangle2D ra = layout.bounds(l.a()).orElseThrow();
        Rectangle2D rb = layout.bounds(l.b()).orElseThrow();
        Point2D ca = CanvasLayers.centre(ra);
        Point2D cb = CanvasLayers.centre(rb);
        List<Point2D> out = new ArrayList<>();
        Point2D firstAim = via.isEmpty() ? cb : FxLayout.point(via.get(0));
        Point2D lastAim = via.isEmpty() ? ca : FxLayout.point(via.get(via.size() - 1));
        out.add(CanvasLayers.exit(ra, ca, firstAim));
        via.forEach(p -> out.add(FxLayout.point(p)));
        out.add(CanvasLayers.exit(rb, cb, lastAim));
        return out;
    }

    /** The point halfway along the polyline {@code pts} (x, y pairs). */
    static Point2D middle(List<Double> pts) {
        double total = 0;
        for (int i = 0; i + 3 < pts.size(); i += 2) {
            total += Math.hypot(pts.get(i + 2) - pts.get(i), pts.get(i + 3) - pts.get(i + 1));
        }
        double left = total / 2;
        for (int i = 0; i + 3 < pts.size(); i += 2) {
            double seg = Math.hypot(pts.get(i + 2) - pts.get(i), pts.get(i + 3) - pts.get(i + 1));
            if (seg >= left && seg > 0) {
                double t = left / seg;
                return new Point2D(pts.get(i) + t * (pts.get(i + 2) - pts.get(i)),
                        pts.get(i + 1) + t * (pts.get(i + 3) - pts.get(i + 1)));
            }
            left -= seg;
        }
        return pts.size() >= 2 ? new Point2D(pts.get(0), pts.get(1)) : Point2D.ZERO;
    }

    /** The link whose line passes within {@code tolerance} of {@code p} (the nearest), if any. */
    Optional<Link> linkAt(Point2D p, double tolerance) {
        Link best = null;
        double bestD = tolerance;
        for (var e : links.entrySet()) {
            if (!e.getValue().isVisible()) {
                continue;
            }
            double d = distance(e.getValue().getPoints(), p);
            if (d <= bestD) {
                bestD = d;
                best = e.getKey();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The distance from {@code p} to the polyline {@code pts}. */
    static double distance(List<Double> pts, Point2D p) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i + 3 < pts.size(); i += 2) {
            best = Math.min(best, segmentDistance(pts.get(i), pts.get(i + 1), pts.get(i + 2), pts.get(i + 3), p));
        }
        return best;
    }

    private static double segmentDistance(double x1, double y1, double x2, double y2, Point2D p) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double len = dx * dx + dy * dy;
        double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((p.getX() - x1) * dx + (p.getY() - y1) * dy) / len));
        return Math.hypot(p.getX() - (x1 + t * dx), p.getY() - (y1 + t * dy));
    }

    /** Shows exactly the lines that meet {@code area}. */
    void cullTo(Rectangle2D area) {
        for (Polyline l : links.values()) {
            Rectangle2D b = extent(l.getPoints());
            boolean show = area.intersects(b);
            if (l.isVisible() != show) {
                l.setVisible(show);
            }
        }
    }

    void showAll() {
        links.values().forEach(l -> l.setVisible(true));
    }

    private static Rectangle2D extent(List<Double> pts) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i + 1 < pts.size(); i += 2) {
            minX = Math.min(minX, pts.get(i));
            maxX = Math.max(maxX, pts.get(i));
            minY = Math.min(minY, pts.get(i + 1));
            maxY = Math.max(maxY, pts.get(i + 1));
        }
        return pts.isEmpty() ? Rectangle2D.EMPTY : new Rectangle2D(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    /** Tells the moving picture where {@code l} changes its look: along where it was drawn and where it is now. */
    private void watch(Polyline l) {
        List<Double> drawn = new ArrayList<>(l.getPoints());
        Runnable moved = () -> {
            invalidate(drawn, l.getStrokeWidth());
            drawn.clear();
            drawn.addAll(l.getPoints());
            invalidate(l);
        };
        l.boundsInParentProperty().addListener((o, a, b) -> moved.run());
        l.getPseudoClassStates().addListener((SetChangeListener<PseudoClass>) c -> invalidate(l));
    }

    private void invalidate(Polyline l) {
        invalidate(l.getPoints(), l.getStrokeWidth());
    }

    private void invalidate(List<Double> pts, double width) {
        for (int i = 0; i + 3 < pts.size(); i += 2) {
            motion.invalidateAlong(pts.get(i), pts.get(i + 1), pts.get(i + 2), pts.get(i + 3), Math.max(4, width));
        }
    }
}
