package org.mvtd.app.ui.canvas;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import org.mvtd.app.ui.theme.Styles;

/**
 * A text field opened on the canvas over what it edits (an element's name, a link's label, a note's text).
 * Enter commits through the given function, which answers a refusal (shown under the field, the field stays
 * open) or nothing; Esc cancels. A note's text may span lines: there Shift+Enter starts a new line.
 */
final class InlineEditor {
    private final Pane viewport;
    private final Runnable refocus;
    private final Label reason = new Label();
    private TextInputControl field;
    private Function<String, Optional<String>> commit;

    InlineEditor(Pane viewport, Runnable refocus) {
        this.viewport = Objects.requireNonNull(viewport, "viewport");
        this.refocus = Objects.requireNonNull(refocus, "refocus");
        reason.getStyleClass().add(Styles.TOAST);
        reason.setManaged(false);
        reason.setVisible(false);
        reason.setWrapText(true);
        reason.setMaxWidth(360);
    }

    /** Opens over {@code box} (viewport coordinates) holding {@code text}. */
    void open(Rectangle2D box, String text, boolean multiLine, Function<String, Optional<String>> onCommit) {
        close();
        commit = Objects.requireNonNull(onCommit, "onCommit");
        field = multiLine ? new TextArea(text) : new TextField(text);
        if (field instanceof TextArea a) {
            a.setWrapText(true);
        }
        field.getStyleClass().add(Styles.INLINE_EDITOR);
        field.setId("mvtd-inline-editor");
        field.setManaged(false);
        double h = multiLine ? Math.max(60, box.getHeight()) : 28;
        field.resizeRelocate(box.getMinX(), box.getMinY() + (multiLine ? 0 : (box.getHeight() - h) / 2),
                Math.max(140, box.getWidth()), h);
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        field.focusedProperty().addListener((o, a, b) -> {
            if (!b && field != null && field.getScene() != null) {
                close(); // clicking away cancels, as Esc does
            }
        });
        field.textProperty().addListener((o, a, b) -> {
            field.pseudoClassStateChanged(Styles.INVALID, false);
            reason.setVisible(false);
        });
        viewport.getChildren().addAll(field, reason);
        field.requestFocus();
        field.selectAll();
    }

    private void key(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            close();
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && !(field instanceof TextArea && e.isShiftDown())) {
            e.consume();
            Optional<String> refused = commit.apply(field.getText());
            if (refused.isPresent()) {
                field.pseudoClassStateChanged(Styles.INVALID, true);
                reason.setText(refused.get());
                reason.autosize();
                double x = Math.max(4, Math.min(field.getLayoutX(), viewport.getWidth() - reason.getWidth() - 4));
                reason.relocate(x, field.getLayoutY() + field.getHeight() + 4);
                reason.setVisible(true);
            } else {
                close();
            }
        } else if (e.getCode() == KeyCode.ENTER && field instanceof TextArea a) {
            e.consume();
            a.insertText(a.getCaretPosition(), "\n");
        }
    }

    boolean isOpen() {
        return field != null;
    }

    /** The open field, or null (tests type into it). */
    TextInputControl field() {
        return field;
    }

    /** The refusal shown under the field. */
    Label reason() {
        return reason;
    }

    void close() {
        if (field == null) {
            return;
        }
        TextInputControl f = field;
        field = null;
        viewport.getChildren().removeAll(f, reason);
        reason.setVisible(false);
        refocus.run();
    }
}
