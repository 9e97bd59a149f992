package org.mvtd.app.ui.teach.diagram;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import javafx.util.Duration;
import org.mvtd.app.ui.canvas.ElementSkin;
import org.mvtd.app.ui.canvas.SkinFactory;
import org.mvtd.app.ui.teach.common.TeachStyles;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.model.edit.ElementKind;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.Elements;
import org.mvtd.app.ui.viewmodel.FxLayout;
import org.mvtd.model.edit.Link;
import org.mvtd.app.ui.viewmodel.ReachMark;
import org.mvtd.model.Design;

/**
 * A read-only drawing of a design with the designer's own skins and links, always fitted to its size:
 * the lesson window's diagram and the compare view's small multiples. Clicks report elements; nothing
 * here can edit the design.
 */
public final class DiagramView extends Pane implements Surface {
    private final SkinFactory factory = new SkinFactory();
    private final Group content = new Group();
    private final Group hostLayer = new Group();
    private final Group linkLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Group overlay = new Group();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Translate pan = new Translate();
    private final Map<ElementRef, ElementSkin> skins = new HashMap<>();
    private final ObjectProperty<Consumer<ElementRef>> onElementClicked = new SimpleObjectProperty<>(this, "onElementClicked");
    private Function<ElementRef, String> tooltips = r -> null;
    private Design design = Design.empty("");
    private FxLayout layout = FxLayout.of(design);
    private double maxZoom = 1;

    public DiagramView() {
        getStyleClass().addAll(Styles.CANVAS, TeachStyles.DIAGRAM);
        TeachStyles.styled(this);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        linkLayer.setMouseTransparent(true);
        overlay.setMouseTransparent(true);
        content.getChildren().addAll(hostLayer, linkLayer, nodeLayer, overlay);
        content.getTransforms().addAll(pan, scale);
        getChildren().add(content);
        widthProperty().addListener((o, a, b) -> fit());
        heightProperty().addListener((o, a, b) -> fit());
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || onElementClicked.get() == null) {
                return;
            }
            elementAt(e.getX(), e.getY()).ifPresent(onElementClicked.get());
        });
        setMinSize(120, 90);
    }

    /** Who hears about clicks on elements (hosts included, switches too). */
    public ObjectProperty<Consumer<ElementRef>> onElementClickedProperty() {
        return onElementClicked;
    }

    /** The largest zoom when fitting: 1 for full-size diagrams, less for dense designs. */
    public void setMaxZoom(double z) {
        maxZoom = z;
        fit();
    }

    /** What hovering an element says (null: nothing); applied on the next {@link #show}. */
    public void setTooltips(Function<ElementRef, String> f) {
        tooltips = Objects.requireNonNull(f, "f");
        refreshTooltips();
    }

    /** Draws {@code d} (replacing what was drawn) and fits it. */
    public void show(Design d) {
        design = Objects.requireNonNull(d, "d");
        layout = FxLayout.of(d);
        skins.values().forEach(ElementSkin::dispose);
        skins.clear();
        hostLayer.getChildren().clear();
        nodeLayer.getChildren().clear();
        linkLayer.getChildren().clear();
        var models = Elements.index(d);
        for (var e : layout.all().entrySet()) {
            ElementRef r = e.getKey();
            ElementSkin s = factory.create(r, models.get(r));
            s.update(d);
            Rectangle2D b = e.getValue();
            s.place(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
            skins.put(r, s);
            (r.kind() == ElementKind.HOST ? hostLayer : nodeLayer).getChildren().add(s.getRoot());
        }
        for (Link l : Link.of(d)) {
            Rectangle2D a = layout.bounds(l.a()).orElseThrow();
            Rectangle2D b = layout.bounds(l.b()).orElseThrow();
            Line line = new Line(a.getMinX() + a.getWidth() / 2, a.getMinY() + a.getHeight() / 2,
                    b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
            line.getStyleClass().addAll(Styles.LINK, switch (l.kind()) {
                case CABLE -> Styles.LINK_CABLE;
                case LOWER -> Styles.LINK_LOWER;
                case NIC -> Styles.LINK_NIC;
            });
            line.pseudoClassStateChanged(Styles.DOWN, Elements.isDown(d, l.a()) || Elements.isDown(d, l.b()));
            linkLayer.getChildren().add(line);
        }
        refreshTooltips();
        fit();
    }

    private void refreshTooltips() {
        for (ElementSkin s : skins.values()) {
            String text = tooltips.apply(s.ref());
            Tooltip old = (Tooltip) s.getRoot().getProperties().get(Tooltip.class);
            if (old != null) {
                Tooltip.uninstall(s.getRoot(), old);
                s.getRoot().getProperties().remove(Tooltip.class);
            }
            if (text != null) {
                Tooltip t = new Tooltip(text);
                t.setWrapText(true);
                t.setMaxWidth(420);
                t.setShowDelay(Duration.millis(250));
                t.setShowDuration(Duration.seconds(30));
                Tooltip.install(s.getRoot(), t);
                s.getRoot().getProperties().put(Tooltip.class, t);
            }
        }
    }

    /** Shows the marks (elements missing from the map show none). */
    public void setMarks(Map<ElementRef, ReachMark> marks) {
        skins.forEach((r, s) -> s.setMark(marks.get(r)));
    }

    public void setSelected(ElementRef r) {
        skins.forEach((k, s) -> s.selectionChanged(k.equals(r)));
    }

    public Optional<ElementSkin> skin(ElementRef r) {
        return Optional.ofNullable(skins.get(r));
    }

    /** The element under viewport point (x, y). */
    public Optional<ElementRef> elementAt(double x, double y) {
        double s = scale.getX();
        return layout.elementAt(new Point2D((x - pan.getX()) / s, (y - pan.getY()) / s));
    }

    /** Where design point {@code p} is drawn, in this view's coordinates (tests click there). */
    public Point2D designToLocal(Point2D p) {
        return new Point2D(pan.getX() + scale.getX() * p.getX(), pan.getY() + scale.getY() * p.getY());
    }

    public double zoom() {
        return scale.getX();
    }

    private void fit() {
        double w = getWidth();
        double h = getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        Rectangle2D e = layout.extent();
        double m = 24;
        double s = Math.max(0.05, Math.min(maxZoom, Math.min(w / (e.getWidth() + 2 * m), h / (e.getHeight() + 2 * m))));
        scale.setX(s);
        scale.setY(s);
        pan.setX(w / 2 - s * (e.getMinX() + e.getWidth() / 2));
        pan.setY(h / 2 - s * (e.getMinY() + e.getHeight() / 2));
    }

    @Override
    public Design design() {
        return design;
    }

    @Override
    public Optional<Rectangle2D> bounds(ElementRef r) {
        return layout.bounds(r);
    }

    @Override
    public Group layer() {
        return overlay;
    }
}
