package org.mvtd.app.ui.viewmodel;

import java.util.Map;
import org.mvtd.model.edit.ElementRef;

/**
 * The marks every element shows for one selected source node; empty when nothing with a reach is selected.
 *
 * @param source     the selected element, or null
 * @param sourceNode its reach node id, or null
 */
public record ReachColouring(ElementRef source, String sourceNode, Map<ElementRef, ReachMark> marks) {
    public static final ReachColouring NONE = new ReachColouring(null, null, Map.of());

    public ReachColouring {
        marks = Map.copyOf(marks);
    }

    public boolean active() {
        return sourceNode != null;
    }

    public ReachMark markOf(ElementRef r) {
        return marks.get(r);
    }
}
