package org.mvtd.app.ui.teach;

import static org.mvtd.app.ui.controls.MenuItems.item;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

import org.mvtd.app.ui.canvas.CanvasLayers;
import org.mvtd.app.ui.canvas.CanvasView;
import org.mvtd.app.ui.teach.compare.CompareView;
import org.mvtd.app.ui.teach.compare.CompareViewModel;
import org.mvtd.app.ui.teach.diagram.Surface;
import org.mvtd.app.ui.teach.lesson.LessonView;
import org.mvtd.app.ui.teach.lesson.LessonViewModel;
import org.mvtd.app.ui.teach.matrix.MatrixView;
import org.mvtd.app.ui.teach.matrix.MatrixViewModel;
import org.mvtd.app.ui.teach.start.StartView;
import org.mvtd.app.ui.teach.walk.FrameAnimator;
import org.mvtd.app.ui.teach.walk.WalkView;
import org.mvtd.app.ui.teach.walk.WalkViewModel;
import org.mvtd.app.ui.theme.WindowThemes;
import org.mvtd.app.ui.viewmodel.ReachViewModel;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.Design;
import org.mvtd.model.lesson.Lesson;
import org.mvtd.model.lesson.Lessons;
import org.mvtd.app.ui.teach.common.Progress;
import org.mvtd.app.ui.teach.common.TeachStyles;
import org.mvtd.app.ui.viewmodel.ChangePipeline;

/**
 * Teaching mode, wired into the main window through three hooks: the Learn menu, the start screen
 * layer, and the walk-through panel docked beside the canvas. Lessons, the compare view and the
 * matrix open in their own windows, so the user's document is never touched.
 */
public final class Teaching {
    static final String SHOW_START = "start.show";

    private final Workbench vm;
    private final Stage owner;
    private final CanvasView canvas;
    private final SplitPane dock;
    private final Progress progress;
    private final StartView start;
    private final boolean firstStart;
    private final Menu menu = new Menu("Lea_rn"); // L is the Live menu's mnemonic
    private final Map<String, Stage> lessonWindows = new HashMap<>();
    private final BooleanProperty walkOpen = new SimpleBooleanProperty(this, "walkOpen");
    private double[] dividersBeforeWalk;
    private WalkViewModel walkVm;
    private WalkView walkView;
    private FrameAnimator animator;
    private Stage compareWindow;
    private Stage matrixWindow;
    private CompareViewModel compareVm;
    private MatrixViewModel matrixVm;

