package org.mvtd.app.ui.live.view;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.mvtd.app.ui.live.LiveGlyphs;
import org.mvtd.app.ui.live.plan.ApplyOutcome;
import org.mvtd.app.ui.theme.Styles;

/** The result of an apply or teardown: what was done, or the failed step, the kernel's reason and the rollback. */
public final class OutcomeDialog {
    private OutcomeDialog() {
    }

    public static Dialog<ButtonType> show(Window owner, ApplyOutcome o) {
        Dialog<ButtonType> d = LiveDialogs.dialog(owner, o.ok() ? "Done" : "Failed", Styles.OUTCOME);
        d.getDialogPane().pseudoClassStateChanged(Styles.OK, o.ok());
        d.getDialogPane().pseudoClassStateChanged(Styles.FAILED, !o.ok());
        VBox box = new VBox(6, LiveDialogs.heading(o.headline(), o.ok() ? LiveGlyphs.AGREE : LiveGlyphs.DISAGREE, Styles.GLYPH));
        box.setPadding(new Insets(4));
        box.setPrefWidth(540);
        if (o.failedStep() != null) {
            box.getChildren().add(wrapped("Failed step: " + o.failedStep().describe(), null));
        }
        if (!o.reason().isEmpty()) {
            box.getChildren().add(wrapped("Reason: " + o.reason(), Styles.OUTCOME_REASON));
        }
        if (!o.rollback().isEmpty()) {
            box.getChildren().add(wrapped("Rollback: " + o.rollback(), null));
        }
        o.lines().forEach(l -> box.getChildren().add(wrapped(l, Styles.SUBTITLE)));
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().add(ButtonType.OK);
        d.show();
        return d;
    }

    private static Label wrapped(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        if (style != null) {
            l.getStyleClass().add(style);
        }
        return l;
    }
}
