package org.mvtd.app.ui.canvas;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Polyline;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.app.ui.viewmodel.Explanation;
import org.mvtd.model.edit.Link;

/**
 * Why the hovered element is (or is not) reached: the explanation's card beside the element, its path's
 * elements and links marked on the drawing, and the target marked as such.
 */
public final class WhyCard {
    private final CanvasView canvas;
    private final Pane viewport;
    private final Region legend;
    private final Map<ElementRef, ElementSkin> skins;
    private final Map<Link, Polyline> links;
    private final Label card = new Label();
    private final Set<ElementRef> onPath = new HashSet<>();
    private final Set<Polyline> linesOnPath = new HashSet<>();
    private ElementRef hoverTarget;

    /** {@code skins} and {@code links} are the canvas's live maps; the card only reads them. */
    WhyCard(CanvasView canvas, Pane viewport, Region legend, Map<ElementRef, ElementSkin> skins, Map<Link, Polyline> links) {
        this.canvas = Objects.requireNonNull(canvas, "canvas");
        this.viewport = Objects.requireNonNull(viewport, "viewport");
        this.legend = Objects.requireNonNull(legend, "legend");
        this.skins = Objects.requireNonNull(skins, "skins");
        this.links = Objects.requireNonNull(links, "links");
        card.getStyleClass().addAll(Styles.TOAST, "mvtd-why");
        card.setWrapText(true);
        card.setMaxWidth(380);
        card.setVisible(false);
        card.setManaged(false);
        card.setMouseTransparent(true);
    }

    /** The card's label; the canvas floats it above the drawing. */
    /** The card (its text is the explanation the user reads). */
    public Label label() {
        return card;
    }

    /** Hides the card (the view moved away from where it was placed); the path stays marked. */
    void hide() {
        if (card.isVisible()) {
            card.setVisible(false);
        }
    }

    /** The canvas dropped link line {@code l}: it is no longer on any path. */
    void forget(Polyline l) {
        linesOnPath.remove(l);
    }

    /** Shows {@code x}, or nothing when null. */
    void show(Explanation x) {
        // Only what differs from the last path changes: a repaint of the large design costs what changed.
        markTarget(x == null ? null : x.target());
        markPath(x == null ? List.of() : x.path());
        if (x == null) {
            card.setVisible(false);
            return;
        }
        card.setText(x.text());
        Rectangle2D b = canvas.currentLayout().bounds(x.target()).orElse(null);
        if (b != null) {
            // Beside the hovered element (right, else left), so it never hides the element or its mark.
            card.autosize();
            Point2D right = canvas.designToViewport(new Point2D(b.getMaxX(), b.getMinY()));
            Point2D left = canvas.designToViewport(new Point2D(b.getMinX(), b.getMinY()));
            double wx = right.getX() + 14 + card.getWidth() < viewport.getWidth() - 4 ? right.getX() + 14
                    : Math.max(4, left.getX() - 14 - card.getWidth());
            double floor = viewport.getHeight() - legend.getHeight() - 28; // stay clear of the legend strip
            double wy = Math.max(4, Math.min(right.getY() - 6, floor - card.getHeight()));
            card.relocate(wx, wy);
            card.setVisible(true);
        }
    }

    private void markTarget(ElementRef target) {
        if (Objects.equals(target, hoverTarget)) {
            return;
        }
        if (hoverTarget != null && skins.containsKey(hoverTarget)) {
            skins.get(hoverTarget).setHoverTarget(false);
        }
        if (target != null && skins.containsKey(target)) {
            skins.get(target).setHoverTarget(true);
        }
        hoverTarget = target;
    }

    private void markPath(List<ElementRef> hops) {
        Set<ElementRef> path = new HashSet<>();
        Set<Polyline> lines = new HashSet<>();
        for (ElementRef r : hops) {
            if (skins.containsKey(r)) {
                path.add(r);
            }
        }
        for (int i = 0; i + 1 < hops.size(); i++) {
            Polyline l = lineBetween(hops.get(i), hops.get(i + 1));
            if (l != null) {
                lines.add(l);
            }
        }
        for (ElementRef r : onPath) {
            if (!path.contains(r) && skins.containsKey(r)) {
                skins.get(r).setOnPath(false);
            }
        }
        for (ElementRef r : path) {
            if (!onPath.contains(r)) {
                skins.get(r).setOnPath(true);
            }
        }
        onPath.clear();
        onPath.addAll(path);
        for (Polyline l : linesOnPath) {
            if (!lines.contains(l)) {
                l.pseudoClassStateChanged(Styles.ON_PATH, false);
            }
        }
        for (Polyline l : lines) {
            if (!linesOnPath.contains(l)) {
                l.pseudoClassStateChanged(Styles.ON_PATH, true);
            }
        }
        linesOnPath.clear();
        linesOnPath.addAll(lines);
    }

    private Polyline lineBetween(ElementRef a, ElementRef b) {
        for (var e : links.entrySet()) {
            Link l = e.getKey();
            if (l.touches(a) && l.touches(b)) {
                return e.getValue();
            }
        }
        return null;
    }
}
