package org.mvtd.app.ui.problems;

import java.util.Locale;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.Node;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import org.mvtd.app.ui.fix.FixList;
import org.mvtd.app.ui.fix.Offer;
import org.mvtd.app.ui.theme.Glyphs;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.model.validate.Problem;

/**
 * The live list of errors and warnings (click or Enter on one selects the element it is about), and above it the
 * hosts that cannot reach their own guests, each with the quick fixes to preview and apply.
 */
public final class ProblemsView extends VBox {
    private final ListView<Problem> list = new ListView<>();
    private final VBox reach = new VBox(8);

    public ProblemsView(ProblemsViewModel vm) {
        Objects.requireNonNull(vm, "vm");
        getStyleClass().add(Styles.PROBLEMS);
        Label title = new Label();
        title.getStyleClass().add(Styles.PANEL_TITLE);
        title.textProperty().bind(vm.summaryProperty().map(s -> "PROBLEMS \u00b7 " + s.toUpperCase(Locale.ROOT)));
        HBox head = new HBox(title);
        head.setAlignment(Pos.CENTER_LEFT);
        head.setPadding(new Insets(4, 10, 2, 10));
        list.setItems(vm.problems());
        list.setId("problems-list");
        list.setPlaceholder(new Label("No problems: the kernel would accept this design."));
        list.setCellFactory(lv -> new ProblemCell());
        list.setOnMouseClicked(e -> reveal(vm));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                reveal(vm);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(head, list);
        if (vm.unreachable() != null) {
            showReach(vm.unreachable());
        }
    }

    private void showReach(UnreachablePairs pairs) {
        reach.setId("problems-reach");
        reach.setPadding(new Insets(4, 10, 6, 10));
        ScrollPane scroll = new ScrollPane(reach);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("mvtd-problems-reach");
        // The split above decides the panel's height: fixes scroll rather than squeeze the canvas.
        scroll.setMinHeight(0);
        scroll.setPrefHeight(60);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().add(1, scroll);
        Runnable update = () -> {
            reach.getChildren().setAll(pairs.entries().stream().map(e -> entry(pairs, e)).toList());
            boolean any = !pairs.entries().isEmpty();
            scroll.setVisible(any);
            scroll.setManaged(any);
            // With reach problems alone, an empty list saying "No problems" would contradict them.
            boolean listed = !any || !list.getItems().isEmpty();
            list.setVisible(listed);
            list.setManaged(listed);
        };
        pairs.entries().addListener((ListChangeListener<UnreachablePairs.Entry>) c -> update.run());
        list.getItems().addListener((ListChangeListener<Problem>) c -> update.run());
        update.run();
    }

    private Node entry(UnreachablePairs pairs, UnreachablePairs.Entry e) {
        Label title = new Label(e.title());
        title.getStyleClass().add("mvtd-fix-title");
        title.setGraphic(Glyphs.path(Glyphs.WARNING, Styles.GLYPH));
        title.setWrapText(true);
        VBox box = new VBox(3, title);
        box.getStyleClass().addAll(Styles.PROBLEM_WARNING, "mvtd-reach-problem");
        if (e.offer() == null) {
            Button more = new Button("Show fixes");
            more.setOnAction(a -> pairs.fixes().diagnose(e.host(), e.guests().get(0)).ifPresent(o -> {
                box.getChildren().remove(more);
                showOffer(pairs, box, o);
            }));
            box.getChildren().add(more);
            return box;
        }
        showOffer(pairs, box, e.offer());
        return box;
    }

    private static void showOffer(UnreachablePairs pairs, VBox box, Offer offer) {
        Label why = new Label(offer.diagnosis().pair().why());
        why.setWrapText(true);
        why.getStyleClass().add("mvtd-fix");
        FixList fixes = new FixList(pairs.fixes(), 3);
        fixes.show(offer);
        box.getChildren().addAll(why, fixes);
    }

    private void reveal(ProblemsViewModel vm) {
        Problem p = list.getSelectionModel().getSelectedItem();
        if (p != null) {
            vm.reveal(p);
        }
    }

    public ListView<Problem> list() {
        return list;
    }

    private static final class ProblemCell extends ListCell<Problem> {
        @Override
        protected void updateItem(Problem p, boolean empty) {
            super.updateItem(p, empty);
            getStyleClass().removeAll(Styles.PROBLEM_ERROR, Styles.PROBLEM_WARNING);
            if (empty || p == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            getStyleClass().add(p.isError() ? Styles.PROBLEM_ERROR : Styles.PROBLEM_WARNING);
            SVGPath g = Glyphs.path(p.isError() ? Glyphs.MARK_NONE : Glyphs.WARNING, Styles.GLYPH);
            Label msg = new Label(p.message());
            msg.setWrapText(true);
            String where = p.where().map(l -> "line " + l.line()).orElse("");
            Label fix = new Label((p.fix().isEmpty() ? "" : p.fix() + "  ") + (p.path().isEmpty() ? "" : "[" + p.path() + "]")
                    + (where.isEmpty() ? "" : "  " + where));
            fix.getStyleClass().add("mvtd-fix");
            fix.setWrapText(true);
            VBox text = new VBox(1, msg, fix);
            HBox row = new HBox(8, g, text);
            row.setAlignment(Pos.TOP_LEFT);
            setText(null);
            setGraphic(row);
        }
    }
}
