package org.mvtd.app.ui.teach.diagram;

import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.Design;

/**
 * Something a design is drawn on that the teaching views can draw over: the designer's canvas or a
 * read-only {@link DiagramView}. Coordinates are design units; the layer moves and zooms with the drawing.
 */
public interface Surface {
    /** The design drawn now. */
    Design design();

    /** The drawn box of {@code r}, when it is drawn. */
    Optional<Rectangle2D> bounds(ElementRef r);

    /** A layer above the elements, in design units, for frames, trails and marks. */
    Group layer();
}
