package org.mvtd.app.ui.teach.walk;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.mvtd.app.ui.teach.common.TeachStyles;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.reach.WalkStep;

/**
 * The walk-through panel beside the canvas: source and destination, the transport controls (restart,
 * back, play/pause, step, speed), the narration of the current tick, the outcome and the event list.
 * Keys while the panel has focus: Space play/pause, Left/Right step, Home restart, End to the end.
 */
public final class WalkView extends VBox {
    private final WalkViewModel vm;
    private final FrameAnimator animator;
    private final Supplier<ElementRef> selection;
    private final ListView<WalkEvent> list = new ListView<>();
    private final Timeline player = new Timeline();
    private final Button play = new Button();
    private final Label narration = new Label();
    private final Label outcome = new Label();
    private boolean syncing;
    private int shown = -1;

    /**
     * @param selection the canvas element selected now (null when none), for the "use selection" buttons
     * @param onClose   what the close button does
     */
    public WalkView(WalkViewModel vm, FrameAnimator animator, Supplier<ElementRef> selection, Runnable onClose) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.animator = Objects.requireNonNull(animator, "animator");
        this.selection = Objects.requireNonNull(selection, "selection");
        getStyleClass().addAll(TeachStyles.PANEL);
        setId("mvtd-walk-panel");
        TeachStyles.styled(this);
        setSpacing(10);
        setPadding(new Insets(12));
        setMinWidth(300); // its transport row; with the palette as icons it fits a 1024 px window
        setPrefWidth(440);

