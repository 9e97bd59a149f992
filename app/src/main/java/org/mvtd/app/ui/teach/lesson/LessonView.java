package org.mvtd.app.ui.teach.lesson;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mvtd.app.ui.canvas.LegendView;
import org.mvtd.app.ui.teach.common.TeachStyles;
import org.mvtd.app.ui.teach.diagram.DiagramView;
import org.mvtd.app.ui.teach.lesson.LessonViewModel.Phase;
import org.mvtd.app.ui.teach.walk.WalkWindow;
import org.mvtd.app.ui.viewmodel.ReachViewModel;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.app.ui.viewmodel.ReachMark;
import org.mvtd.model.edit.Elements;
import org.mvtd.model.lesson.Answer;
import org.mvtd.model.lesson.Grade;

/**
 * A lesson in its own window: the question's design (read-only) on the left, where clicking a node
 * toggles the prediction; on the right the intro, the question, the same candidates as check boxes
 * (the keyboard path), then Reveal: every candidate right or wrong with the engine's reason (also on
 * hover), the score and the takeaway.
 */
public final class LessonView extends BorderPane {
    private final LessonViewModel vm;
    private final DiagramView diagram = new DiagramView();
    private final ListView<String> list = new ListView<>();
    private final Label counter = new Label();
    private final Label prompt = new Label();
    private final Label hint = new Label();
    private final Label score = new Label();
    private final Label takeaway = new Label();
    private final Button reveal = new Button("_Reveal");
    private final Button retry = new Button("Try _again");
    private final Button next = new Button("_Next question \u2192");
    private final Button watch = new Button("_Watch the frames\u2026");
    private final Map<ElementRef, Label> chips = new HashMap<>();

    public LessonView(LessonViewModel vm, Runnable onFinish) {
        this.vm = Objects.requireNonNull(vm, "vm");
        Objects.requireNonNull(onFinish, "onFinish");
        TeachStyles.styled(this);
        setId("mvtd-lesson");
        diagram.setId("mvtd-lesson-diagram");
        diagram.setMaxZoom(1.5);
        diagram.onElementClickedProperty().set(r -> vm.candidateOf(r).ifPresent(vm::toggle));
        setCenter(diagram);
        setRight(side(onFinish));

        vm.designProperty().addListener((o, a, b) -> {
            diagram.show(b);
            refresh();
        });
        vm.phaseProperty().addListener((o, a, b) -> refresh());
        vm.predicted().addListener((SetChangeListener<String>) c -> refresh());
        diagram.show(vm.design());
        refresh();
    }

