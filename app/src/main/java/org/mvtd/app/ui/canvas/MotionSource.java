package org.mvtd.app.ui.canvas;

import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/** What the {@link MotionImage} needs from the canvas: the drawing to take pictures of, and how to show and hide it. */
interface MotionSource {
    /** The untransformed parent of the drawing: its coordinates are the viewport's. */
    Node world();

    /** The clipped area the drawing is seen through. */
    Region viewport();

    /** How many elements the design has now. */
    int elements();

    /** Shows what meets design area {@code a} and hides the rest. */
    void cullTo(Rectangle2D a);

    /** Sets only the drawing's transform to view (s, tx, ty): nothing else follows the view. */
    void lookAt(double s, double tx, double ty);

    /** The canvas colour and grid, as the theme styles them now. */
    Backdrop backdrop();

    /** The picture takes the drawing's place ({@code true}) or the live drawing comes back for the current view. */
    void standIn(boolean picture);
}
