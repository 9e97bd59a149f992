package org.mvtd.app.ui.canvas;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.shape.Polyline;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.app.ui.viewmodel.FxLayout;
import org.mvtd.app.ui.viewmodel.ReachColouring;
import org.mvtd.app.ui.viewmodel.ReachMark;
import org.mvtd.app.ui.viewmodel.SelectionModel;
import org.mvtd.model.Design;
import org.mvtd.model.edit.ElementKind;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.Elements;
import org.mvtd.model.edit.Link;

/**
 * The canvas's drawing in layers (host fills, host boxes, links, element cards, then the overlay layers
 * decorators draw in), and the skin manager that keeps one skin per element and one line per link in step
 * with the design. Every change of look is reported to the {@link MotionImage} so its tiles stay true.
 * Decorators (live state, lab marks) and tests reach the drawing through this class.
 */
public final class CanvasLayers {
    /**
     * Layers in design units above the elements: the frame walk-through draws in one, a quick fix's preview in
     * another, gestures (rubber band, connect line) in the last.
     */
    public enum Overlay { TEACHING, PREVIEW, GESTURES }

    /** States the pointer gives any node; the drawing's style uses them only for a card's connector handle. */
    private static final Set<PseudoClass> POINTER_STATES = Set.of(PseudoClass.getPseudoClass("hover"),
            PseudoClass.getPseudoClass("pressed"));

    private final SelectionModel selection;
    private final MotionImage motion;
    private final SkinFactory factory = new SkinFactory();
    private final Group content = new Group();
    private final Group hostFillLayer = new Group(); // host fills, beneath every host's outline
    private final Group hostLayer = new Group();
    private final LinkLayer linkLayer;
    private final Group noteLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Group teachingLayer = new Group();
    private final Group previewLayer = new Group();
    private final Group gestureLayer = new Group();
    private final Map<ElementRef, ElementSkin> skins = new HashMap<>();
    private final List<CanvasDecorator> decorators = new ArrayList<>();
    private ReachColouring colouring = ReachColouring.NONE;
    private Consumer<Design> rendered = d -> { };
    private FxLayout layout = FxLayout.of(Design.empty(""));

    CanvasLayers(SelectionModel selection, MotionImage motion) {
        this.selection = Objects.requireNonNull(selection, "selection");
        this.motion = Objects.requireNonNull(motion, "motion");
        linkLayer = new LinkLayer(motion);
        teachingLayer.setMouseTransparent(true);
        previewLayer.setMouseTransparent(true);
        hostFillLayer.setMouseTransparent(true);
        content.getChildren().addAll(hostFillLayer, hostLayer, linkLayer.lines(), nodeLayer, linkLayer.labels(), noteLayer,
                teachingLayer, previewLayer, gestureLayer);
        watch(gestureLayer, false);
        watch(teachingLayer, false);
        watch(previewLayer, false);
        selection.getSelectedItems().addListener((SetChangeListener<ElementRef>) c -> {
            if (c.wasRemoved() && skins.containsKey(c.getElementRemoved())) {
                skins.get(c.getElementRemoved()).selectionChanged(false);
            }
            if (c.wasAdded() && skins.containsKey(c.getElementAdded())) {
                skins.get(c.getElementAdded()).selectionChanged(true);
            }
        });
    }

    /** The group holding the whole drawing in design units (export snapshots it). */
    public Group content() {
        return content;
    }

    /** A mouse-transparent layer in design units above the elements. */
    public Group overlay(Overlay which) {
        return switch (which) {
            case TEACHING -> teachingLayer;
            case PREVIEW -> previewLayer;
            case GESTURES -> gestureLayer;
        };
    }

    /** Adds a decorator, told at once about the skins that exist and then about every one made or dropped. */
    public void addDecorator(CanvasDecorator d) {
        decorators.add(Objects.requireNonNull(d, "decorator"));
        skins.values().forEach(d::created);
    }

    /** The skin drawing {@code r}, or null. */
    public ElementSkin skin(ElementRef r) {
        return skins.get(r);
    }

    /** Every skin, by element. */
    public Map<ElementRef, ElementSkin> skins() {
        return Map.copyOf(skins);
    }

    /** The reach mark shown on {@code r}, or null. */
    public ReachMark markOf(ElementRef r) {
        ElementSkin s = skins.get(r);
        return s == null ? null : s.mark();
    }

    /** The layout last drawn. */
    public FxLayout layout() {
        return layout;
    }

    Map<ElementRef, ElementSkin> skinView() {
        return Collections.unmodifiableMap(skins);
    }

    Map<Link, Polyline> linkView() {
        return linkLayer.view();
    }

    /** The points link {@code l} is drawn through (design units; ends first and last), or none when not drawn. */
    public List<Point2D> linkPoints(Link l) {
        Polyline p = linkLayer.view().get(l);
        List<Point2D> out = new ArrayList<>();
        for (int i = 0; p != null && i + 1 < p.getPoints().size(); i += 2) {
            out.add(new Point2D(p.getPoints().get(i), p.getPoints().get(i + 1)));
        }
        return out;
    }

    /** The links' lines and labels. */
    LinkLayer links() {
        return linkLayer;
    }

    /** The layer notes are drawn in (design units, above the elements). */
    Group notes() {
        return noteLayer;
    }

    int size() {
        return skins.size();
    }

    /** Told about each link line that is dropped. */
    /** Told after each render (the notes and the selected link's handles follow the drawing). */
    void onRendered(Consumer<Design> c) {
        rendered = Objects.requireNonNull(c, "c");
    }