    public Teaching(Workbench vm, Stage owner, CanvasView canvas, SplitPane dock) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.canvas = Objects.requireNonNull(canvas, "canvas");
        this.dock = Objects.requireNonNull(dock, "dock");
        progress = new Progress(vm.settings());
        start = new StartView(progress, vm.recentFiles(), new StartView.Actions() {
            @Override public void openLesson(Lesson l) { Teaching.this.openLesson(l); }
            @Override public void openExample() { vm.openExample(); }
            @Override public void newDesign() { vm.newDocument(); }
            @Override public void openDesign() { vm.open(); }
            @Override public void openRecent(Path p) { vm.open(p); }
        });
        firstStart = !vm.settings().existed();
        start.showAtStart().setSelected("true".equals(vm.settings().get(SHOW_START, "false")));
        start.showAtStart().selectedProperty().addListener((o, a, b) -> vm.settings().put(SHOW_START, String.valueOf(b)));
        vm.document().changes().on(ChangePipeline.Stage.TEACHING, c -> {
            if (compareVm != null) {
                compareVm.designProperty().set(c.after());
            }
            if (matrixVm != null) {
                matrixVm.designProperty().set(c.after());
            }
        });
        fillMenu();
        progress.completed().addListener((SetChangeListener<String>) c -> fillMenu());
    }

    /**
     * Shows the start screen when this is the first start (no settings yet) or the user asked for it
     * every time. The application calls it once the window is up; windows built by tests stay bare.
     */
    public void greet() {
        if (firstStart || start.showAtStart().isSelected()) {
            start.show();
        }
    }

    public Menu menu() {
        return menu;
    }

    /** The start screen, to stack above the window's content. */
    public StartView startLayer() {
        return start;
    }

    public Progress progress() {
        return progress;
    }

    private void fillMenu() {
        menu.getItems().setAll(
                item("Frame _Walk-through", "Shortcut+Shift+W", this::toggleWalk),
                walkItem("    _Play or Pause", new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), WalkViewModel::togglePlay),
                walkItem("    Step _Forward", new KeyCodeCombination(KeyCode.CLOSE_BRACKET, KeyCombination.SHORTCUT_DOWN),
                        WalkViewModel::stepForward),
                walkItem("    Step _Back", new KeyCodeCombination(KeyCode.OPEN_BRACKET, KeyCombination.SHORTCUT_DOWN),
                        WalkViewModel::stepBack),
                item("_Compare the Four Modes", "Shortcut+Shift+K", this::openCompare),
                item("Reach _Matrix", "Shortcut+Shift+M", this::openMatrix),
                new SeparatorMenuItem());
        int n = 1;
        for (Lesson l : Lessons.catalogue()) {
            MenuItem m = item("_" + n++ + "  " + l.title(), null, () -> openLesson(l));
            m.setGraphic(StartView.checkMark(progress.isCompleted(l.id())));
            m.setId("mvtd-learn-" + l.id());
            menu.getItems().add(m);
        }
        menu.getItems().addAll(new SeparatorMenuItem(), item("_Start Screen", null, start::show));
    }

    // ---------------------------------------------------------------- walk-through

    /** A menu item driving the open walk from anywhere in the window (disabled while it is closed). */
    private MenuItem walkItem(String text, KeyCombination accel, Consumer<WalkViewModel> action) {
        MenuItem m = item(text, null, () -> {
            if (walkVm != null) {
                action.accept(walkVm);
            }
        });
        m.setAccelerator(accel);
        m.disableProperty().bind(walkOpen.not());
        return m;
    }

    /** The canvas as a surface for the walk: the document's layout, the canvas's teaching layer. */
    private Surface canvasSurface() {
        return new Surface() {
            @Override public Design design() { return vm.document().design(); }
            @Override public Optional<Rectangle2D> bounds(ElementRef r) { return canvas.currentLayout().bounds(r); }
            @Override public Group layer() { return canvas.layers().overlay(CanvasLayers.Overlay.TEACHING); }
        };
    }

    /** Whether the walk-through is docked (the main window's layout makes room for it). */
    public javafx.beans.value.ObservableBooleanValue walkOpenProperty() {
        return walkOpen;
    }

    public boolean walkOpen() {
        return walkView != null;
    }

    public void toggleWalk() {
        if (walkOpen()) {
            closeWalk();
        } else {
            openWalk();
        }
    }

    /** Docks the walk-through beside the canvas, starting from the selected node when there is one. */
    public WalkView openWalk() {
        if (walkView != null) {
            return walkView;
        }
        walkVm = new WalkViewModel();
        walkVm.designProperty().bind(vm.document().designProperty());
        vm.selection().single().flatMap(walkVm::nodeOf).ifPresent(walkVm::chooseSource);
        animator = new FrameAnimator(canvasSurface());
        animator.attach();
        walkView = new WalkView(walkVm, animator, () -> vm.selection().single().orElse(null), this::closeWalk);
        dividersBeforeWalk = dock.getDividerPositions();
        dock.getItems().add(1, walkView);
        SplitPane.setResizableWithParent(walkView, false);
        walkOpen.set(true); // the window may make room first (the palette turns to icons): lay it out now
        if (dock.getScene() != null) {
            dock.getScene().getRoot().layout();
        }
        // The walk panel gets up to 440 px between the canvas and the inspector; a narrow window shares it out.
        double w = Math.max(1, dock.getWidth());
        double inspector = Math.min(360, Math.max(300, w * 0.27));
        double second = 1 - inspector / w;
        dock.setDividerPositions(Math.max(0.25, second - Math.min(440, w * 0.34) / w), second);
        vm.say("Walk-through: pick a source and a destination, then press Play (Space) or step with the arrow keys.");
        return walkView;
    }

    public void closeWalk() {
        if (walkView == null) {
            return;
        }
        walkView.stop();
        animator.detach();
        dock.getItems().remove(walkView);
        dock.setDividerPositions(dividersBeforeWalk);
        walkVm.designProperty().unbind();
        walkView = null;
        walkVm = null;
        walkOpen.set(false);
        animator = null;
        canvas.focusCanvas();
    }

    public WalkViewModel walkViewModel() {
        return walkVm;
    }

    // ---------------------------------------------------------------- windows

    /**
     * A teaching window: {@code content} above a Close button that Esc presses too. {@code owned} windows stay
     * above the main window; a lesson is not owned, so the main window can come to the front and be used.
     */
    private Stage window(String title, Parent content, double w, double h, boolean owned) {
        Stage s = new Stage();
        if (owned) {
            s.initOwner(owner);
        } else {
            WindowThemes.follow(s, owner);
            owner.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> s.close()); // it goes with the main window
        }
        s.setTitle(title);
        Button close = new Button("Close");
        close.setId("mvtd-teach-close");
        close.setCancelButton(true); // Esc
        close.setOnAction(e -> s.close());
        HBox bar = new HBox(close);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(6, 12, 8, 12));
        BorderPane frame = TeachStyles.styled(new BorderPane(content));
        frame.getStyleClass().add(TeachStyles.PANEL);
        frame.setBottom(bar);
        // Never larger than the screen: small laptops and the test's headless screen.
        var screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(frame, Math.min(w, screen.getWidth() - 40), Math.min(h, screen.getHeight() - 60));
        WindowThemes.styleLike(scene, owner); // and a later theme switch restyles it (MainView)
        s.setScene(scene);
        return s;
    }

    /** Opens a lesson in its own window (or brings its window to the front). */
    public Stage openLesson(Lesson l) {
        Stage existing = lessonWindows.get(l.id());
        if (existing != null) {
            existing.toFront();
            return existing;
        }
        LessonViewModel lvm = new LessonViewModel(l, progress);
        Stage[] holder = new Stage[1];
        LessonView view = new LessonView(lvm, () -> holder[0].close());
        Stage s = window("Lesson: " + l.title() + " \u2013 macvtap-designer", view, 1280, 800, false);
        holder[0] = s;
        s.setOnHidden(e -> lessonWindows.remove(l.id()));
        lessonWindows.put(l.id(), s);
        s.show();
        return s;
    }

    public Stage openCompare() {
        if (compareWindow != null) {
            compareWindow.toFront();
            return compareWindow;
        }
        compareVm = new CompareViewModel();
        compareVm.designProperty().set(vm.document().design());
        vm.selection().single().map(r -> ReachViewModel.nodeFor(vm.document().design(), r))
                .filter(Objects::nonNull).ifPresent(compareVm.selectedProperty()::set);
        compareWindow = window("Compare the four modes \u2013 " + vm.document().displayName(), new CompareView(compareVm),
                1400, 900, true);
        compareWindow.setOnHidden(e -> {
            compareWindow = null;
            compareVm = null;
        });
        compareWindow.show();
        return compareWindow;
    }

    public Stage openMatrix() {
        if (matrixWindow != null) {
            matrixWindow.toFront();
            return matrixWindow;
        }
        matrixVm = new MatrixViewModel();
        matrixVm.designProperty().set(vm.document().design());
        matrixVm.familyProperty().bind(vm.reachFamily());
        matrixWindow = window("Reach matrix \u2013 " + vm.document().displayName(), new MatrixView(matrixVm), 1100, 800, true);
        matrixWindow.setOnHidden(e -> {
            matrixWindow = null;
            matrixVm = null;
        });
        matrixWindow.show();
        return matrixWindow;
    }

    /** The start screen's node, for tests. */
    public Node startNode() {
        return start;
    }
}
