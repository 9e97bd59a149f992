package org.mvtd.model.edit;

import org.mvtd.model.Position;

/** An axis-aligned box in design units: where an element is drawn. */
public record Box(double minX, double minY, double width, double height) {
    public Box {
        if (!(width >= 0) || !(height >= 0)) {
            throw new IllegalArgumentException("box size must be non-negative: " + width + " x " + height);
        }
    }

    /** The box of size {@code w} x {@code h} centred on {@code c}. */
    public static Box around(Position c, double w, double h) {
        return new Box(c.x() - w / 2, c.y() - h / 2, w, h);
    }

    public double maxX() {
        return minX + width;
    }

    public double maxY() {
        return minY + height;
    }

    public Position centre() {
        return new Position(minX + width / 2, minY + height / 2);
    }

    /** Whether {@code p} lies inside or on the edge. */
    public boolean contains(Position p) {
        return p.x() >= minX && p.x() <= maxX() && p.y() >= minY && p.y() <= maxY();
    }

    /** Whether {@code b} lies wholly inside this box. */
    public boolean contains(Box b) {
        return b.minX >= minX && b.maxX() <= maxX() && b.minY >= minY && b.maxY() <= maxY();
    }

    /** The smallest box holding both. */
    public Box union(Box b) {
        double x = Math.min(minX, b.minX);
        double y = Math.min(minY, b.minY);
        return new Box(x, y, Math.max(maxX(), b.maxX()) - x, Math.max(maxY(), b.maxY()) - y);
    }

    /** {@code p} shifted by (dx, dy). */
    public static Position shift(Position p, double dx, double dy) {
        return new Position(p.x() + dx, p.y() + dy);
    }

    /** The distance between two points. */
    public static double distance(Position a, Position b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }
}
