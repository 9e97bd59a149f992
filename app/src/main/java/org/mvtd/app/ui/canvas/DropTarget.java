package org.mvtd.app.ui.canvas;

import java.util.Map;
import java.util.Objects;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Shape;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.model.edit.Connections;
import org.mvtd.model.edit.ElementRef;

/**
 * The element a connecting or re-pointing drag is over, marked as the drop would end: a dashed accent outline
 * where it would be accepted, a red one with the refusal beside the pointer where the kernel or the format
 * refuses it. A refused target is never drawn as a valid one.
 */
final class DropTarget {
    private final Pane viewport;
    private final Map<ElementRef, ElementSkin> skins;
    private final Label reason = new Label();
    private ElementRef target;
    private boolean refused;
    private Shape line;

    DropTarget(Pane viewport, Map<ElementRef, ElementSkin> skins) {
        this.viewport = Objects.requireNonNull(viewport, "viewport");
        this.skins = Objects.requireNonNull(skins, "skins");
        reason.getStyleClass().addAll(Styles.TOAST, "mvtd-drop-reason");
        reason.setId("mvtd-drop-reason");
        reason.setManaged(false);
        reason.setMouseTransparent(true);
        reason.setWrapText(true);
        reason.setMaxWidth(340);
        reason.setVisible(false);
        viewport.getChildren().add(reason);
    }

    /** The line drawn while dragging; it turns red over a refused target. */
    void drawnWith(Shape l) {
        line = l;
    }

    /** Marks {@code t} (null: none) with what dropping there gives; {@code at} is the pointer in the viewport. */
    void show(ElementRef t, Connections.Outcome o, Point2D at) {
        boolean nowRefused = t != null && o instanceof Connections.Refused;
        if (!Objects.equals(t, target) || nowRefused != refused) {
            unmark();
            target = t;
            refused = nowRefused;
            if (t != null && skins.containsKey(t)) {
                ElementSkin s = skins.get(t);
                s.setHoverTarget(!refused);
                s.getRoot().pseudoClassStateChanged(Styles.REFUSED_TARGET, refused);
            }
            if (line != null) {
                line.pseudoClassStateChanged(Styles.REFUSED_TARGET, refused);
            }
        }
        if (refused) {
            reason.setText("Refused: " + ((Connections.Refused) o).reason());
            reason.autosize();
            // Beside the pointer, but kept inside the canvas so the reason can be read whole.
            double x = Math.max(4, Math.min(at.getX() + 16, viewport.getWidth() - reason.getWidth() - 4));
            double y = Math.max(4, Math.min(at.getY() + 16, viewport.getHeight() - reason.getHeight() - 4));
            reason.relocate(x, y);
            reason.toFront();
        }
        reason.setVisible(refused);
    }

    void clear() {
        show(null, null, Point2D.ZERO);
    }

    private void unmark() {
        if (target != null && skins.containsKey(target)) {
            skins.get(target).setHoverTarget(false);
            skins.get(target).getRoot().pseudoClassStateChanged(Styles.REFUSED_TARGET, false);
        }
    }

    /** Whether the target now shown is refused. */
    boolean refused() {
        return refused;
    }

    /** The refusal shown beside the pointer (tests read it). */
    Label reason() {
        return reason;
    }
}
