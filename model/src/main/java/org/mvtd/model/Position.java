package org.mvtd.model;

/** A canvas position in design units; any element may carry one. */
public record Position(double x, double y) {
    public Position {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("position must be finite: " + x + ", " + y);
        }
    }
}
