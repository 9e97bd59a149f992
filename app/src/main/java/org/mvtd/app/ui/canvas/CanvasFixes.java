package org.mvtd.app.ui.canvas;

import java.util.Objects;
import javafx.scene.layout.Pane;
import org.mvtd.app.ui.fix.DiagnoseWindow;
import org.mvtd.app.ui.fix.FixPreview;
import org.mvtd.app.ui.fix.QuickFixes;

/**
 * Quick fixes on the canvas: the why card's fixes, their preview layer, and the context menu, whose first
 * contributor is "Diagnose A → …".
 */
public final class CanvasFixes {
    private final ContextActions actions = new ContextActions();
    private final FixPreviewLayer preview;
    private final QuickFixes fixes;

    CanvasFixes(CanvasView canvas, CanvasViewModel vm, Pane viewport, CanvasLayers layers, WhyCard card) {
        Objects.requireNonNull(canvas, "canvas");
        fixes = vm.quickFixes();
        preview = new FixPreviewLayer(layers, vm.reach(), fixes);
        layers.addDecorator(preview);
        card.useFixes(fixes, () -> vm.reach().colouring().source());
        actions.install(canvas, viewport, vm.selection());
        actions.add(r -> DiagnoseWindow.menuItems(fixes, r,
                () -> canvas.getScene() == null ? null : canvas.getScene().getWindow()));
    }

    /** The element context menu: other parts add their items here. */
    public ContextActions actions() {
        return actions;
    }

    public QuickFixes fixes() {
        return fixes;
    }

    /** The preview drawn now, or null (tests look at it). */
    public FixPreview preview() {
        return preview.shown();
    }
}
