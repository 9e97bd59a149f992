package org.mvtd.app.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.Link;

/**
 * The canvas's context menus as a registry: each contributor adds its items for what was right-clicked
 * (an element, a link, a note or the empty canvas), and the menu shows every contributor's group in the
 * order they were added, separated. Features outside the canvas (diagnosis, layout) add their own.
 */
public final class ContextActions {
    /**
     * What a context menu is for.
     *
     * @param element   the element right-clicked, or null
     * @param link      the link right-clicked, or null
     * @param note      the index of the note right-clicked, or null
     * @param at        the design point clicked (where "add here" puts things)
     * @param selection the elements selected when the menu opened (the clicked one among them)
     */
    public record Target(ElementRef element, Link link, Integer note, Point2D at, Set<ElementRef> selection) {
        public Target {
            Objects.requireNonNull(at, "at");
            selection = Set.copyOf(selection);
        }

        /** Whether the empty canvas was clicked. */
        public boolean onCanvas() {
            return element == null && link == null && note == null;
        }

        public Optional<ElementRef> elementOpt() {
            return Optional.ofNullable(element);
        }
    }

    /** Adds items for a target; returns none when it has nothing to offer there. */
    @FunctionalInterface
    public interface Contributor {
        List<MenuItem> items(Target t);
    }

    private final List<Contributor> contributors = new ArrayList<>();

    /** Adds {@code c}; its group comes after the groups of those added before. */
    public void add(Contributor c) {
        contributors.add(Objects.requireNonNull(c, "contributor"));
    }

    /** Every contributor's items for {@code t}, groups separated. */
    public List<MenuItem> itemsFor(Target t) {
        List<MenuItem> out = new ArrayList<>();
        for (Contributor c : contributors) {
            List<MenuItem> group = c.items(t);
            if (group == null || group.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.add(new SeparatorMenuItem());
            }
            out.addAll(group);
        }
        return out;
    }

    /** The menu for {@code t}, or empty when nobody offers anything there. */
    public Optional<ContextMenu> menuFor(Target t) {
        List<MenuItem> items = itemsFor(t);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        ContextMenu m = new ContextMenu();
        m.getItems().setAll(items);
        return Optional.of(m);
    }
}
