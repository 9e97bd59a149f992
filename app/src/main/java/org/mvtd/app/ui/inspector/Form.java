package org.mvtd.app.ui.inspector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.mvtd.app.ui.theme.Styles;

/**
 * A two-column property form bound to the design: label, control, and under the control a line listing every
 * problem of the field (as typed, refused, or found by the validator) or else its note. Built once per selected
 * element; {@link #refresh} puts the model's current values into the same controls, so focus, the caret and a
 * half-typed value in another field survive an edit or an undo. Problems also decorate their control through
 * ControlsFX's validation support (its icon, with the same lines in the icon's tooltip).
 */
final class Form {
    private final GridPane grid = new GridPane();
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final List<Runnable> binders = new ArrayList<>();
    private final ValidationSupport validation = new ValidationSupport();
    private int row;
    private boolean binding; // a binder is setting a control: its handlers must not commit that value back
    private boolean dropped; // replaced by another element's form: a late focus loss must not edit the new target

    /** One field's control, its note line and what the note shows. */
    private static final class Field {
        final Node control;
        final Label note;
        Label label;
        Supplier<Boolean> shown = () -> true;
        Supplier<String> info = () -> "";
        Supplier<List<String>> typed = List::of;
        String refusal;
        List<String> found = List.of();

        Field(Node control, Label note) {
            this.control = control;
            this.note = note;
        }

        List<String> errors() {
            LinkedHashSet<String> all = new LinkedHashSet<>(typed.get());
            if (refusal != null) {
                all.add(refusal);
            }
            all.addAll(found);
            return List.copyOf(all);
        }
    }

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
    void add(String key, String label, Node control) {
        Label l = new Label(label);
        l.setLabelFor(control);
        GridPane.setValignment(l, VPos.CENTER);
        grid.add(l, 0, row);
        grid.add(control, 1, row);
        GridPane.setHgrow(control, Priority.ALWAYS);
        control.setId("inspector-" + key);
        row++;
        Label note = new Label();
        note.setWrapText(true);
        note.setManaged(false);
        note.setVisible(false);
        note.setId("inspector-" + key + "-note");
        grid.add(note, 1, row);
        row++;
        Field f = new Field(control, note);
        f.label = l;
        fields.put(key, f);
        if (control instanceof Control c) {
            c.setMaxWidth(Double.MAX_VALUE);
            validation.registerValidator(c, false, (Control ctl, Object value) -> {
                List<String> errors = f.errors();
                return errors.isEmpty() ? new ValidationResult() : ValidationResult.fromError(ctl, String.join("\n", errors));
            });
        }
    }

    /** Adds a node spanning both columns. */
    void addWide(Node n) {
        grid.add(n, 0, row, 2, 1);
        row++;
    }

    /** Runs {@code binder} now and on every {@link #refresh}: it copies a model value into a control. */
    void bind(Runnable binder) {
        binders.add(binder);
        binding(binder);
    }

    private void binding(Runnable binder) {
        binding = true;
        try {
            binder.run();
        } finally {
            binding = false;
        }
    }

    /** Brings every control in line with the model, leaving alone what the user is typing. */
    void refresh() {
        binders.forEach(this::binding);
        fields.keySet().forEach(this::render);
    }

    /** The note shown under field {@code key} when it has no problem (e.g. what a mode does). */
    void info(String key, Supplier<String> text) {
        Field f = fields.get(key);
        if (f != null) {
            f.info = Objects.requireNonNull(text, "text");
            render(key);
        }
    }

    /** Shows field {@code key} (label, control and note) only while {@code when} holds, e.g. settings of one mode. */
    void shownWhen(String key, Supplier<Boolean> when) {
        Field f = fields.get(key);
        if (f != null) {
            f.shown = Objects.requireNonNull(when, "when");
            render(key);
        }
    }

    /** Shows why a choice in field {@code key} was refused (null clears it). */
    void refused(String key, String why) {
        Field f = fields.get(key);
        if (f != null) {
            f.refusal = why;
            render(key);
        }
    }

    /** The validator's problems by field key; fields not named have none. */
    void found(Map<String, List<String>> byKey) {
        for (var e : fields.entrySet()) {
            List<String> now = byKey.getOrDefault(e.getKey(), List.of());
            if (!now.equals(e.getValue().found)) {
                e.getValue().found = now;
                render(e.getKey());
            }
        }
    }

    /** Called when the inspector shows another form instead: nothing typed here is committed any more. */
    void drop() {
        dropped = true;
    }

    boolean has(String key) {
        return fields.containsKey(key);
    }

    Node control(String key) {
        Field f = fields.get(key);
        return f == null ? null : f.control;
    }

