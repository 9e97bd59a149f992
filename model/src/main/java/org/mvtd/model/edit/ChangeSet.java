package org.mvtd.model.edit;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mvtd.model.Design;

/**
 * What one edit (or undo, redo, load) changed: the design before and after, and the elements that were
 * added, removed or given other values. The app's reactions (reach, validation, canvas, inspector) read it
 * once per edit instead of each diffing the design itself.
 *
 * @param changed every element whose record differs between {@code before} and {@code after}, present in either
 */
public record ChangeSet(Design before, Design after, Set<ElementRef> changed) {
    public ChangeSet {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        changed = Set.copyOf(changed);
    }

    /** The change from {@code before} to {@code after}, element by element (records compare by value). */
    public static ChangeSet between(Design before, Design after) {
        Map<ElementRef, Object> a = Elements.index(before);
        Map<ElementRef, Object> b = Elements.index(after);
        Set<ElementRef> changed = new LinkedHashSet<>();
        for (Map.Entry<ElementRef, Object> e : a.entrySet()) {
            if (!Objects.equals(e.getValue(), b.get(e.getKey()))) {
                changed.add(e.getKey());
            }
        }
        Map<ElementRef, Object> added = new HashMap<>(b);
        added.keySet().removeAll(a.keySet());
        changed.addAll(added.keySet());
        return new ChangeSet(before, after, changed);
    }

    /** Whether {@code r} was added, removed or changed. */
    public boolean touches(ElementRef r) {
        return changed.contains(r);
    }

    /** Whether no element changed (only the design's own fields, such as its name, or nothing at all). */
    public boolean noElementChanged() {
        return changed.isEmpty();
    }
}
