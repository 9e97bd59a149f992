package org.mvtd.app.ui.viewmodel;

import java.util.Map;
import org.mvtd.model.edit.ElementRef;

/**
 * The marks every element shows for one selected source node; empty when nothing with a reach is selected.
 *
 * @param source     the selected element, or null
 * @param sourceNode its reach node id, or null
 * @param family     the address family the marks judge ping in
 */
public record ReachColouring(ElementRef source, String sourceNode, Map<ElementRef, ReachMark> marks, IpFamily family) {
    public static final ReachColouring NONE = new ReachColouring(null, null, Map.of());

    public ReachColouring {
        marks = Map.copyOf(marks);
        family = family == null ? IpFamily.IPV4 : family;
    }

    /** Marks judged by IPv4. */
    public ReachColouring(ElementRef source, String sourceNode, Map<ElementRef, ReachMark> marks) {
        this(source, sourceNode, marks, IpFamily.IPV4);
    }

    public boolean active() {
        return sourceNode != null;
    }

    public ReachMark markOf(ElementRef r) {
        return marks.get(r);
    }
}
