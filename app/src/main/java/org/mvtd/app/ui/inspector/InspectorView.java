package org.mvtd.app.ui.inspector;

import impl.org.controlsfx.skin.DecorationPane;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.mvtd.app.ui.problems.ProblemsViewModel;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.app.ui.viewmodel.ChangePipeline;
import org.mvtd.model.edit.ChangeSet;
import org.mvtd.model.edit.ElementKind;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.Elements;
import org.mvtd.model.validate.Problem;

/**
 * Every property of the selected element, editable, checked as typed, with the validator's problems beside the
 * field they concern. The form is built when the selection changes (or the element's set of fields does: a NIC
 * added or removed); any other design change, an undo included, updates the same controls in place.
 */
public final class InspectorView extends ScrollPane {
    private final InspectorViewModel vm;
    private final ProblemsViewModel problems;
    private final VBox body = new VBox(10);
    private final VBox general = new VBox(6); // problems of the element that belong to no single field
    private Form form;
    private List<Object> shape = List.of();
    private boolean rebuildQueued;
    private List<String> shownGeneral = List.of();
    private Predicate<ElementRef> readOnly = r -> false; // live-mode hook
    private String readOnlyNote = "";

    public InspectorView(InspectorViewModel vm, ProblemsViewModel problems) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.problems = Objects.requireNonNull(problems, "problems");
        getStyleClass().add(Styles.INSPECTOR);
        body.getStyleClass().add(Styles.INSPECTOR);
        body.setPadding(new Insets(14));
        // The validation decorations draw in this pane; without one ControlsFX would replace the scene's root.
        DecorationPane decorations = new DecorationPane();
        decorations.setRoot(body);
        setContent(decorations);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        vm.targetProperty().addListener((o, a, b) -> rebuild());
        vm.document().changes().on(ChangePipeline.Stage.INSPECTOR, this::changed);
        rebuild();
    }

    // A change that keeps the form's set of fields updates them in place; one that changes it rebuilds, after the
    // handler that made the edit (an Add NIC button, say) has returned.
    private void changed(ChangeSet c) {
        if (!shapeNow().equals(shape)) {
            queueRebuild();
        } else if (!rebuildQueued) {
            form.refresh();
            showProblems();
        }
    }

    private void queueRebuild() {
        if (!rebuildQueued) {
            rebuildQueued = true;
            Platform.runLater(() -> {
                rebuildQueued = false;
                rebuild();
            });
        }
    }

    /** What decides the form's fields: the element (or none: the design's form), a guest's NIC count, read-only. */
    private List<Object> shapeNow() {
        ElementRef r = vm.target();
        if (r == null || !Elements.exists(vm.design(), r)) {
            return List.of("design");
        }
        int nics = r.kind() == ElementKind.GUEST ? vm.guest().nics().size() : 0;
        return List.of(r, nics, readOnly.test(r));
    }

    /** Builds the form for the current target, keeping keyboard focus on the same field. */
    public void rebuild() {
        String focusedId = getScene() != null && getScene().getFocusOwner() != null
                && isAncestorOf(getScene().getFocusOwner()) ? getScene().getFocusOwner().getId() : null;
        if (form != null) {
            form.drop();
        }
        body.getChildren().clear();
        general.getChildren().clear();
        shownGeneral = List.of();
        form = new Form();
        shape = shapeNow();
        ElementRef r = vm.target();
        ElementForms fields = new ElementForms(vm, form, body);
        boolean design = r == null || !Elements.exists(vm.design(), r);
        body.getChildren().addAll(heading(design ? "Design" : title(r)), form.node());
        if (design) {
            fields.buildDesign();
        } else {
            fields.build(r);
            body.getChildren().add(general);
            if (readOnly.test(r)) {
                form.node().setDisable(true);
                Label note = new Label(readOnlyNote);
                note.setId("inspector-read-only");
                note.getStyleClass().add(Styles.FOREIGN_NOTE);
                note.setWrapText(true);
                body.getChildren().add(1, note);
            }
        }
        showProblems();
        if (focusedId != null) {
            Node n = body.lookup("#" + focusedId);
            if (n != null) {
                n.requestFocus();
            }
        }
    }

    /** Live mode's hook: elements {@code p} accepts are shown with {@code note} and cannot be edited. */
    public void setReadOnly(Predicate<ElementRef> p, String note) {
        readOnly = Objects.requireNonNull(p, "p");
        readOnlyNote = Objects.requireNonNull(note, "note");
        rebuild();
    }

    private boolean isAncestorOf(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (x == this) {
                return true;
            }
        }
        return false;
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("mvtd-heading");
        return heading;
    }

    private static String title(ElementRef r) {
        String k = r.kind().label();
        return Character.toUpperCase(k.charAt(0)) + k.substring(1) + (r.host() != null ? " on " + r.host() : "");
    }

    /** The validator's problems about the target: each under its field, the rest below the form. */
    private void showProblems() {
        ElementRef r = vm.target();
        Map<String, List<String>> byKey = new HashMap<>();
        List<String> rest = new ArrayList<>();
        if (r != null && Elements.exists(vm.design(), r)) {
            for (Problem p : problems.about(r)) {
                String key = fieldKey(p, r);
                if (!form.has(key) && form.has(key.replaceAll("-\\d+$", ""))) {
                    key = key.replaceAll("-\\d+$", ""); // a list entry's problem goes under the list's field
                }
                String text = p.message() + (p.fix().isEmpty() ? "" : " " + p.fix());
                if (!key.isEmpty() && form.has(key)) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(text);
                } else {
                    rest.add((p.isError() ? "Error: " : "Warning: ") + text);
                }
            }
        }
        form.found(byKey);
        if (!rest.equals(shownGeneral)) {
            shownGeneral = rest;
            general.getChildren().setAll(rest.stream().map(s -> {
                Label l = new Label(s);
                l.setWrapText(true);
                l.getStyleClass().add("mvtd-problem-note");
                return l;
            }).toList());
        }
    }

    /** The form key of the field of {@code r} that {@code p} is about ("mac", "nics-0"), or "" for the element itself. */
    private static String fieldKey(Problem p, ElementRef r) {
        String base = r.path();
        String path = p.path().startsWith(base) ? p.path()
                : p.others().stream().filter(o -> o.startsWith(base)).findFirst().orElse(base);
        String field = path.length() > base.length() + 1 ? path.substring(base.length() + 1) : "";
        return field.replaceAll("\\[(\\d+)\\].*", "-$1").replace('.', '-');
    }
}
