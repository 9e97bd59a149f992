package org.mvtd.app.ui.canvas;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.app.ui.viewmodel.FxLayout;
import org.mvtd.model.Design;
import org.mvtd.model.edit.ElementKind;
import org.mvtd.model.edit.PaletteItem;

/**
 * The canvas, composed of parts: {@link CanvasLayers} (skins and links in layers; decorators and overlays plug in),
 * the {@link ViewTransform}, the {@link MotionImage} (large designs move as tiles), {@link CanvasGestures} (gestures
 * to {@link CanvasViewModel} calls), {@link WhyCard}, {@link Toast}, and the legend, minimap and {@link ZoomBar}.
 */
public final class CanvasView extends StackPane {
    public static final double MIN_ZOOM = 0.1;
    public static final double MAX_ZOOM = 4;
    private static final double FAR_ZOOM = 0.5;

    private final CanvasViewModel vm;
    private final Pane viewport = new Pane();
    private final GridView grid = new GridView();
    private final ViewTransform view = new ViewTransform();
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final DoubleProperty snapshotMargin = new SimpleDoubleProperty(40);
    private final BooleanProperty needMinimap = new SimpleBooleanProperty(this, "needMinimap");
    private final BooleanProperty minimapWanted = new SimpleBooleanProperty(this, "minimapWanted", true);
    private final LegendView legend = new LegendView();
    private final ZoomBar zoomBar;
    private final MinimapView minimap;
    private final Label emptyHint = new Label("Drag a switch, a host, a lower device, endpoints and guests from the palette on the left,\n"
            + "then drag from an element's handle (the dot on its right edge) to another to connect them.");
    private final Toast toast = new Toast(viewport);
    private final MotionImage motion = new MotionImage(new MotionDrawing());
    private final CanvasLayers layers;
    private final Group world; // untransformed: its coordinates are the viewport's
    private final CanvasGestures gestures;
    private final WhyCard whyCard;
    private final CanvasFixes fixes;
    private boolean far;
    private double floor = MIN_ZOOM; // the lowest zoom: below MIN_ZOOM when that is what the design needs to fit

    public CanvasView(CanvasViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
        getStyleClass().add(Styles.CANVAS);
        minimap = new MinimapView(this::centreOn);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(viewport.widthProperty());
        clip.heightProperty().bind(viewport.heightProperty());
        viewport.setClip(clip);
        viewport.setFocusTraversable(true);
        layers = new CanvasLayers(vm.selection(), motion);
        layers.colour(vm.reach().colouring());
        world = new Group(layers.content());
        gestures = new CanvasGestures(this, vm, viewport, motion, layers);
        layers.overlay(CanvasLayers.Overlay.GESTURES).getChildren().addAll(gestures.marks());
        view.apply(layers.content());
        grid.prefWidthProperty().bind(viewport.widthProperty());
        grid.prefHeightProperty().bind(viewport.heightProperty());
        grid.setManaged(false);
        viewport.getChildren().addAll(grid, motion.view(), world);
        sceneProperty().addListener((o, a, b) -> {
            if (b != null) {
                // A theme switch restyles everything the prepared picture shows.
                b.getStylesheets().addListener((ListChangeListener<String>) c -> motion.invalidateAll());
            }
            motion.invalidateAll();
        });

        whyCard = new WhyCard(this, viewport, legend, layers.skinView(), layers.linkView());
        layers.onLinkGone(whyCard::forget);
        viewport.getChildren().addAll(whyCard.node(), toast.label());
        fixes = new CanvasFixes(this, vm, gestures.editor().contextActions(), layers, whyCard);
        emptyHint.getStyleClass().add(Styles.HINT);
        emptyHint.setMouseTransparent(true);

        legend.setCache(true); // its shadow is blurred once, not in every frame of a pan over it
        CanvasCorners.arrange(legend, minimap);
        zoomBar = new ZoomBar(zoom.getReadOnlyProperty(), () -> zoomBy(1 / 1.25), () -> zoomBy(1.25), this::fitToView);
        StackPane.setAlignment(zoomBar, Pos.TOP_RIGHT);
        StackPane.setMargin(zoomBar, new Insets(10));
        getChildren().addAll(viewport, emptyHint, legend, minimap, zoomBar);
        minimap.visibleProperty().bind(needMinimap.and(minimapWanted));

        gestures.install();
        vm.shownProperty().addListener((o, a, b) -> render(b));
        vm.reach().colouringProperty().addListener((o, a, b) -> {
            layers.colour(b);
            legend.show(b);
        });
        vm.explanationProperty().addListener((o, a, b) -> whyCard.show(b));
        vm.noticeProperty().addListener((o, a, b) -> {
            if (b != null && b.refusal()) {
                toast.show(b.text(), b.where() == null ? null : designToViewport(b.where()));
            }
        });
        viewport.widthProperty().addListener((o, a, b) -> resized());
        viewport.heightProperty().addListener((o, a, b) -> resized());
        render(vm.shownProperty().get());
    }

