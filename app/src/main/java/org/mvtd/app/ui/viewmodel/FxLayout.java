package org.mvtd.app.ui.viewmodel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.mvtd.model.Design;
import org.mvtd.model.Position;
import org.mvtd.model.edit.Box;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.Layout;

/** The model's {@link Layout} in JavaFX geometry, for the views that draw it. */
public final class FxLayout {
    private final Layout layout;
    private Map<ElementRef, Rectangle2D> all;

    public FxLayout(Layout layout) {
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    public static FxLayout of(Design d) {
        return new FxLayout(Layout.of(d));
    }

    public Layout model() {
        return layout;
    }

    public static Rectangle2D rect(Box b) {
        return new Rectangle2D(b.minX(), b.minY(), b.width(), b.height());
    }

    public static Point2D point(Position p) {
        return new Point2D(p.x(), p.y());
    }

    public static Position position(Point2D p) {
        return new Position(p.getX(), p.getY());
    }

    public Optional<Rectangle2D> bounds(ElementRef r) {
        return layout.bounds(r).map(FxLayout::rect);
    }

    /** Every element's box, in drawing order (converted once: the canvas asks on every rebuild). */
    public Map<ElementRef, Rectangle2D> all() {
        Map<ElementRef, Rectangle2D> a = all;
        if (a == null) {
            a = new LinkedHashMap<>();
            for (var e : layout.all().entrySet()) {
                a.put(e.getKey(), rect(e.getValue()));
            }
            a = Collections.unmodifiableMap(a);
            all = a;
        }
        return a;
    }

    public Point2D centre(ElementRef r) {
        return point(layout.centre(r));
    }

    public Optional<ElementRef> elementAt(Point2D p) {
        return layout.elementAt(position(p));
    }

    public Optional<ElementRef> hostAt(Point2D p) {
        return layout.hostAt(position(p));
    }

    public Rectangle2D extent() {
        return rect(layout.extent());
    }
}
