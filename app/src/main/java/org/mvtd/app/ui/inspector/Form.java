package org.mvtd.app.ui.inspector;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.mvtd.app.ui.theme.Styles;

/** A two-column property form: label, control, and under the control a line for its problem or note. */
final class Form {
    private final GridPane grid = new GridPane();
    private final Map<String, Label> notes = new HashMap<>();
    private final Map<String, Node> controls = new HashMap<>();
    private int row;

    Form() {
        grid.setHgap(10);
        grid.setVgap(3);
        ColumnConstraints a = new ColumnConstraints();
        a.setMinWidth(96);
        a.setHalignment(HPos.RIGHT);
        ColumnConstraints b = new ColumnConstraints();
        b.setHgrow(Priority.ALWAYS);
        b.setFillWidth(true);
        grid.getColumnConstraints().addAll(a, b);
    }

    GridPane node() {
        return grid;
    }

    /** Adds a row; {@code key} names the field (as in validator paths: name, mode, mac...). */
    Label add(String key, String label, Node control) {
        Label l = new Label(label);
        l.setLabelFor(control);
        GridPane.setValignment(l, VPos.CENTER);
        grid.add(l, 0, row);
        grid.add(control, 1, row);
        GridPane.setHgrow(control, Priority.ALWAYS);
        if (control instanceof Control c) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        control.setId("inspector-" + key);
        controls.put(key, control);
        row++;
        Label note = new Label();
        note.setWrapText(true);
        note.setManaged(false);
        note.setVisible(false);
        note.setId("inspector-" + key + "-note");
        grid.add(note, 1, row);
        notes.put(key, note);
        row++;
        return note;
    }

    /** Adds a control spanning both columns. */
    void addWide(Node n) {
        grid.add(n, 0, row, 2, 1);
        row++;
    }

    /** Shows {@code text} under field {@code key} as an error (or, when {@code error} is false, as a note). */
    void note(String key, String text, boolean error) {
        Label n = notes.get(key);
        if (n == null) {
            return;
        }
        boolean show = text != null && !text.isEmpty();
        n.setText(show ? text : "");
        n.getStyleClass().removeAll(Styles.FIELD_ERROR, Styles.FIELD_NOTE);
        n.getStyleClass().add(error ? Styles.FIELD_ERROR : Styles.FIELD_NOTE);
        n.setVisible(show);
        n.setManaged(show);
        Node c = controls.get(key);
        if (c != null && error) {
            c.pseudoClassStateChanged(Styles.INVALID, show);
        }
    }

    boolean has(String key) {
        return notes.containsKey(key);
    }

    Node control(String key) {
        return controls.get(key);
    }

    /**
     * A text field checked on every keystroke (the problem appears beside it at once) and committed on
     * Enter or when focus leaves; an invalid text is put back to the current value when focus leaves.
     */
    TextField validatedText(String key, String label, String value, Function<String, Optional<String>> check,
                            Function<String, Optional<String>> commit) {
        TextField f = new TextField(value);
        add(key, label, f);
        f.textProperty().addListener((o, a, b) -> note(key, check.apply(b).orElse(null), true));
        Runnable doCommit = () -> {
            if (f.getText().equals(value)) {
                return;
            }
            Optional<String> p = commit.apply(f.getText());
            p.ifPresent(msg -> note(key, msg, true));
        };
        f.setOnAction(e -> doCommit.run());
        f.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                if (check.apply(f.getText()).isPresent()) {
                    f.setText(value);
                } else {
                    doCommit.run();
                }
            }
        });
        return f;
    }
}