    private ScrollPane side(Runnable onFinish) {
        Label title = new Label(vm.lesson().title());
        title.getStyleClass().add(TeachStyles.HEADING);
        title.setWrapText(true);
        Label intro = new Label(vm.lesson().intro());
        intro.getStyleClass().add(TeachStyles.BODY);
        intro.setWrapText(true);
        counter.getStyleClass().add(TeachStyles.MUTED);
        prompt.getStyleClass().add(TeachStyles.SUBHEADING);
        prompt.setWrapText(true);
        prompt.setId("mvtd-lesson-prompt");
        hint.getStyleClass().add(TeachStyles.MUTED);
        hint.setWrapText(true);
        list.getStyleClass().add("mvtd-teach-answers");
        list.setId("mvtd-lesson-candidates");
        list.setItems(vm.candidates());
        list.setCellFactory(v -> new CandidateCell());
        list.setPrefHeight(260);
        VBox.setVgrow(list, Priority.ALWAYS);
        score.getStyleClass().add(TeachStyles.SUBHEADING);
        score.setId("mvtd-lesson-score");
        takeaway.getStyleClass().add(TeachStyles.TAKEAWAY);
        takeaway.setWrapText(true);
        takeaway.setId("mvtd-lesson-takeaway");
        for (Label l : List.of(title, intro, prompt, hint, takeaway)) {
            l.setMinHeight(Region.USE_PREF_SIZE); // a short window scrolls the side; it never cuts the words
        }
        takeaway.setMinHeight(Region.USE_PREF_SIZE);
        reveal.setId("mvtd-lesson-reveal");
        reveal.setDefaultButton(true);
        reveal.setOnAction(e -> vm.reveal());
        retry.setId("mvtd-lesson-retry");
        retry.setOnAction(e -> vm.retry());
        next.setId("mvtd-lesson-next");
        next.setOnAction(e -> {
            if (!vm.next()) {
                onFinish.run();
            }
        });
        watch.setId("mvtd-lesson-watch");
        watch.setOnAction(e -> {
            // The first mistake is the most useful frame to watch; else the first candidate.
            String to = vm.gradeProperty().get().mistakes().stream().findFirst().map(a -> a.node())
                    .orElse(vm.candidates().isEmpty() ? null : vm.candidates().get(0));
            WalkWindow.open(getScene() == null ? null : getScene().getWindow(), vm.design(),
                    vm.source(), to);
        });
        HBox buttons = new HBox(8, reveal, retry, next);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(10, title, intro, new Separator(), counter, prompt, hint, list, score, takeaway, watch, buttons);
        box.setPadding(new Insets(16));
        box.setPrefWidth(420);
        box.getStyleClass().add(TeachStyles.PANEL);
        ScrollPane sp = new ScrollPane(box);
        sp.setFitToWidth(true);
        sp.setFitToHeight(true);
        sp.setPrefWidth(440);
        sp.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return sp;
    }

    private void refresh() {
        boolean revealed = vm.phase() == Phase.REVEALED;
        counter.setText(vm.counter() + (revealed ? " \u00b7 revealed" : ""));
        prompt.setText(vm.question().prompt());
        hint.setText(revealed ? "Hover a node for the kernel's reason."
                : "Click every node you think " + vm.displayName(vm.source())
                        + " can ping (click again to undo), or tick them below. Then Reveal.");
        Grade g = vm.gradeProperty().get();
        score.setText(g == null ? "" : g.correct() + " of " + g.total() + " right" + (g.perfect() ? " \u2014 perfect!" : ""));
        score.setVisible(revealed);
        score.setManaged(revealed);
        takeaway.setText(revealed ? vm.question().takeaway() : "");
        takeaway.setVisible(revealed);
        takeaway.setManaged(revealed);
        reveal.setDisable(revealed);
        watch.setVisible(revealed);
        watch.setManaged(revealed);
        retry.setDisable(!revealed);
        next.setDisable(!revealed);
        next.setText(vm.hasNext() ? "_Next question \u2192" : "_Finish lesson");
        paintDiagram();
        list.refresh();
    }

    private void paintDiagram() {
        Map<ElementRef, ReachMark> marks = new HashMap<>();
        ElementRef src = ReachViewModel.refForNode(vm.design(), vm.source());
        if (src != null) {
            marks.put(src, ReachMark.SOURCE);
            Elements.guestOn(vm.design(), src)
                    .ifPresent(gu -> marks.put(ElementRef.guest(gu.name()), ReachMark.SOURCE));
        }
        diagram.setMarks(marks);
        diagram.layer().getChildren().removeAll(chips.values());
        chips.clear();
        boolean revealed = vm.phase() == Phase.REVEALED;
        Map<ElementRef, String> tips = new HashMap<>();
        for (var e : vm.elementsOfCandidates().entrySet()) {
            String node = e.getKey();
            boolean on = vm.predicted().contains(node);
            Answer a = vm.answer(node).orElse(null);
            for (ElementRef r : e.getValue()) {
                diagram.skin(r).ifPresent(s -> {
                    s.getRoot().pseudoClassStateChanged(TeachStyles.PREDICTED, !revealed && on);
                    s.getRoot().pseudoClassStateChanged(TeachStyles.CORRECT, a != null && a.correct());
                    s.getRoot().pseudoClassStateChanged(TeachStyles.WRONG, a != null && !a.correct());
                });
                tips.put(r, a == null ? "Click: can " + vm.source() + " ping " + node + "?"
                        : LessonViewModel.verdictText(a) + "\n" + a.why());
                // The reveal shows the truth with the canvas's own mark (a tick only for "can ping") and says in
                // words whether the guess was right, so a tick never stands beside "cannot ping".
                String chipText = a != null ? (a.expected() ? "can ping" : "cannot ping") + (a.correct() ? " \u00b7 right" : " \u00b7 wrong")
                        : on ? "\u2713 ping?" : null;
                if (chipText != null) {
                    chip(r, chipText, a);
                }
            }
        }
        diagram.setTooltips(r -> tips.get(r));
    }

