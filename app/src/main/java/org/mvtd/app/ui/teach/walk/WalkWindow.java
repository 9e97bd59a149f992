package org.mvtd.app.ui.teach.walk;

import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.mvtd.app.ui.teach.diagram.DiagramView;
import org.mvtd.app.ui.theme.WindowThemes;
import org.mvtd.model.Design;

/**
 * The walk-through on a read-only design in its own window (a lesson's "see it happen"): the drawing
 * on the left, the walk panel on the right; clicking a node picks it as the destination.
 */
public final class WalkWindow {
    private WalkWindow() {
    }

    /** Opens a window walking a frame from {@code from} to {@code to} (null: a broadcast) in {@code d}. */
    public static Stage open(Window owner, Design d, String from, String to) {
        Objects.requireNonNull(d, "d");
        DiagramView diagram = new DiagramView();
        diagram.setMaxZoom(1.3);
        diagram.show(d);
        WalkViewModel vm = new WalkViewModel();
        vm.designProperty().set(d);
        vm.chooseSource(from);
        vm.chooseTarget(to);
        FrameAnimator animator = new FrameAnimator(diagram);
        animator.attach();
        Stage stage = new Stage();
        WalkView view = new WalkView(vm, animator, () -> null, stage::close);
        diagram.onElementClickedProperty().set(r -> vm.nodeOf(r).filter(n -> !n.equals(vm.sourceProperty().get().id()))
                .ifPresent(vm::chooseTarget));
        SplitPane split = new SplitPane(diagram, view);
        split.setDividerPositions(0.62);
        Scene scene = new Scene(split, 1200, 720);
        WindowThemes.styleLike(scene, owner);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setScene(scene);
        stage.setTitle("Walk-through: " + d.name() + " \u2013 macvtap-designer");
        stage.setOnHidden(e -> view.stop());
        stage.show();
        return stage;
    }
}
