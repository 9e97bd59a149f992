package org.mvtd.app.ui.canvas;

import java.util.List;
import java.util.Objects;
import org.mvtd.app.ui.fix.DiagnoseWindow;
import org.mvtd.app.ui.fix.FixPreview;
import org.mvtd.app.ui.fix.QuickFixes;

/**
 * Quick fixes on the canvas: the why card's fixes, their preview layer, and "Diagnose A → …" in the canvas's
 * context menu on an element.
 */
public final class CanvasFixes {
    private final FixPreviewLayer preview;
    private final QuickFixes fixes;

    CanvasFixes(CanvasView canvas, CanvasViewModel vm, ContextActions actions, CanvasLayers layers, WhyCard card) {
        Objects.requireNonNull(canvas, "canvas");
        fixes = vm.quickFixes();
        preview = new FixPreviewLayer(layers, vm.reach(), fixes);
        layers.addDecorator(preview);
        card.useFixes(fixes, () -> vm.reach().colouring().source());
        actions.add(t -> t.element() == null ? List.of() : DiagnoseWindow.menuItems(fixes, t.element(),
                () -> canvas.getScene() == null ? null : canvas.getScene().getWindow()));
    }

    public QuickFixes fixes() {
        return fixes;
    }

    /** The preview drawn now, or null (tests look at it). */
    public FixPreview preview() {
        return preview.shown();
    }
}