    /** Brings skins and links in line with {@code d}. */
    private void render(Design d) {
        motion.stop();
        layers.render(d);
        cull();
        emptyHint.setVisible(layers.layout().all().isEmpty());
        updateMinimap();
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public double getZoom() {
        return zoom.get();
    }

    private void setView(double s, double tx, double ty) {
        view.set(s, tx, ty);
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
        grid.resize(viewport.getWidth(), viewport.getHeight());
        if (!motion.follow(view.scale(), view.tx(), view.ty())) {
            cull();
        }
        updateMinimap();
    }

    private void levelOfDetail() {
        boolean nowFar = view.scale() < FAR_ZOOM;
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
            layers.cullTo(prepared);
            return;
        }
        Rectangle2D v = visibleDesignArea();
        double m = 200 / Math.max(0.1, view.scale());
        layers.cullTo(new Rectangle2D(v.getMinX() - m, v.getMinY() - m, v.getWidth() + 2 * m, v.getHeight() + 2 * m));
    }

    /** The canvas as the moving picture sees it. */
    private final class MotionDrawing implements MotionSource {
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
            return layers.size();
        }

        @Override
        public void cullTo(Rectangle2D a) {
            layers.cullTo(a);
        }

        @Override
        public void lookAt(double s, double tx, double ty) {
            view.set(s, tx, ty);
        }

        @Override
        public Backdrop backdrop() {
            var fills = getBackground() == null ? List.<BackgroundFill>of() : getBackground().getFills();
            return Backdrop.of(fills.isEmpty() ? null : fills.get(0).getFill(), grid.lineColour());
        }

        @Override
        public void standIn(boolean picture) {
            world.setVisible(!picture);
            grid.setVisible(!picture);
            if (!picture) {
                grid.show(view.scale(), view.tx(), view.ty());
                levelOfDetail();
                cull();
            }
        }
    }

    /** Zooms by {@code factor} keeping viewport point (x, y) still. */
    public void zoomAt(double x, double y, double factor) {
        double s = view.scale();
        double next = Math.max(Math.min(MIN_ZOOM, floor), Math.min(MAX_ZOOM, s * factor));
        double dx = (x - view.tx()) / s;
        double dy = (y - view.ty()) / s;
        setView(next, x - next * dx, y - next * dy);
    }

    public void zoomBy(double factor) { zoomAt(viewport.getWidth() / 2, viewport.getHeight() / 2, factor); }

    public void resetZoom() { zoomBy(1 / view.scale()); }

    /** Pans by (dx, dy) viewport pixels. */
    public void panBy(double dx, double dy) {
        setView(view.scale(), view.tx() + dx, view.ty() + dy);
    }

    /** Shows the whole design, at most at 100 %, however far out that takes. */
    public void fitToView() {
        double w = viewport.getWidth();
        double h = viewport.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        Rectangle2D e = layers.layout().extent();
        double m = snapshotMargin.get();
        // Keep the drawing clear of the zoom bar above and the legend strip below.
        double top = zoomBar.getHeight() + 14;
        double hh = Math.max(1, h - top - legend.getHeight() - 16);
        double s = ViewTransform.fitting(e, w, hh, m);
        floor = Math.min(MIN_ZOOM, s);
        setView(s, w / 2 - s * (e.getMinX() + e.getWidth() / 2), top + hh / 2 - s * (e.getMinY() + e.getHeight() / 2));
    }

    /** Centres the view on design point {@code p}. */
    public void centreOn(Point2D p) {
        double s = view.scale();
        setView(s, viewport.getWidth() / 2 - s * p.getX(), viewport.getHeight() / 2 - s * p.getY());
    }

    public Point2D viewportToDesign(Point2D p) {
        return view.toDesign(p);
    }

    public Point2D designToViewport(Point2D p) {
        return view.toViewport(p);
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
        return view.visible(viewport.getWidth(), viewport.getHeight());
    }

    private void updateMinimap() {
        Rectangle2D shown = visibleDesignArea();
        Rectangle2D ext = layers.layout().extent();
        minimap.show(layers.layout().all(), ext, shown);
        // Only worth its room when part of the design is out of sight.
        needMinimap.set(!shown.contains(ext));
    }

    public MinimapView minimap() {
        return minimap;
    }

    /** Whether the user wants the minimap (it shows only while part of the design is out of sight). */
    public BooleanProperty minimapWantedProperty() {
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
            Rectangle2D b = layers.layout().bounds(sel.get()).orElse(null);
            if (b != null) {
                target = item.kind() == ElementKind.GUEST && sel.get().kind() == ElementKind.ENDPOINT
                        ? CanvasLayers.centre(b) : item.kind() == ElementKind.ENDPOINT && sel.get().kind() == ElementKind.DEVICE
                        ? CanvasLayers.centre(b) : new Point2D(b.getMinX() + b.getWidth() / 2, b.getMaxY() - 30);
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

    /** The drawing's layers and skins: decorators (live state, lab marks) and overlays plug in here. */
    public CanvasLayers layers() {
        return layers;
    }

    /** Runs {@code export} with every element shown (culling hides what is out of view), then culls again. */
    public <T> T withEverythingShown(Callable<T> export) throws Exception {
        motion.stop();
        try {
            return layers.withEverythingShown(export);
        } finally {
            cull();
        }
    }

    /** The moving picture (tests look at its tiles). */
    MotionImage motion() {
        return motion;
    }

    public FxLayout currentLayout() {
        return layers.layout();
    }

    /** Editor habits: context menus (add contributors there), rename in place, find, notes. */
    public CanvasEditor editor() { return gestures.editor(); }

    /** The message shown where a gesture was refused. */
    public Toast toast() { return toast; }

    /** The hovered element's explanation. */
    public WhyCard whyCard() { return whyCard; }

    /** Quick fixes on the canvas and the element context menu. */
    public CanvasFixes quickFixes() { return fixes; }
}
