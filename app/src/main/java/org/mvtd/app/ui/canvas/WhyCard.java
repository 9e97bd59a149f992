package org.mvtd.app.ui.canvas;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Polyline;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.mvtd.app.ui.fix.FixList;
import org.mvtd.app.ui.fix.Offer;
import org.mvtd.app.ui.fix.QuickFixes;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.app.ui.viewmodel.ReachMark;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.app.ui.viewmodel.Explanation;
import org.mvtd.model.edit.Link;

/**
 * Why the hovered element is (or is not) reached: the explanation's card beside the element, its path's
 * elements and links marked on the drawing, and the target marked as such. For a pair that cannot ping the
 * card lists the quick fixes; it then stays while the pointer moves onto it, so a fix can be previewed and applied.
 */
public final class WhyCard {
    private final CanvasView canvas;
    private final Pane viewport;
    private final Region legend;
    private final Map<ElementRef, ElementSkin> skins;
    private final Map<Link, Polyline> links;
    private final Label card = new Label();
    private final VBox box = new VBox(6, card);
    /** Leaving the element for the card crosses the gap between them: the card waits this long for the pointer. */
    private final PauseTransition grace = new PauseTransition(Duration.millis(450));
    private boolean pressed;
    private QuickFixes fixes;
    private Supplier<ElementRef> source = () -> null;
    private FixList fixList;
    private Offer offer;
    private Explanation pending;
    private boolean fixesShown;
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
        box.getStyleClass().addAll(Styles.TOAST, "mvtd-why");
        card.getStyleClass().add("mvtd-why-text");
        card.setWrapText(true);
        card.setMaxWidth(380);
        box.setMaxWidth(420);
        box.setManaged(false);
        setVisible(false);
        box.setMouseTransparent(true);
        // The card's own clicks and moves are not the canvas's: no hover, selection or pan under it.
        for (EventType<MouseEvent> t : List.of(MouseEvent.MOUSE_MOVED, MouseEvent.MOUSE_PRESSED,
                MouseEvent.MOUSE_RELEASED, MouseEvent.MOUSE_DRAGGED, MouseEvent.MOUSE_CLICKED)) {
            box.addEventHandler(t, MouseEvent::consume);
        }
        box.setOnMouseExited(e -> render(pending));
        // While a button is held (a drag: connect, move, re-point) the card would stand where the pointer is going.
        viewport.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (!box.isHover()) {
                pressed = true;
                render(null);
            }
        });
        viewport.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (pressed) {
                pressed = false;
                render(pending);
            }
        });
        grace.setOnFinished(e -> {
            if (!box.isHover()) {
                render(pending);
            }
        });
    }

    /** Lists quick fixes for pairs that cannot ping, diagnosed from the element {@code source} gives (the selection). */
    void useFixes(QuickFixes q, Supplier<ElementRef> source) {
        this.fixes = Objects.requireNonNull(q, "q");
        this.source = Objects.requireNonNull(source, "source");
        fixList = new FixList(q, 3);
        fixList.setCompact(true);
        fixList.setOnApplied(f -> render(null));
        box.getChildren().add(fixList);
    }

    /** The card's explanation text. */
    public Label label() {
        return card;
    }

    /** The whole card (text and fixes); the canvas floats it above the drawing. */
    public Region node() {
        return box;
    }

    /** The fixes the card lists now, or null. */
    public Offer offer() {
        return fixesShown ? offer : null;
    }

    /** The card's list of fixes (null until quick fixes are in use). */
    public FixList fixList() {
        return fixList;
    }

    private void setVisible(boolean on) {
        card.setVisible(on);
        box.setVisible(on);
    }

    /** Hides the card (the view moved away from where it was placed); the path stays marked. */
    void hide() {
        if (box.isVisible()) {
            setVisible(false);
            endFixes();
        }
    }

    /** The canvas dropped link line {@code l}: it is no longer on any path. */
    void forget(Polyline l) {
        linesOnPath.remove(l);
    }

    /** Shows {@code x}, or nothing when null; a card with fixes under the pointer stays until the pointer leaves it. */
    void show(Explanation x) {
        pending = x;
        if (pressed) {
            return;
        }
        if (fixesShown && box.isVisible() && box.isHover()) {
            return;
        }
        if (fixesShown && box.isVisible() && x == null) {
            grace.playFromStart();
            return;
        }
        render(x);
    }

    private void render(Explanation x) {
        grace.stop();
        // Only what differs from the last path changes: a repaint of the large design costs what changed.
        markTarget(x == null ? null : x.target());
        markPath(x == null ? List.of() : x.path());
        if (x == null) {
            setVisible(false);
            endFixes();
            return;
        }
        card.setText(x.text());
        showFixes(x);
        Rectangle2D b = canvas.currentLayout().bounds(x.target()).orElse(null);
        if (b != null) {
            // Beside the hovered element (right, else left), so it never hides the element or its mark.
            box.applyCss();
            box.autosize();
            Point2D right = canvas.designToViewport(new Point2D(b.getMaxX(), b.getMinY()));
            Point2D left = canvas.designToViewport(new Point2D(b.getMinX(), b.getMinY()));
            double wx = right.getX() + 14 + box.getWidth() < viewport.getWidth() - 4 ? right.getX() + 14
                    : Math.max(4, left.getX() - 14 - box.getWidth());
            double floor = viewport.getHeight() - legend.getHeight() - 28; // stay clear of the legend strip
            double wy = Math.max(4, Math.min(right.getY() - 6, floor - box.getHeight()));
            box.relocate(wx, wy);
            setVisible(true);
        }
    }

    /** Diagnoses the pair when it cannot ping (once per pair and design) and lists the fixes under the text. */
    private void showFixes(Explanation x) {
        if (fixes == null) {
            return;
        }
        ElementRef from = source.get();
        boolean wanted = from != null && x.mark() != ReachMark.PING && x.mark() != ReachMark.SOURCE;
        if (wanted && (offer == null || offer.base() != fixes.document().design() || !offer.from().equals(from)
                || !offer.to().equals(x.target()))) {
            offer = fixes.diagnose(from, x.target()).orElse(null);
        }
        boolean show = wanted && offer != null && !offer.diagnosis().pingsAlready();
        if (show) {
            fixList.show(offer);
            int n = offer.diagnosis().fixes().size();
            card.setText(x.text() + (n == 0 ? "" : "\n" + (n == 1 ? "One quick fix" : n + " quick fixes")
                    + ": point at one to preview it on the canvas"));
        } else if (fixesShown) {
            endFixes();
        }
        fixesShown = show;
        // A fixed width: wrapped lines then give the card its true height, not one computed for a sliver.
        box.setPrefWidth(show ? 400 : Region.USE_COMPUTED_SIZE);
        fixList.setVisible(show);
        fixList.setManaged(show);
        box.setMouseTransparent(!show);
    }

    private void endFixes() {
        if (fixesShown) {
            fixesShown = false;
            fixList.show(null);
            box.setMouseTransparent(true);
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
