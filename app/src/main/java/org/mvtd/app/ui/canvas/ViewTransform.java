package org.mvtd.app.ui.canvas;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/** The canvas's view of the design: a scale then a pan, applied to the drawing, and the conversions between design and viewport points. */
final class ViewTransform {
    private final Translate pan = new Translate();
    private final Scale scale = new Scale(1, 1, 0, 0);

    /** Makes {@code n} (the drawing, in design units) follow this transform. */
    void apply(Node n) {
        n.getTransforms().addAll(pan, scale);
    }

    void set(double s, double tx, double ty) {
        scale.setX(s);
        scale.setY(s);
        pan.setX(tx);
        pan.setY(ty);
    }

    double scale() {
        return scale.getX();
    }

    double tx() {
        return pan.getX();
    }

    double ty() {
        return pan.getY();
    }

    Point2D toDesign(Point2D viewportPoint) {
        double s = scale.getX();
        return new Point2D((viewportPoint.getX() - pan.getX()) / s, (viewportPoint.getY() - pan.getY()) / s);
    }

    Point2D toViewport(Point2D designPoint) {
        double s = scale.getX();
        return new Point2D(pan.getX() + s * designPoint.getX(), pan.getY() + s * designPoint.getY());
    }

    /** The design area a viewport of {@code w} x {@code h} shows. */
    Rectangle2D visible(double w, double h) {
        Point2D a = toDesign(Point2D.ZERO);
        Point2D b = toDesign(new Point2D(w, h));
        return new Rectangle2D(a.getX(), a.getY(), Math.max(1, b.getX() - a.getX()), Math.max(1, b.getY() - a.getY()));
    }

    /**
     * The scale that shows all of {@code extent} with {@code margin} around it in a {@code w} x {@code h} view:
     * at most 100 %, and as far out as the design needs (a 400-guest design fits at a few percent).
     */
    static double fitting(Rectangle2D extent, double w, double h, double margin) {
        double s = Math.min(w / (extent.getWidth() + 2 * margin), h / (extent.getHeight() + 2 * margin));
        return Math.max(FIT_FLOOR, Math.min(1, s));
    }

    /** Below this nothing is visible any more: a guard against a degenerate extent, not a limit a design meets. */
    static final double FIT_FLOOR = 0.001;
}
