package org.mvtd.app.ui.canvas;

import java.util.Objects;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.Rectangle;
import org.mvtd.app.ui.fix.FixPreview;
import org.mvtd.app.ui.fix.QuickFixes;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.app.ui.viewmodel.FxLayout;
import org.mvtd.app.ui.viewmodel.ReachMark;
import org.mvtd.app.ui.viewmodel.ReachViewModel;
import org.mvtd.model.edit.ElementRef;

/**
 * A quick fix's preview on the canvas: while a fix is pointed at, every element shows the mark the fixed design
 * would give it, the elements whose mark changes are ringed, and the elements the fix adds are drawn as dashed
 * ghosts where Apply would put them. Ending the preview restores the marks of the design as it is.
 */
final class FixPreviewLayer implements CanvasDecorator {
    private static final double RING = 6;

    private final CanvasLayers layers;
    private final ReachViewModel reach;
    private final Group group;
    private FixPreview shown;

    FixPreviewLayer(CanvasLayers layers, ReachViewModel reach, QuickFixes fixes) {
        this.layers = Objects.requireNonNull(layers, "layers");
        this.reach = Objects.requireNonNull(reach, "reach");
        this.group = layers.overlay(CanvasLayers.Overlay.PREVIEW);
        fixes.previewProperty().addListener((o, a, b) -> show(b));
        // The design's own marks win again the moment it changes (a preview ends with any change).
        reach.colouringProperty().addListener((o, a, b) -> {
            if (shown != null) {
                fixes.endPreview();
            }
        });
    }

    /** The preview drawn now, or null. */
    FixPreview shown() {
        return shown;
    }

    private void show(FixPreview p) {
        shown = p;
        group.getChildren().clear();
        if (p == null) {
            layers.colour(reach.colouring());
            return;
        }
        layers.colour(p.colouring());
        FxLayout now = layers.layout();
        for (ElementRef r : p.changed()) {
            now.bounds(r).ifPresent(b -> group.getChildren().add(ring(b, p.colouring().markOf(r))));
        }
        FxLayout fixed = FxLayout.of(p.result());
        for (ElementRef r : p.added()) {
            fixed.bounds(r).ifPresent(b -> {
                Rectangle ghost = rect(b, 0, "mvtd-preview-ghost");
                Label name = new Label("+ " + r.name());
                name.getStyleClass().add("mvtd-preview-ghost-label");
                name.relocate(b.getMinX() + 10, b.getMinY() + b.getHeight() / 2 - 9);
                group.getChildren().addAll(ghost, name);
            });
        }
    }

    private static Rectangle ring(Rectangle2D b, ReachMark m) {
        Rectangle r = rect(b, RING, "mvtd-preview-ring");
        if (m != null) {
            r.pseudoClassStateChanged(Styles.mark(m), true);
        }
        return r;
    }

    private static Rectangle rect(Rectangle2D b, double grow, String style) {
        Rectangle r = new Rectangle(b.getMinX() - grow, b.getMinY() - grow, b.getWidth() + 2 * grow, b.getHeight() + 2 * grow);
        r.setArcWidth(14);
        r.setArcHeight(14);
        r.getStyleClass().add(style);
        r.setMouseTransparent(true);
        return r;
    }

    @Override
    public void created(ElementSkin skin) {
        if (shown != null) {
            skin.setMark(shown.colouring().markOf(skin.ref()));
        }
    }

    @Override
    public void disposed(ElementSkin skin) {
        // Nothing of the skin is kept: the rings are redrawn from the preview.
    }
}