    private void chip(ElementRef r, String text, Answer a) {
        Rectangle2D b = diagram.bounds(r).orElse(null);
        if (b == null) {
            return;
        }
        Label chip = new Label(text, a == null ? null : LegendView.markBadge(truth(a)));
        chip.getStyleClass().add(TeachStyles.CHIP);
        chip.pseudoClassStateChanged(TeachStyles.CORRECT, a != null && a.correct());
        chip.pseudoClassStateChanged(TeachStyles.WRONG, a != null && !a.correct());
        chip.relocate(b.getMinX() + 8, b.getMinY() - 12);
        chips.put(r, chip);
        diagram.layer().getChildren().add(chip);
    }

    /** The canvas mark for what the engine says of a candidate: ping both ways, or nothing. */
    private static ReachMark truth(Answer a) {
        return a.expected() ? ReachMark.PING : ReachMark.NONE;
    }

    public DiagramView diagram() {
        return diagram;
    }

    /** The chip shown on {@code r} (after a prediction or the reveal), or null. */
    public Label chipOf(ElementRef r) {
        return chips.get(r);
    }

    public ListView<String> list() {
        return list;
    }

    public Label takeaway() {
        return takeaway;
    }

    public Label score() {
        return score;
    }

    /** A candidate: a check box while predicting; the verdict and the engine's reason after the reveal. */
    private final class CandidateCell extends ListCell<String> {
        private final CheckBox box = new CheckBox();
        private final Label verdict = new Label();
        private final Label why = new Label();
        private final VBox answer = new VBox(2, verdict, why);
        private String node;

        CandidateCell() {
            box.setOnAction(e -> {
                if (node != null) {
                    vm.setPredicted(node, box.isSelected());
                }
            });
            verdict.getStyleClass().add(TeachStyles.SUBHEADING);
            why.getStyleClass().add(TeachStyles.MUTED);
            why.setWrapText(true);
            // Wrapped text in a list cell needs a definite width to compute its height from.
            why.prefWidthProperty().bind(list.widthProperty().subtract(36));
            verdict.prefWidthProperty().bind(list.widthProperty().subtract(36));
            why.setMinHeight(Region.USE_PREF_SIZE);
            verdict.setMinHeight(Region.USE_PREF_SIZE);
            verdict.setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            node = empty ? null : item;
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                pseudoClassStateChanged(TeachStyles.CORRECT, false);
                pseudoClassStateChanged(TeachStyles.WRONG, false);
                return;
            }
            Answer a = vm.answer(item).orElse(null);
            pseudoClassStateChanged(TeachStyles.CORRECT, a != null && a.correct());
            pseudoClassStateChanged(TeachStyles.WRONG, a != null && !a.correct());
            if (a == null) {
                box.setText(vm.displayName(item));
                box.setSelected(vm.predicted().contains(item));
                setGraphic(box);
            } else {
                verdict.setText(vm.displayName(item) + ": " + LessonViewModel.verdictText(a));
                verdict.setGraphic(LegendView.markBadge(truth(a)));
                why.setText(a.why());
                setGraphic(answer);
            }
        }
    }

    /** The candidates' elements, for tests. */
    public Map<String, List<ElementRef>> candidateElements() {
        return vm.elementsOfCandidates();
    }
}