        Label title = new Label("Frame walk-through");
        title.getStyleClass().add(TeachStyles.HEADING);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Button close = new Button("\u2715");
        close.setTooltip(new Tooltip("Close the walk-through"));
        close.setOnAction(e -> onClose.run());
        close.setId("mvtd-walk-close");
        HBox header = new HBox(8, title, spring, close);
        header.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(header, pickers(), transport(), speed(), texts(), events());
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);

        vm.positionProperty().addListener((o, a, b) -> showPosition(b.intValue()));
        vm.walkProperty().addListener((o, a, b) -> {
            shown = -1;
            animator.render(vm, false);
        });
        vm.playingProperty().addListener((o, a, b) -> {
            if (b) {
                player.playFromStart();
            } else {
                player.stop();
            }
        });
        vm.speedProperty().addListener((o, a, b) -> player.setRate(b.doubleValue()));
        player.getKeyFrames().add(new KeyFrame(Duration.millis(FrameAnimator.MOVE.toMillis() * 1.5), e -> {
            if (!vm.stepForward()) {
                vm.playingProperty().set(false);
            }
        }));
        player.setCycleCount(Timeline.INDEFINITE);
        player.setRate(vm.speedProperty().get());
        showPosition(vm.positionProperty().get());
    }

    private GridPane pickers() {
        ComboBox<Choice> from = new ComboBox<>(vm.sources());
        from.valueProperty().bindBidirectional(vm.sourceProperty());
        from.setId("mvtd-walk-from");
        from.setMaxWidth(Double.MAX_VALUE);
        from.setAccessibleText("Source of the frame");
        ComboBox<Choice> to = new ComboBox<>(vm.targets());
        to.valueProperty().bindBidirectional(vm.targetProperty());
        to.setId("mvtd-walk-to");
        to.setMaxWidth(Double.MAX_VALUE);
        to.setAccessibleText("Destination of the frame");
        Button fromSel = new Button("Selected");
        fromSel.setTooltip(new Tooltip("Send from the node selected on the canvas"));
        fromSel.setOnAction(e -> vm.nodeOf(selection.get()).ifPresent(vm::chooseSource));
        Button toSel = new Button("Selected");
        toSel.setTooltip(new Tooltip("Send to the node selected on the canvas"));
        toSel.setOnAction(e -> vm.nodeOf(selection.get()).ifPresent(vm::chooseTarget));
        Label fl = new Label("Fr_om");
        fl.setMnemonicParsing(true);
        fl.setLabelFor(from);
        Label tl = new Label("_To");
        tl.setMnemonicParsing(true);
        tl.setLabelFor(to);
        for (var n : List.of(fl, tl, fromSel, toSel)) {
            n.setMinWidth(Region.USE_PREF_SIZE);
        }
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.addRow(0, fl, from, fromSel);
        g.addRow(1, tl, to, toSel);
        CheckBox asPing = new CheckBox("As a _ping (ARP, then echo)");
        asPing.setId("mvtd-walk-ping");
        asPing.setTooltip(new Tooltip("Walk the four frames of a ping: ARP request and reply, then the echo request and reply"));
        asPing.selectedProperty().bindBidirectional(vm.pingProperty());
        asPing.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.targetProperty().get() == null
                || vm.targetProperty().get().broadcast(), vm.targetProperty()));
        g.add(asPing, 1, 2, 2, 1);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(new ColumnConstraints(), grow, new ColumnConstraints());
        return g;
    }

    private HBox transport() {
        Button restart = button("\u21ba", "Restart (Home)", "mvtd-walk-restart", vm::restart);
        restart.disableProperty().bind(vm.atStartProperty());
        Button back = button("\u25c0", "Step back (Left; Ctrl+[ anywhere)", "mvtd-walk-back", vm::stepBack);
        back.disableProperty().bind(vm.atStartProperty());
        play.setId("mvtd-walk-play");
        play.setOnAction(e -> vm.togglePlay());
        play.textProperty().bind(Bindings.when(vm.playingProperty()).then("\u275a\u275a Pause").otherwise("\u25b6 Play"));
        play.setTooltip(new Tooltip("Play or pause (Space; Ctrl+Shift+P anywhere)"));
        play.setDefaultButton(false);
        play.setMinWidth(90);
        play.disableProperty().bind(vm.walkProperty().isNull());
        Button step = button("\u25b6|", "Step forward (Right; Ctrl+] anywhere)", "mvtd-walk-step", vm::stepForward);
        step.disableProperty().bind(vm.atEndProperty().or(vm.walkProperty().isNull()));
        Button end = button("\u21e5", "Jump to the end (End)", "mvtd-walk-end", vm::toEnd);
        end.disableProperty().bind(vm.atEndProperty().or(vm.walkProperty().isNull()));
        HBox box = new HBox(6, restart, back, play, step, end);
        for (Button b : List.of(restart, back, step, end)) {
            b.setMinWidth(Region.USE_PREF_SIZE); // glyph buttons: never cut to "..."
        }
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Button button(String text, String tip, String id, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private HBox speed() {
        Slider s = new Slider(WalkViewModel.MIN_SPEED, WalkViewModel.MAX_SPEED, 1);
        s.valueProperty().bindBidirectional(vm.speedProperty());
        s.setId("mvtd-walk-speed");
        s.setAccessibleText("Speed");
        s.setBlockIncrement(0.25);
        HBox.setHgrow(s, Priority.ALWAYS);
        Label value = new Label();
        value.textProperty().bind(vm.speedProperty().asString("%.2f\u00d7"));
        value.setMinWidth(48);
        Label progress = new Label();
        progress.textProperty().bind(vm.progressProperty());
        progress.getStyleClass().add(TeachStyles.MUTED);
        progress.setId("mvtd-walk-progress");
        Label sl = new Label("Speed");
        sl.setMinWidth(Region.USE_PREF_SIZE);
        progress.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(8, sl, s, value);
        box.setAlignment(Pos.CENTER_LEFT);
        VBox.setMargin(box, Insets.EMPTY);
        HBox wrap = new HBox(box);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.getChildren().add(progress);
        return wrap;
    }

    private VBox texts() {
        narration.textProperty().bind(vm.narrationProperty());
        narration.setWrapText(true);
        narration.getStyleClass().add(TeachStyles.NARRATION);
        narration.setId("mvtd-walk-narration");
        narration.setMaxWidth(Double.MAX_VALUE);
        narration.setMinHeight(Region.USE_PREF_SIZE);
        outcome.textProperty().bind(vm.outcomeProperty());
        outcome.setWrapText(true);
        outcome.getStyleClass().add(TeachStyles.OUTCOME);
        outcome.setId("mvtd-walk-outcome");
        outcome.setMaxWidth(Double.MAX_VALUE);
        outcome.setMinHeight(Region.USE_PREF_SIZE);
        outcome.visibleProperty().bind(vm.atEndProperty().and(vm.walkProperty().isNotNull()));
        outcome.managedProperty().bind(outcome.visibleProperty());
        vm.walkProperty().addListener((o, a, b) -> {
            outcome.pseudoClassStateChanged(TeachStyles.DELIVERED, b != null && b.delivered());
            outcome.pseudoClassStateChanged(TeachStyles.DROPPED, b != null && !b.delivered());
        });
        if (vm.walk() != null) {
            outcome.pseudoClassStateChanged(TeachStyles.DELIVERED, vm.walk().delivered());
            outcome.pseudoClassStateChanged(TeachStyles.DROPPED, !vm.walk().delivered());
        }
        return new VBox(8, narration, outcome);
    }

    private ListView<WalkEvent> events() {
        list.setItems(vm.events());
        list.getStyleClass().add(TeachStyles.EVENT_LIST);
        list.setId("mvtd-walk-events");
        list.setAccessibleText("Events: tick, where, rule");
        list.setCellFactory(v -> new EventCell());
        list.setPlaceholder(new Label("No frame: pick a source and a destination."));
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (!syncing && b.intValue() >= 0) {
                vm.jumpToEvent(b.intValue());
            }
        });
        return list;
    }

    private void key(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() || e.getTarget() instanceof ComboBox<?>) {
            return;
        }
        KeyCode c = e.getCode();
        switch (c) {
            case SPACE -> vm.togglePlay();
            case RIGHT -> vm.stepForward();
            case LEFT -> vm.stepBack();
            case HOME -> vm.restart();
            case END -> vm.toEnd();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void showPosition(int p) {
        boolean forward = p == shown + 1 && p >= 0;
        shown = p;
        animator.render(vm, forward);
        syncing = true;
        try {
            int i = vm.currentEventIndex();
            if (i < 0) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(i);
                list.scrollTo(Math.max(0, i - 2));
            }
        } finally {
            syncing = false;
        }
        list.refresh();
    }

    public ListView<WalkEvent> list() {
        return list;
    }

    public Label narration() {
        return narration;
    }

    public Label outcome() {
        return outcome;
    }

    /** Stops playing (the panel is closing). */
    public void stop() {
        vm.playingProperty().set(false);
        player.stop();
    }

    /** One event: tick and hop on the first line, the rule below; the current tick's events stand out. */
    private final class EventCell extends ListCell<WalkEvent> {
        private final Label tick = new Label();
        private final Label at = new Label();
        private final Label rule = new Label();
        private final VBox box;

        EventCell() {
            tick.getStyleClass().add(TeachStyles.EVENT_TICK);
            at.getStyleClass().add(TeachStyles.EVENT_AT);
            rule.getStyleClass().add(TeachStyles.EVENT_RULE);
            rule.setWrapText(true);
            HBox top = new HBox(8, tick, at);
            top.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(2, top, rule);
            // Wrapped text in a list cell needs a definite width to compute its height from.
            rule.prefWidthProperty().bind(list.widthProperty().subtract(36));
            rule.setMinHeight(Region.USE_PREF_SIZE);
            at.setMaxWidth(Double.MAX_VALUE);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(WalkEvent e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setGraphic(null);
                setText(null);
                pseudoClassStateChanged(TeachStyles.CURRENT, false);
                pseudoClassStateChanged(TeachStyles.DROPPED, false);
                return;
            }
            tick.setText("t" + e.tick());
            at.setText(e.at() + "  \u00b7  " + e.step().kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
            rule.setText(e.rule());
            setText(null);
            setGraphic(box);
            pseudoClassStateChanged(TeachStyles.CURRENT, e.tick() == vm.tickProperty().get());
            pseudoClassStateChanged(TeachStyles.DROPPED, e.step().kind() == WalkStep.Kind.DROP);
        }
    }
}
