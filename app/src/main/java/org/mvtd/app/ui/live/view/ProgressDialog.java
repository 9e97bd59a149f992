package org.mvtd.app.ui.live.view;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.mvtd.app.ui.live.LiveGlyphs;
import org.mvtd.app.ui.live.LiveViewModel;
import org.mvtd.app.ui.live.plan.ApplyProgress;
import org.mvtd.app.ui.theme.Glyphs;
import org.mvtd.app.ui.theme.Styles;

/** Progress while an apply runs: a bar and the steps, ticked as the live board sees them happen. */
public final class ProgressDialog {
    private ProgressDialog() {
    }

    public static Dialog<ButtonType> show(Window owner, LiveViewModel vm) {
        Dialog<ButtonType> d = LiveDialogs.dialog(owner, "Applying", Styles.PLAN_DIALOG);
        ProgressBar bar = new ProgressBar(-1);
        bar.setMaxWidth(Double.MAX_VALUE);
        Label count = new Label();
        VBox steps = new VBox(1);
        VBox box = new VBox(6, LiveDialogs.heading("Applying to " + vm.targetHost() + "\u2026", LiveGlyphs.FLAP, Styles.STEP_GLYPH),
                bar, count, steps);
        box.setPadding(new Insets(4));
        box.setPrefWidth(520);
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.getDialogPane().lookupButton(ButtonType.CLOSE).setDisable(true);
        ChangeListener<ApplyProgress> l = (o, a, p) -> {
            if (p == null) {
                d.getDialogPane().lookupButton(ButtonType.CLOSE).setDisable(false);
                d.close();
                return;
            }
            bar.setProgress(p.doneCount() == 0 ? -1 : p.fraction());
            count.setText(p.doneCount() + " of " + p.steps().size() + " steps seen on the machine");
            steps.getChildren().clear();
            for (int i = 0; i < p.steps().size(); i++) {
                var s = p.steps().get(i);
                Label x = new Label(s.describe());
                x.getStyleClass().addAll(Styles.PLAN_STEP, s.kind().wireName());
                x.setGraphic(Glyphs.path(p.done().get(i) ? LiveGlyphs.AGREE : LiveGlyphs.of(s.kind()), Styles.STEP_GLYPH));
                x.pseudoClassStateChanged(Styles.DONE, p.done().get(i));
                steps.getChildren().add(x);
            }
        };
        vm.progressProperty().addListener(l);
        d.setOnHidden(e -> vm.progressProperty().removeListener(l));
        l.changed(null, null, vm.progressProperty().get());
        if (vm.progressProperty().get() != null) {
            d.show();
        }
        return d;
    }
}
