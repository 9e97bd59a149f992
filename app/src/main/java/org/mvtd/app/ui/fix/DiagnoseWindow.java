package org.mvtd.app.ui.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.mvtd.app.ui.theme.WindowThemes;
import org.mvtd.app.ui.viewmodel.ReachViewModel;
import org.mvtd.model.Design;
import org.mvtd.model.edit.ElementKind;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.Elements;
import org.mvtd.model.reach.ReachEngine;

/**
 * "Diagnose A → B": a window beside the canvas where the user picks the other end (those A cannot ping first,
 * guests and hosts before their interfaces), reads why, and previews or applies every fix the engine finds,
 * side effects included. It follows the design while open.
 */
public final class DiagnoseWindow {
    private static final int FIXES_SHOWN = 12;

    private final QuickFixes fixes;
    private final ElementRef from;
    private final Stage stage = new Stage();
    private final ComboBox<ElementRef> to = new ComboBox<>();
    private final Label why = new Label();
    private final Label status = new Label();
    private final FixList list;
    private final ChangeListener<Design> follow = (o, a, b) -> refresh();

    private DiagnoseWindow(QuickFixes fixes, ElementRef from, ElementRef initial, Window owner) {
        this.fixes = Objects.requireNonNull(fixes, "fixes");
        this.from = Objects.requireNonNull(from, "from");
        list = new FixList(fixes, FIXES_SHOWN);
        list.setOnApplied(f -> status.setText("Applied \u201c" + f.name() + "\u201d as one step (Undo: Ctrl+Z)."));
        to.setId("diagnose-to");
        to.setCellFactory(c -> new RefCell());
        to.setButtonCell(new RefCell());
        to.getItems().setAll(others());
        to.getSelectionModel().select(initial != null && to.getItems().contains(initial) ? initial
                : to.getItems().isEmpty() ? null : to.getItems().get(0));
        to.valueProperty().addListener((o, a, b) -> {
            status.setText("");
            refresh();
        });
        why.setWrapText(true);
        why.setId("diagnose-why");
        status.getStyleClass().add("mvtd-fix-note");
        Label head = new Label("Diagnose " + from.qualifiedName() + " \u2192");
        head.getStyleClass().add("mvtd-fix-title");
        HBox pick = new HBox(8, head, to);
        pick.setAlignment(Pos.CENTER_LEFT);
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox foot = new HBox(8, status, grow, close);
        foot.setAlignment(Pos.CENTER_LEFT);
        VBox root = new VBox(10, pick, why, scroll, foot);
        root.setPadding(new Insets(14));
        root.getStyleClass().add("mvtd-diagnose");
        Scene scene = new Scene(root, 560, 520);
        WindowThemes.styleLike(scene, owner);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setScene(scene);
        stage.setTitle("Diagnose " + from.qualifiedName() + " \u2013 macvtap-designer");
        fixes.document().designProperty().addListener(follow);
        stage.setOnHidden(e -> {
            fixes.document().designProperty().removeListener(follow);
            list.show(null);
        });
        refresh();
    }

    /** Opens the window for {@code from}, the other end preset to {@code to} when given. */
    public static DiagnoseWindow open(QuickFixes fixes, ElementRef from, ElementRef to, Window owner) {
        DiagnoseWindow w = new DiagnoseWindow(fixes, from, to, owner);
        w.stage.show();
        return w;
    }

    /** The context menu's item for {@code from}; none for an element that stands for no reach node (a switch). */
    public static List<MenuItem> menuItems(QuickFixes fixes, ElementRef from, Supplier<Window> owner) {
        if (ReachViewModel.nodeFor(fixes.document().design(), from) == null) {
            return List.of();
        }
        MenuItem item = new MenuItem("Diagnose " + from.qualifiedName() + " \u2192 \u2026");
        item.setId("diagnose-item");
        item.setOnAction(e -> open(fixes, from, null, owner.get()));
        return List.of(item);
    }

    public Stage stage() {
        return stage;
    }

    public FixList fixList() {
        return list;
    }

    /** The other ends on offer: one element per reach node, those {@code from} cannot ping first. */
    private List<ElementRef> others() {
        Design d = fixes.document().design();
        String self = ReachViewModel.nodeFor(d, from);
        Optional<ReachEngine> eng = fixes.engine();
        if (self == null || eng.isEmpty() || eng.get().indexOf(self).isEmpty()) {
            return List.of();
        }
        int a = eng.get().indexOf(self).get();
        List<ElementRef> all = new ArrayList<>(Elements.all(d));
        // A guest or a host reads better than the interface it stands for.
        all.sort(Comparator.comparingInt(r -> rank(r.kind())));
        Set<String> seen = new HashSet<>(Set.of(self));
        List<ElementRef> cannot = new ArrayList<>();
        List<ElementRef> can = new ArrayList<>();
        for (ElementRef r : all) {
            String n = ReachViewModel.nodeFor(d, r);
            if (n == null || eng.get().indexOf(n).isEmpty() || !seen.add(n)) {
                continue;
            }
            (eng.get().ping(a, eng.get().indexOf(n).get()) ? can : cannot).add(r);
        }
        cannot.addAll(can);
        return cannot;
    }

    private static int rank(ElementKind k) {
        return switch (k) {
            case GUEST -> 0;
            case HOST -> 1;
            case STATION -> 2;
            case ENDPOINT -> 3;
            case DEVICE -> 4;
            case SWITCH -> 5;
        };
    }

    private void refresh() {
        ElementRef target = to.getValue();
        if (!Elements.exists(fixes.document().design(), from)) {
            stage.close();
            return;
        }
        Optional<Offer> offer = target == null ? Optional.empty() : fixes.diagnose(from, target);
        why.setText(offer.map(o -> o.diagnosis().pingsAlready()
                        ? o.title() + ": pings already (" + o.diagnosis().pair().why() + ")"
                        : o.title() + " cannot ping: " + o.diagnosis().pair().why())
                .orElse(target == null ? "Nothing else in the design has an address to reach."
                        : "Reachability cannot be judged for this pair right now."));
        list.show(offer.orElse(null));
    }

    private static final class RefCell extends ListCell<ElementRef> {
        @Override
        protected void updateItem(ElementRef r, boolean empty) {
            super.updateItem(r, empty);
            setText(empty || r == null ? null : r.label());
        }
    }
}