    void onLinkGone(Consumer<Polyline> c) {
        linkLayer.onGone(c);
    }

    /** Brings skins and links in line with {@code d}. */
    void render(Design d) {
        layout = FxLayout.of(d);
        Map<ElementRef, Object> models = Elements.index(d);
        Set<ElementRef> seen = new HashSet<>();
        List<Node> newHosts = new ArrayList<>();
        List<Node> newFills = new ArrayList<>();
        List<Node> newCards = new ArrayList<>();
        for (var e : layout.all().entrySet()) {
            ElementRef r = e.getKey();
            seen.add(r);
            ElementSkin s = skins.get(r);
            if (s != null && !factory.fits(s, models.get(r))) {
                drop(r); // a guest that became a container (or back) gets the other skin
                s = null;
            }
            if (s == null) {
                s = factory.create(r, models.get(r));
                skins.put(r, s);
                watch(s.getRoot(), s.connector() != null);
                if (s.connector() != null) {
                    Node card = s.getRoot(); // the handle lights up under the pointer
                    s.connector().getPseudoClassStates().addListener(
                            (SetChangeListener<PseudoClass>) c -> motion.invalidate(card.getBoundsInParent()));
                }
                (r.kind() == ElementKind.HOST ? newHosts : newCards).add(s.getRoot());
                if (s instanceof HostSkin h) {
                    newFills.add(h.fill());
                }
                s.selectionChanged(selection.isSelected(r));
                s.setMark(colouring.markOf(r));
                for (CanvasDecorator l : decorators) {
                    l.created(s);
                }
            }
            s.refresh(d, models.get(r), Elements.isDown(d, models, r));
            s.placeAt(e.getValue());
        }
        // One change per layer: adding thousands of children one by one costs a bounds pass each.
        hostFillLayer.getChildren().addAll(newFills);
        hostLayer.getChildren().addAll(newHosts);
        nodeLayer.getChildren().addAll(newCards);
        List<ElementRef> gone = skins.keySet().stream().filter(r -> !seen.contains(r)).toList();
        gone.forEach(this::drop);
        linkLayer.render(d, layout);
        rendered.accept(d);
    }

    private void drop(ElementRef r) {
        ElementSkin s = skins.remove(r);
        motion.invalidate(s.getRoot().getBoundsInParent());
        for (CanvasDecorator l : decorators) {
            l.disposed(s);
        }
        ((Group) s.getRoot().getParent()).getChildren().remove(s.getRoot());
        if (s instanceof HostSkin h) {
            hostFillLayer.getChildren().remove(h.fill());
        }
        s.dispose();
    }

    static Point2D centre(Rectangle2D r) {
        return new Point2D(r.getMinX() + r.getWidth() / 2, r.getMinY() + r.getHeight() / 2);
    }

    /** Where the segment from {@code from} (the centre of {@code r}) toward {@code to} leaves {@code r}. */
    static Point2D exit(Rectangle2D r, Point2D from, Point2D to) {
        double dx = to.getX() - from.getX();
        double dy = to.getY() - from.getY();
        if (dx == 0 && dy == 0) {
            return from;
        }
        double tx = dx == 0 ? Double.MAX_VALUE : (r.getWidth() / 2) / Math.abs(dx);
        double ty = dy == 0 ? Double.MAX_VALUE : (r.getHeight() / 2) / Math.abs(dy);
        double t = Math.min(1, Math.min(tx, ty));
        return new Point2D(from.getX() + t * dx, from.getY() + t * dy);
    }

    /** Shows every skin's mark for {@code c}. */
    void colour(ReachColouring c) {
        colouring = Objects.requireNonNull(c, "c");
        for (ElementSkin s : skins.values()) {
            s.setMark(c.markOf(s.ref()));
        }
    }

    /** Shows exactly what meets {@code area} (design units). */
    void cullTo(Rectangle2D area) {
        for (ElementSkin s : skins.values()) {
            Rectangle2D b = layout.bounds(s.ref()).orElse(null);
            boolean show = b == null || area.intersects(b);
            if (s.getRoot().isVisible() != show) {
                s.getRoot().setVisible(show);
            }
        }
        linkLayer.cullTo(area);
    }

    /** Runs {@code work} with every element shown (culling hides what is out of view); the caller culls again. */
    <T> T withEverythingShown(Callable<T> work) throws Exception {
        skins.values().forEach(s -> s.getRoot().setVisible(true));
        linkLayer.showAll();
        return work.call();
    }

    /**
     * Tells the moving picture where node {@code n} (a child of the content, so in design units) changes its look:
     * a move or resize, a pseudo-class (selection, marks, path, live state; the pointer's hover only where it shows
     * something: {@code hoverShows}, a card's connector handle) or new content (its layout). A host's box is as large
     * as what it holds, so its hover, which the pointer toggles all the time and which shows nothing, must not count.
     */
    void watch(Node n, boolean hoverShows) {
        n.boundsInParentProperty().addListener((o, a, b) -> {
            motion.invalidate(a);
            motion.invalidate(b);
        });
        n.getPseudoClassStates().addListener((SetChangeListener<PseudoClass>) c -> {
            PseudoClass changed = c.wasAdded() ? c.getElementAdded() : c.getElementRemoved();
            if (hoverShows || !POINTER_STATES.contains(changed)) {
                motion.invalidate(n.getBoundsInParent());
            }
        });
        if (n instanceof Parent p) {
            p.needsLayoutProperty().addListener((o, a, b) -> {
                if (b) {
                    motion.invalidate(n.getBoundsInParent());
                }
            });
        }
    }
}
