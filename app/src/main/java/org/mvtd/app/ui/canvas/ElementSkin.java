package org.mvtd.app.ui.canvas;

import java.util.Objects;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.Elements;
import org.mvtd.app.ui.viewmodel.ReachMark;
import org.mvtd.model.Design;

/**
 * How one element looks on the canvas. The canvas places {@link #getRoot()}; state (selection, down,
 * reach mark, path) is shown only through pseudo-classes, so the theme decides every colour.
 */
public abstract class ElementSkin {
    private final ElementRef ref;
    private ReachMark mark;
    private Object shownModel;
    private boolean shownDown;
    private Rectangle2D shownBox;
    private Node decoration;
    private Node problemBadge;

    protected ElementSkin(ElementRef ref) {
        this.ref = Objects.requireNonNull(ref, "ref");
    }

    public final ElementRef ref() {
        return ref;
    }

    public abstract Region getRoot();

    /** Reads the element's current state from {@code d} (titles, modes, down). */
    public void update(Design d) {
        getRoot().pseudoClassStateChanged(Styles.DOWN, Elements.isDown(d, ref));
    }

    /**
     * Updates the skin only when its element's record or down state changed. Designs are immutable and
     * edits keep untouched records, so after an edit most skins skip all work.
     */
    public final void refresh(Design d, Object model, boolean down) {
        if (model != shownModel || down != shownDown) {
            shownModel = model;
            shownDown = down;
            update(d);
        }
    }

    /** Places the skin at {@code box} unless it is already there. */
    public final void placeAt(Rectangle2D box) {
        if (!box.equals(shownBox)) {
            shownBox = box;
            place(box.getMinX(), box.getMinY(), box.getWidth(), box.getHeight());
        }
    }

    public void selectionChanged(boolean selected) {
        getRoot().pseudoClassStateChanged(Styles.SELECTED, selected);
    }

    /** Shows reach mark {@code m} (null: none). */
    public void setMark(ReachMark m) {
        if (m == mark) {
            return;
        }
        if (mark != null) {
            getRoot().pseudoClassStateChanged(Styles.mark(mark), false);
        }
        mark = m;
        if (m != null) {
            getRoot().pseudoClassStateChanged(Styles.mark(m), true);
        }
        markChanged(m);
    }

    public ReachMark mark() {
        return mark;
    }

    /** Lets a skin show the mark's glyph; the pseudo-class is already set. */
    protected void markChanged(ReachMark m) {
    }

    public void setOnPath(boolean on) {
        getRoot().pseudoClassStateChanged(Styles.ON_PATH, on);
    }

    public void setHoverTarget(boolean on) {
        getRoot().pseudoClassStateChanged(Styles.HOVER_TARGET, on);
    }

    /** Places and sizes the skin at its layout box (design units). */
    public void place(double x, double y, double w, double h) {
        Region r = getRoot();
        // Layers are Groups, which size children to their preferred size: make that the layout's size.
        r.setMinSize(w, h);
        r.setPrefSize(w, h);
        r.setMaxSize(w, h);
        r.relocate(x, y);
        placeDecoration(w, h);
    }

    /**
     * Shows {@code n} on the card's top-left corner (null removes it): the problem badge of an element a validation
     * problem names. A slot of its own, so live mode's decoration and the reach badge stay where they are.
     */
    public void setProblemBadge(Node n) {
        problemBadge = swapOverlay(problemBadge, n);
        if (n != null) {
            n.relocate(-11, -11);
        }
    }

    /** Replaces overlay node {@code old} (or nothing) on the card by {@code n} (or nothing); returns what is shown. */
    private Node swapOverlay(Node old, Node n) {
        if (!(getRoot() instanceof Pane p)) {
            return null;
        }
        if (old != null) {
            p.getChildren().remove(old);
        }
        if (n != null) {
            n.setManaged(false);
            p.getChildren().add(n);
        }
        return n;
    }

    /** The problem badge shown, or null. */
    public Node problemBadge() {
        return problemBadge;
    }

    // ---- live-mode hook: one decoration node drawn over the card's bottom-left corner ----

    /** Shows {@code n} over the card (null removes it); live mode puts its state pill here. */
    public void setDecoration(Node n) {
        decoration = swapOverlay(decoration, n);
        if (decoration != null) {
            placeDecoration(getRoot().getPrefWidth(), getRoot().getPrefHeight());
        }
    }

    public Node decoration() {
        return decoration;
    }

    private void placeDecoration(double w, double h) {
        if (decoration != null && h > 0) {
            decoration.relocate(8, h - 8);
        }
    }
    // ---- end of live-mode hook

    /** The connector handle users drag from to connect, or null when the kind connects nothing by dragging. */
    public Node connector() {
        return null;
    }

    /** Releases listeners; the skin is not used again. */
    public void dispose() {
        getRoot().setUserData(null);
    }
}