    /** Every problem field {@code key} shows now, in order. */
    List<String> errors(String key) {
        Field f = fields.get(key);
        return f == null ? List.of() : f.errors();
    }

    private void render(String key) {
        Field f = fields.get(key);
        List<String> errors = f.errors();
        String text = errors.isEmpty() ? f.info.get() : errors.size() == 1 ? errors.get(0)
                : "\u2022 " + String.join("\n\u2022 ", errors);
        boolean shown = f.shown.get();
        for (Node n : List.of(f.label, f.control)) {
            n.setVisible(shown);
            n.setManaged(shown);
        }
        boolean show = shown && text != null && !text.isEmpty();
        if (!Objects.equals(f.note.getText(), show ? text : "")) {
            f.note.setText(show ? text : "");
        }
        f.note.getStyleClass().removeAll(Styles.FIELD_ERROR, Styles.FIELD_NOTE);
        f.note.getStyleClass().add(errors.isEmpty() ? Styles.FIELD_NOTE : Styles.FIELD_ERROR);
        f.note.setVisible(show);
        f.note.setManaged(show);
        f.control.pseudoClassStateChanged(Styles.INVALID, !errors.isEmpty());
        if (f.control instanceof Control c) {
            validation.revalidate(c);
        }
    }

    /**
     * A text field bound to {@code model}, checked on every keystroke (all its problems appear beside it at once),
     * committed on Enter or when focus leaves as one edit; Esc puts the model's value back. An invalid text is put
     * back to the model's value when focus leaves. A model change updates the text unless the user is typing in it.
     */
    TextField text(String key, String label, Supplier<String> model, Function<String, List<String>> check,
                   Function<String, Optional<String>> commit) {
        TextField f = new TextField(model.get());
        String[] base = {model.get()}; // the model's value the text was last set from
        add(key, label, f);
        Field field = fields.get(key);
        field.typed = () -> f.getText().equals(base[0]) ? List.of() : check.apply(f.getText());
        f.textProperty().addListener((o, a, b) -> {
            field.refusal = null;
            render(key);
        });
        Runnable doCommit = () -> {
            if (dropped || f.getText().equals(base[0]) || !check.apply(f.getText()).isEmpty()) {
                return;
            }
            commit.apply(f.getText()).ifPresent(why -> refused(key, why));
        };
        f.setOnAction(e -> doCommit.run());
        f.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                if (!check.apply(f.getText()).isEmpty()) {
                    f.setText(base[0]);
                } else {
                    doCommit.run();
                }
            }
        });
        f.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !f.getText().equals(base[0])) {
                f.setText(base[0]);
                f.end();
                e.consume();
            }
        });
        bind(() -> {
            String now = model.get();
            if (!now.equals(base[0])) {
                boolean typing = f.isFocused() && !f.getText().equals(base[0]);
                base[0] = now;
                if (!typing) {
                    f.setText(now);
                }
            }
        });
        return f;
    }

    /**
     * A choice bound to {@code model} among {@code items}; choosing commits at once, and a refused choice is put
     * back with the reason beside it.
     */
    <T> ComboBox<T> choice(String key, String label, Supplier<List<T>> items, Supplier<T> model,
                           Function<T, Optional<String>> commit) {
        ComboBox<T> box = new ComboBox<>();
        add(key, label, box);
        box.setOnAction(e -> {
            T chosen = box.getValue();
            if (binding || Objects.equals(chosen, model.get())) {
                return; // the binder put the model's value in
            }
            Optional<String> why = commit.apply(chosen);
            refused(key, why.orElse(null));
            if (why.isPresent()) {
                Platform.runLater(() -> box.setValue(model.get()));
            }
        });
        bind(() -> {
            List<T> now = items.get();
            if (!box.getItems().equals(now)) {
                box.getItems().setAll(now);
            }
            T v = model.get();
            if (!Objects.equals(box.getValue(), v)) {
                box.setValue(v);
            }
        });
        return box;
    }

    /** A check box bound to {@code model}; toggling commits at once. */
    CheckBox check(String key, String label, String text, Supplier<Boolean> model, Function<Boolean, Optional<String>> commit) {
        CheckBox box = new CheckBox(text);
        box.setWrapText(true);
        add(key, label, box);
        box.setOnAction(e -> {
            Optional<String> why = commit.apply(box.isSelected());
            refused(key, why.orElse(null));
            if (why.isPresent()) {
                box.setSelected(model.get());
            }
        });
        bind(() -> {
            boolean v = model.get();
            if (box.isSelected() != v) {
                box.setSelected(v);
            }
        });
        return box;
    }
}
