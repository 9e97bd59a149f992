package org.mvtd.app.ui.canvas;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.SetChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import javafx.util.Duration;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.model.edit.ElementKind;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.Elements;
import org.mvtd.app.ui.viewmodel.FxLayout;
import org.mvtd.model.edit.Link;
import org.mvtd.app.ui.viewmodel.Notice;
import org.mvtd.model.edit.PaletteItem;
import org.mvtd.app.ui.viewmodel.ReachColouring;
import org.mvtd.app.ui.viewmodel.ReachMark;
import org.mvtd.model.Design;

/**
 * The drawing: host boxes, links and element cards in a pannable, zoomable layer, with the legend,
 * a minimap and zoom buttons floating above. {@link CanvasGestures} turns gestures into calls on
 * {@link CanvasViewModel}; {@link WhyCard} shows the hovered element's explanation.
 */
public final class CanvasView extends StackPane {
    public static final double MIN_ZOOM = 0.1;
    public static final double MAX_ZOOM = 4;
    private static final double FAR_ZOOM = 0.5;
    /** States the pointer gives any node; the drawing's style uses them only for a card's connector handle. */
    private static final Set<javafx.css.PseudoClass> POINTER_STATES = Set.of(javafx.css.PseudoClass.getPseudoClass("hover"),
            javafx.css.PseudoClass.getPseudoClass("pressed"));

    private final CanvasViewModel vm;
    private final SkinFactory factory = new SkinFactory();
    private final Pane viewport = new Pane();
    private final Group content = new Group();
    private final GridView grid = new GridView();
    private final Group hostFillLayer = new Group(); // host fills, beneath every host's outline
    private final Group hostLayer = new Group();
    private final Group linkLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Group overlay = new Group();
    // --- teaching hook: a layer above the elements where the frame walk-through draws
    private final Group teachingLayer = new Group();
    private final Translate pan = new Translate();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final DoubleProperty snapshotMargin = new SimpleDoubleProperty(40);
    private final javafx.beans.property.BooleanProperty needMinimap = new javafx.beans.property.SimpleBooleanProperty(this, "needMinimap");
    private final javafx.beans.property.BooleanProperty minimapWanted = new javafx.beans.property.SimpleBooleanProperty(this, "minimapWanted", true);
    private final Map<ElementRef, ElementSkin> skins = new HashMap<>();
    private final List<SkinListener> skinListeners = new ArrayList<>(); // live-mode hook
    private final Map<Link, Line> links = new HashMap<>();
    private final LegendView legend = new LegendView();
    private final HBox zoomBar;
    private final MinimapView minimap;
    private final Label toast = new Label();
    private final Label emptyHint = new Label("Drag a switch, a host, a lower device, endpoints and guests from the palette on the left,\n"
            + "then drag from an element's handle (the dot on its right edge) to another to connect them.");
    private final PauseTransition toastTimer = new PauseTransition(Duration.seconds(6));
    private final Group world = new Group(content); // untransformed: its coordinates are the viewport's
    private final MotionImage motion;
    private final CanvasGestures gestures;
    private final WhyCard whyCard;
    private FxLayout layout = FxLayout.of(Design.empty(""));
    private boolean far;

