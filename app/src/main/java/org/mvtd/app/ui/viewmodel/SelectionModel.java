package org.mvtd.app.ui.viewmodel;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.mvtd.model.Design;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.Elements;

/** The selected elements of the canvas: one observable set every view listens to. */
public final class SelectionModel {
    private final ObservableSet<ElementRef> selected = FXCollections.observableSet();

    public ObservableSet<ElementRef> getSelectedItems() {
        return selected;
    }

    /** Selects exactly {@code r}. */
    public void select(ElementRef r) {
        selectAll(List.of(r));
    }

    /** Replaces the selection by {@code refs}, firing changes only for what differs. */
    public void selectAll(Collection<ElementRef> refs) {
        Set<ElementRef> want = Set.copyOf(refs);
        selected.retainAll(want);
        selected.addAll(want);
    }

    /** Shift-click: adds {@code r}, or removes it when already selected. */
    public void toggle(ElementRef r) {
        if (!selected.remove(r)) {
            selected.add(r);
        }
    }

    public void clear() {
        selected.clear();
    }

    public boolean isSelected(ElementRef r) {
        return selected.contains(r);
    }

    /** The only selected element, when exactly one is selected. */
    public Optional<ElementRef> single() {
        return selected.size() == 1 ? Optional.of(selected.iterator().next()) : Optional.empty();
    }

    /** Drops elements the design no longer has (after delete, undo, load). */
    public void retainExisting(Design d) {
        selected.removeIf(r -> !Elements.exists(d, r));
    }
}
