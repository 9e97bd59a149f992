package org.mvtd.app.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import org.mvtd.app.ui.viewmodel.SelectionModel;
import org.mvtd.model.edit.ElementRef;

/**
 * The canvas's context menu on an element: every part of the window that has something to offer for an element
 * adds a {@link Contributor}, and the menu lists their items in the order they were added. It opens on a
 * right click that did not drag (a right drag pans) and on the menu key or Shift+F10 for the selected element.
 */
public final class ContextActions {
    /** Menu items for one element; an empty list adds nothing. */
    @FunctionalInterface
    public interface Contributor {
        List<MenuItem> itemsFor(ElementRef target);
    }

    /** A right press that moves less than this is a click, not a pan. */
    private static final double CLICK_SLOP = 5;

    private final List<Contributor> contributors = new ArrayList<>();
    private final ContextMenu menu = new ContextMenu();
    private Point2D secondaryPress;

    ContextActions() {
        menu.setId("canvas-context-menu");
    }

    public void add(Contributor c) {
        contributors.add(Objects.requireNonNull(c, "c"));
    }

    /** The items every contributor offers for {@code target}, in order. */
    public List<MenuItem> itemsFor(ElementRef target) {
        List<MenuItem> out = new ArrayList<>();
        for (Contributor c : contributors) {
            out.addAll(c.itemsFor(target));
        }
        return out;
    }

    /** The menu last shown (tests fire its items). */
    public ContextMenu menu() {
        return menu;
    }

    void install(CanvasView canvas, Pane viewport, SelectionModel selection) {
        viewport.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            menu.hide();
            secondaryPress = e.getButton() == MouseButton.SECONDARY ? new Point2D(e.getScreenX(), e.getScreenY()) : null;
        });
        viewport.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            Point2D press = secondaryPress;
            secondaryPress = null;
            if (e.getButton() != MouseButton.SECONDARY || press == null
                    || press.distance(e.getScreenX(), e.getScreenY()) > CLICK_SLOP) {
                return;
            }
            ElementRef hit = canvas.currentLayout().elementAt(canvas.sceneToDesign(e.getSceneX(), e.getSceneY())).orElse(null);
            if (hit != null) {
                if (!selection.isSelected(hit)) {
                    selection.select(hit);
                }
                show(canvas, hit, e.getScreenX(), e.getScreenY());
            }
        });
        viewport.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            boolean menuKey = e.getCode() == KeyCode.CONTEXT_MENU || e.getCode() == KeyCode.F10 && e.isShiftDown();
            if (menuKey && selection.single().isPresent()) {
                ElementRef r = selection.single().get();
                Point2D at = canvas.designToScreen(canvas.currentLayout().centre(r));
                show(canvas, r, at.getX(), at.getY());
                e.consume();
            }
        });
    }

    /** Shows the menu for {@code target} at a screen point; false when no contributor offers anything. */
    public boolean show(CanvasView canvas, ElementRef target, double screenX, double screenY) {
        List<MenuItem> items = itemsFor(target);
        menu.getItems().setAll(items);
        if (items.isEmpty()) {
            return false;
        }
        menu.show(canvas, screenX, screenY);
        return true;
    }
}