    public CanvasView(CanvasViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
        getStyleClass().add(Styles.CANVAS);
        minimap = new MinimapView(this::centreOn);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(viewport.widthProperty());
        clip.heightProperty().bind(viewport.heightProperty());
        viewport.setClip(clip);
        viewport.setFocusTraversable(true);
        motion = new MotionImage(new MotionDrawing());
        gestures = new CanvasGestures(this, vm, viewport, motion, Collections.unmodifiableMap(skins));
        overlay.getChildren().addAll(gestures.marks());
        linkLayer.setMouseTransparent(true);
        teachingLayer.setMouseTransparent(true);
        hostFillLayer.setMouseTransparent(true);
        content.getChildren().addAll(hostFillLayer, hostLayer, linkLayer, nodeLayer, teachingLayer, overlay);
        content.getTransforms().addAll(pan, scale);
        grid.prefWidthProperty().bind(viewport.widthProperty());
        grid.prefHeightProperty().bind(viewport.heightProperty());
        grid.setManaged(false);
        viewport.widthProperty().addListener((o, a, b) -> grid.resize(viewport.getWidth(), viewport.getHeight()));
        viewport.heightProperty().addListener((o, a, b) -> grid.resize(viewport.getWidth(), viewport.getHeight()));
        viewport.getChildren().addAll(grid, motion.view(), world);
        watch(overlay, false);
        watch(teachingLayer, false);
        sceneProperty().addListener((o, a, b) -> {
            if (b != null) {
                // A theme switch restyles everything the prepared picture shows.
                b.getStylesheets().addListener((javafx.collections.ListChangeListener<String>) c -> motion.invalidateAll());
            }
            motion.invalidateAll();
        });

        toast.getStyleClass().add(Styles.TOAST);
        toast.setWrapText(true);
        toast.setMaxWidth(340);
        toast.setVisible(false);
        toast.setManaged(false);
        toast.setOnMouseClicked(e -> toast.setVisible(false));
        toastTimer.setOnFinished(e -> toast.setVisible(false));
        whyCard = new WhyCard(this, viewport, legend, Collections.unmodifiableMap(skins), Collections.unmodifiableMap(links));
        viewport.getChildren().addAll(whyCard.label(), toast);
        emptyHint.getStyleClass().add(Styles.HINT);
        emptyHint.setMouseTransparent(true);

        legend.setCache(true); // its shadow is blurred once, not in every frame of a pan over it
        StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
        StackPane.setMargin(legend, new Insets(12));
        StackPane.setAlignment(minimap, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(minimap, new Insets(12));
        zoomBar = zoomBar();
        StackPane.setAlignment(zoomBar, Pos.TOP_RIGHT);
        StackPane.setMargin(zoomBar, new Insets(10));
        getChildren().addAll(viewport, emptyHint, legend, minimap, zoomBar);
        minimap.visibleProperty().bind(needMinimap.and(minimapWanted));

        gestures.install();
        vm.shownProperty().addListener((o, a, b) -> render(b));
        vm.selection().getSelectedItems().addListener((SetChangeListener<ElementRef>) c -> {
            if (c.wasRemoved() && skins.containsKey(c.getElementRemoved())) {
                skins.get(c.getElementRemoved()).selectionChanged(false);
            }
            if (c.wasAdded() && skins.containsKey(c.getElementAdded())) {
                skins.get(c.getElementAdded()).selectionChanged(true);
            }
        });
        vm.reach().colouringProperty().addListener((o, a, b) -> applyColouring(b));
        vm.explanationProperty().addListener((o, a, b) -> whyCard.show(b));
        vm.noticeProperty().addListener((o, a, b) -> {
            if (b != null && b.refusal()) {
                showToast(b);
            }
        });
        viewport.widthProperty().addListener((o, a, b) -> resized());
        viewport.heightProperty().addListener((o, a, b) -> resized());
        render(vm.shownProperty().get());
    }

    private HBox zoomBar() {
        Button out = new Button("\u2212");
        out.setTooltip(new Tooltip("Zoom out (Ctrl+-)"));
        out.setOnAction(e -> zoomBy(1 / 1.25));
        Label pct = new Label();
        pct.textProperty().bind(zoom.multiply(100).asString("%.0f%%"));
        pct.setMinWidth(48);
        pct.setAlignment(Pos.CENTER);
        Button in = new Button("+");
        in.setTooltip(new Tooltip("Zoom in (Ctrl+=)"));
        in.setOnAction(e -> zoomBy(1.25));
        Button fit = new Button("Fit");
        fit.setTooltip(new Tooltip("Fit the design in the window (Ctrl+0)"));
        fit.setOnAction(e -> fitToView());
        HBox bar = new HBox(4, out, pct, in, fit);
        bar.setAlignment(Pos.CENTER);
        bar.getStyleClass().add(Styles.ZOOM_BAR);
        bar.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        for (Button b : List.of(out, in, fit)) {
            b.setFocusTraversable(false);
        }
        return bar;
    }

    // ---------------------------------------------------------------- rendering

    /** Brings skins and links in line with {@code d}. */
    private void render(Design d) {
        motion.stop();
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
            if (s == null) {
                s = factory.create(r);
                skins.put(r, s);
                watch(s.getRoot(), s.connector() != null);
                if (s.connector() != null) {
                    Node card = s.getRoot(); // the handle lights up under the pointer
                    s.connector().getPseudoClassStates().addListener(
                            (SetChangeListener<javafx.css.PseudoClass>) c -> motion.invalidate(card.getBoundsInParent()));
                }
                (r.kind() == ElementKind.HOST ? newHosts : newCards).add(s.getRoot());
                if (s instanceof HostSkin h) {
                    newFills.add(h.fill());
                }
                s.selectionChanged(vm.selection().isSelected(r));
                s.setMark(vm.reach().colouring().markOf(r));
                for (SkinListener l : skinListeners) {
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
        List<ElementRef> gone = new ArrayList<>();
        for (ElementRef r : skins.keySet()) {
            if (!seen.contains(r)) {
                gone.add(r);
            }
        }
        for (ElementRef r : gone) {
            ElementSkin s = skins.remove(r);
            motion.invalidate(s.getRoot().getBoundsInParent());
            for (SkinListener l : skinListeners) {
                l.disposed(s);
            }
            ((Group) s.getRoot().getParent()).getChildren().remove(s.getRoot());
            if (s instanceof HostSkin h) {
                hostFillLayer.getChildren().remove(h.fill());
            }
            s.dispose();
        }
        renderLinks(d);
        cull();
        emptyHint.setVisible(layout.all().isEmpty());
        updateMinimap();
    }

    private void renderLinks(Design d) {
        Set<Link> seen = new HashSet<>();
        for (Link l : Link.of(d)) {
            seen.add(l);
            Line line = links.get(l);
            if (line == null) {
                line = new Line();
                line.getStyleClass().addAll(Styles.LINK, switch (l.kind()) {
                    case CABLE -> Styles.LINK_CABLE;
                    case LOWER -> Styles.LINK_LOWER;
                    case NIC -> Styles.LINK_NIC;
                });
                links.put(l, line);
                linkLayer.getChildren().add(line);
                watchLink(line);
            }
            Rectangle2D ra = layout.bounds(l.a()).orElseThrow();
            Rectangle2D rb = layout.bounds(l.b()).orElseThrow();
            Point2D ca = centre(ra);
            Point2D cb = centre(rb);
            Point2D pa = exit(ra, ca, cb);
            Point2D pb = exit(rb, cb, ca);
            line.setStartX(pa.getX());
            line.setStartY(pa.getY());
            line.setEndX(pb.getX());
            line.setEndY(pb.getY());
            line.pseudoClassStateChanged(Styles.DOWN, Elements.isDown(d, l.a()) || Elements.isDown(d, l.b()));
        }
        links.entrySet().removeIf(e -> {
            if (!seen.contains(e.getKey())) {
                invalidateAlong(e.getValue());
                linkLayer.getChildren().remove(e.getValue());
                whyCard.forget(e.getValue());
                return true;
            }
            return false;
        });
    }

    private static Point2D centre(Rectangle2D r) {
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

    private void applyColouring(ReachColouring c) {
        for (ElementSkin s : skins.values()) {
            s.setMark(c.markOf(s.ref()));
        }
        legend.show(c);
    }

    private void showToast(Notice n) {
        toast.setText(n.text());
        toast.autosize();
        Point2D p = n.where() == null ? new Point2D(viewport.getWidth() / 2, 40) : designToViewport(n.where());
        // Just below-right of the point, or mirrored to its left/top where the viewport ends.
        double x = p.getX() + 12 + toast.getWidth() <= viewport.getWidth() - 8 ? p.getX() + 12 : p.getX() - 12 - toast.getWidth();
        double y = p.getY() + 12 + toast.getHeight() <= viewport.getHeight() - 8 ? p.getY() + 12 : p.getY() - 12 - toast.getHeight();
        x = Math.max(8, x);
        y = Math.max(8, y);
        toast.relocate(x, y);
        toast.setVisible(true);
        toast.toFront();
        toastTimer.playFromStart();
    }

    // ---------------------------------------------------------------- view transform

    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public double getZoom() {
        return zoom.get();
    }

    private void setView(double s, double tx, double ty) {
        scale.setX(s);
        scale.setY(s);
        pan.setX(tx);
        pan.setY(ty);
        zoom.set(s);
        if (!motion.moving()) {
            // While the picture moves, the grid is in it and the level of detail waits (a restyle costs frames).
            grid.show(s, tx, ty);
            levelOfDetail();
        }
        whyCard.hide();
        if (!motion.follow(s, tx, ty)) {
            cull();
        }
        updateMinimap();
    }

    /** A larger viewport shows more: cull (and prepare the picture) for it. */
    private void resized() {
        if (!motion.follow(scale.getX(), pan.getX(), pan.getY())) {
            cull();
        }
        updateMinimap();
    }

    private void levelOfDetail() {
        boolean nowFar = scale.getX() < FAR_ZOOM;
        if (nowFar != far) {
            far = nowFar;
            pseudoClassStateChanged(Styles.FAR, far); // hide small text when it cannot be read anyway
        }
    }

    /**
     * Hides what lies wholly outside the view (with a margin), so a frame costs what is visible rather
     * than the whole design; only nodes crossing the edge change state. Large designs show what the moving
     * picture is prepared from.
     */
    private void cull() {
        Rectangle2D prepared = motion.restArea();
        if (prepared != null) {
            cullTo(prepared);
            return;
        }
        Rectangle2D v = visibleDesignArea();
        double m = 200 / Math.max(0.1, scale.getX());
        cullTo(new Rectangle2D(v.getMinX() - m, v.getMinY() - m, v.getWidth() + 2 * m, v.getHeight() + 2 * m));
    }

    /** Shows exactly what meets {@code area} (design units). */
    private void cullTo(Rectangle2D area) {
        for (ElementSkin s : skins.values()) {
            Rectangle2D b = layout.bounds(s.ref()).orElse(null);
            boolean show = b == null || area.intersects(b);
            if (s.getRoot().isVisible() != show) {
                s.getRoot().setVisible(show);
            }
        }
        for (Line l : links.values()) {
            double minX = Math.min(l.getStartX(), l.getEndX());
            double minY = Math.min(l.getStartY(), l.getEndY());
            boolean show = area.intersects(minX, minY, Math.abs(l.getEndX() - l.getStartX()) + 1, Math.abs(l.getEndY() - l.getStartY()) + 1);
            if (l.isVisible() != show) {
                l.setVisible(show);
            }
        }
    }

    /**
     * Tells the moving picture where node {@code n} (a child of the content, so in design units) changes its look:
     * a move or resize, a pseudo-class (selection, marks, path, live state; the pointer's hover only where it shows
     * something: {@code hoverShows}, a card's connector handle) or new content (its layout). A host's box is as large
     * as what it holds, so its hover, which the pointer toggles all the time and which shows nothing, must not count.
     */
    private void watch(Node n, boolean hoverShows) {
        n.boundsInParentProperty().addListener((o, a, b) -> {
            motion.invalidate(a);
            motion.invalidate(b);
        });
        n.getPseudoClassStates().addListener((SetChangeListener<javafx.css.PseudoClass>) c -> {
            javafx.css.PseudoClass changed = c.wasAdded() ? c.getElementAdded() : c.getElementRemoved();
            if (hoverShows || !POINTER_STATES.contains(changed)) {
                motion.invalidate(n.getBoundsInParent());
            }
        });
        if (n instanceof javafx.scene.Parent p) {
            p.needsLayoutProperty().addListener((o, a, b) -> {
                if (b) {
                    motion.invalidate(n.getBoundsInParent());
                }
            });
        }
    }

    /**
     * Tells the moving picture where link {@code l} changes its look: along the line it was drawn on and the one it
     * is drawn on now (its geometry, or its style: on the path, down).
     */
    private void watchLink(Line l) {
        double[] drawn = {l.getStartX(), l.getStartY(), l.getEndX(), l.getEndY(), l.getStrokeWidth()};
        Runnable moved = () -> {
            motion.invalidateAlong(drawn[0], drawn[1], drawn[2], drawn[3], drawn[4]);
            drawn[0] = l.getStartX();
            drawn[1] = l.getStartY();
            drawn[2] = l.getEndX();
            drawn[3] = l.getEndY();
            drawn[4] = l.getStrokeWidth();
            invalidateAlong(l);
        };
        l.boundsInParentProperty().addListener((o, a, b) -> moved.run());
        l.getPseudoClassStates().addListener((SetChangeListener<javafx.css.PseudoClass>) c -> invalidateAlong(l));
    }

    private void invalidateAlong(Line l) {
        motion.invalidateAlong(l.getStartX(), l.getStartY(), l.getEndX(), l.getEndY(), Math.max(4, l.getStrokeWidth()));
    }

    /** The canvas as the moving picture sees it. */
    private final class MotionDrawing implements MotionImage.Drawing {
        @Override
        public Node world() {
            return world;
        }

        @Override
        public Region viewport() {
            return viewport;
        }

        @Override
        public int elements() {
            return skins.size();
        }

        @Override
        public void cullTo(Rectangle2D a) {
            CanvasView.this.cullTo(a);
        }

        @Override
        public void lookAt(double s, double tx, double ty) {
            scale.setX(s);
            scale.setY(s);
            pan.setX(tx);
            pan.setY(ty);
        }

        @Override
        public Backdrop backdrop() {
            var fills = getBackground() == null ? List.<javafx.scene.layout.BackgroundFill>of() : getBackground().getFills();
            return Backdrop.of(fills.isEmpty() ? null : fills.get(0).getFill(), grid.lineColour());
        }

        @Override
        public void standIn(boolean picture) {
            world.setVisible(!picture);
            grid.setVisible(!picture);
            if (!picture) {
                grid.show(scale.getX(), pan.getX(), pan.getY());
                levelOfDetail();
                cull();
            }
        }
    }

    /** Zooms by {@code factor} keeping viewport point (x, y) still. */
    public void zoomAt(double x, double y, double factor) {
        double s = scale.getX();
        double next = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, s * factor));
        double dx = (x - pan.getX()) / s;
        double dy = (y - pan.getY()) / s;
        setView(next, x - next * dx, y - next * dy);
    }

    public void zoomBy(double factor) {
        zoomAt(viewport.getWidth() / 2, viewport.getHeight() / 2, factor);
    }

    public void resetZoom() {
        zoomBy(1 / scale.getX());
    }

    /** Pans by (dx, dy) viewport pixels. */
    public void panBy(double dx, double dy) {
        setView(scale.getX(), pan.getX() + dx, pan.getY() + dy);
    }

    /** Shows the whole design, at most at 100 %. */
    public void fitToView() {
        double w = viewport.getWidth();
        double h = viewport.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        Rectangle2D e = layout.extent();
        double m = snapshotMargin.get();
        // Keep the drawing clear of the zoom bar above and the legend strip below.
        double top = zoomBar.getHeight() + 14;
        double hh = Math.max(1, h - top - legend.getHeight() - 16);
        double s = Math.max(MIN_ZOOM, Math.min(1, Math.min(w / (e.getWidth() + 2 * m), hh / (e.getHeight() + 2 * m))));
        setView(s, w / 2 - s * (e.getMinX() + e.getWidth() / 2), top + hh / 2 - s * (e.getMinY() + e.getHeight() / 2));
    }

    /** Centres the view on design point {@code p}. */
    public void centreOn(Point2D p) {
        double s = scale.getX();
        setView(s, viewport.getWidth() / 2 - s * p.getX(), viewport.getHeight() / 2 - s * p.getY());
    }

    public Point2D viewportToDesign(Point2D p) {
        double s = scale.getX();
        return new Point2D((p.getX() - pan.getX()) / s, (p.getY() - pan.getY()) / s);
    }

    public Point2D designToViewport(Point2D p) {
        double s = scale.getX();
        return new Point2D(pan.getX() + s * p.getX(), pan.getY() + s * p.getY());
    }

    /** The design point under scene point (x, y). */
    public Point2D sceneToDesign(double sceneX, double sceneY) {
        return viewportToDesign(viewport.sceneToLocal(sceneX, sceneY));
    }

    /** The scene point where design point {@code p} is drawn (tests drive the mouse with it). */
    public Point2D designToScene(Point2D p) {
        return viewport.localToScene(designToViewport(p));
    }

    /** The screen point where design point {@code p} is drawn. */
    public Point2D designToScreen(Point2D p) {
        return viewport.localToScreen(designToViewport(p));
    }

    private Rectangle2D visibleDesignArea() {
        Point2D a = viewportToDesign(Point2D.ZERO);
        Point2D b = viewportToDesign(new Point2D(viewport.getWidth(), viewport.getHeight()));
        return new Rectangle2D(a.getX(), a.getY(), Math.max(1, b.getX() - a.getX()), Math.max(1, b.getY() - a.getY()));
    }

    private void updateMinimap() {
        Rectangle2D view = visibleDesignArea();
        Rectangle2D ext = layout.extent();
        minimap.show(layout.all(), ext, view);
        // Only worth its room when part of the design is out of sight.
        needMinimap.set(!(view.contains(ext)));
    }

    public MinimapView minimap() {
        return minimap;
    }

    /** Whether the user wants the minimap (it shows only while part of the design is out of sight). */
    public javafx.beans.property.BooleanProperty minimapWantedProperty() {
        return minimapWanted;
    }

    public LegendView legend() {
        return legend;
    }

    /** Drops a palette item at scene point (x, y); false when that point is not over the canvas. */
    public boolean dropPalette(PaletteItem item, double sceneX, double sceneY) {
        if (!isOverCanvas(sceneX, sceneY)) {
            return false;
        }
        vm.place(item, sceneToDesign(sceneX, sceneY));
        viewport.requestFocus();
        return true;
    }

    /** Places {@code item} in the middle of the view (the palette's keyboard path). */
    public void placeAtCentre(PaletteItem item) {
        Point2D target = viewportToDesign(new Point2D(viewport.getWidth() / 2, viewport.getHeight() / 2));
        var sel = vm.selection().single();
        if (sel.isPresent() && (item.kind() == ElementKind.DEVICE || item.kind() == ElementKind.ENDPOINT
                || item.kind() == ElementKind.GUEST)) {
            // Keyboard users aim with the selection: into the selected host, onto the selected device.
            Rectangle2D b = layout.bounds(sel.get()).orElse(null);
            if (b != null) {
                target = item.kind() == ElementKind.GUEST && sel.get().kind() == ElementKind.ENDPOINT
                        ? centre(b) : item.kind() == ElementKind.ENDPOINT && sel.get().kind() == ElementKind.DEVICE
                        ? centre(b) : new Point2D(b.getMinX() + b.getWidth() / 2, b.getMaxY() - 30);
            }
        }
        vm.place(item, target);
    }

    public boolean isOverCanvas(double sceneX, double sceneY) {
        Bounds b = viewport.localToScene(viewport.getBoundsInLocal());
        return b.contains(sceneX, sceneY);
    }

    public void focusCanvas() {
        viewport.requestFocus();
    }

    // ---- live-mode hook: decorators learn when skins are made and dropped ----

    /** Told about every skin made or dropped from now on; {@link #addSkinListener} replays the existing ones. */
    public interface SkinListener {
        void created(ElementSkin skin);

        void disposed(ElementSkin skin);
    }

    public void addSkinListener(SkinListener l) {
        skinListeners.add(Objects.requireNonNull(l, "listener"));
        skins.values().forEach(l::created);
    }
    // ---- end of live-mode hook

    /** The skin drawing {@code r} (tests and export look at it). */
    public ElementSkin skin(ElementRef r) {
        return skins.get(r);
    }

    public Map<ElementRef, ElementSkin> skins() {
        return Map.copyOf(skins);
    }

    /** Teaching hook: a mouse-transparent layer in design units above the elements. */
    public Group teachingLayer() {
        return teachingLayer;
    }

    /** Runs {@code export} with every element shown (culling hides what is out of view), then culls again. */
    public <T> T withEverythingShown(java.util.concurrent.Callable<T> export) throws Exception {
        motion.stop();
        skins.values().forEach(s -> s.getRoot().setVisible(true));
        links.values().forEach(l -> l.setVisible(true));
        try {
            return export.call();
        } finally {
            cull();
        }
    }

    /** The moving picture (tests look at its tiles). */
    MotionImage motion() {
        return motion;
    }

    /** The layer holding the drawing (export snapshots it). */
    public Group content() {
        return content;
    }

    public FxLayout currentLayout() {
        return layout;
    }

    public Label toast() {
        return toast;
    }

    public Label why() {
        return whyCard.label();
    }


    /** Marks the mark in the legend as a test hook: the legend's text. */
    public String legendTitle() {
        return legend.titleText();
    }

    /** Reach mark shown on {@code r}, or null. */
    public ReachMark markOf(ElementRef r) {
        ElementSkin s = skins.get(r);
        return s == null ? null : s.mark();
    }
}
