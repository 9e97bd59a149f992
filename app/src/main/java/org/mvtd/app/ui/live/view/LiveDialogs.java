package org.mvtd.app.ui.live.view;

import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.shape.SVGPath;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.mvtd.app.ui.theme.Glyphs;
import org.mvtd.app.ui.theme.Styles;

/**
 * Shared set-up of live mode's dialogs: owned by the main window, styled like it (its sheets plus
 * live.css), and shown without blocking, the answer handled in a callback.
 */
final class LiveDialogs {
    static final String LIVE_CSS = Objects.requireNonNull(LiveDialogs.class.getResource("/org/mvtd/app/ui/theme/live.css"),
            "live.css").toExternalForm();

    private LiveDialogs() {
    }

    static <T> Dialog<T> dialog(Window owner, String title, String styleClass) {
        Dialog<T> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
            if (owner.getScene() != null) {
                d.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
            }
        }
        d.initModality(Modality.WINDOW_MODAL);
        d.setTitle(title);
        d.setResizable(true);
        d.getDialogPane().getStylesheets().add(LIVE_CSS);
        d.getDialogPane().getStyleClass().addAll(Styles.LIVE_SCOPE, styleClass);
        return d;
    }

    /** Runs {@code action} when the user answers {@code d} with {@code button} (and not when it is cancelled). */
    static void onAnswer(Dialog<ButtonType> d, ButtonType button, Runnable action) {
        Objects.requireNonNull(action, "action");
        d.resultProperty().addListener((o, a, b) -> {
            if (b == button) {
                action.run();
            }
        });
    }

    /**
     * A dialog asking to confirm a change to a machine: Cancel and {@code confirmText}, or only Close when
     * there is {@code nothingToDo}; {@code confirmed} runs on the confirm button. Not shown yet.
     */
    static Dialog<ButtonType> confirmation(Window owner, String title, String confirmText, boolean nothingToDo,
                                           Node content, Runnable confirmed) {
        Dialog<ButtonType> d = dialog(owner, title, Styles.PLAN_DIALOG);
        ButtonType confirm = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        if (nothingToDo) {
            d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        } else {
            d.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, confirm);
        }
        d.getDialogPane().setContent(content);
        onAnswer(d, confirm, confirmed);
        return d;
    }

    /** A bold heading with a glyph in front. */
    static Node heading(String text, String glyph, String glyphStyle) {
        Label l = new Label(text);
        l.getStyleClass().add("mvtd-heading");
        l.setWrapText(true);
        SVGPath g = Glyphs.path(glyph, glyphStyle);
        HBox row = new HBox(8, g, l);
        row.getStyleClass().add("mvtd-heading-row");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
