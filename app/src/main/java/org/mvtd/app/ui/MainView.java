package org.mvtd.app.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.SetChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.mvtd.app.ui.canvas.CanvasView;
import org.mvtd.app.ui.canvas.ProblemBadges;
import org.mvtd.app.ui.canvas.PaletteView;
import org.mvtd.app.ui.inspector.InspectorView;
import org.mvtd.app.ui.io.CanvasExporter;
import org.mvtd.app.ui.io.Settings;
import org.mvtd.app.ui.io.SystemClipboard;
import org.mvtd.app.ui.live.view.LiveView;
import org.mvtd.app.ui.problems.ProblemsView;
import org.mvtd.app.ui.teach.Teaching;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.app.ui.theme.Theme;
import org.mvtd.app.ui.theme.WindowThemes;
import org.mvtd.app.ui.viewmodel.ChangePipeline;
import org.mvtd.model.edit.ElementRef;

/** The main window: menus, toolbar, palette, canvas, problems, inspector and status bar. */
public final class MainView {
    private static final double COMPACT_WITH_WALK = 1300;
    private static final double COMPACT_WITHOUT_WALK = 900;
    private final MainViewModel vm;
    private final Stage stage;
    private final CanvasView canvas;
    private final InspectorView inspector;
    private final ProblemsView problems;
    private final Teaching teaching; // teaching hook: Learn menu, start screen, walk-through dock
    private final LiveView live; // live-mode hook
    private final Pane ghostLayer = new Pane();
    private final SplitPane main = new SplitPane();
    private final SplitPane centre = new SplitPane();
    private final BorderPane root = new BorderPane();
    private Scene scene;
    private MenuBar menuBar;
    private Runnable onQuit = this::quit;
    private Theme theme;

    public MainView(MainViewModel vm, Stage stage) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.stage = Objects.requireNonNull(stage, "stage");
        canvas = new CanvasView(vm.canvas());
        new ProblemBadges(canvas.layers(), vm.problems().problems());
        inspector = new InspectorView(vm.inspector(), vm.problems());
        problems = new ProblemsView(vm.problems());
        live = new LiveView(vm.live(), vm.selection(), () -> stage);
        live.gateApplyOn(vm.problems().errorsProperty());
        vm.canvas().setTextClipboard(new SystemClipboard());
        inspector.setReadOnly(vm.live()::isForeign, "Not made by macvtap-designer: this link is shown as found on the machine and cannot be edited here.");
        vm.live().foreign().addListener((SetChangeListener<ElementRef>) c -> inspector.rebuild());
        theme = Theme.parse(vm.settings().get("theme", "light"));
        teaching = new Teaching(vm, stage, canvas, main);
        build();
    }

    private void build() {
        PaletteView palette = new PaletteView(canvas, ghostLayer);
        centre.setOrientation(Orientation.VERTICAL);
        centre.getItems().addAll(canvas, problems);
        SplitPane.setResizableWithParent(problems, false);
        // Small minimums, so that at 1024 px with the walk-through docked too every panel still fits.
        inspector.setMinWidth(220);
        inspector.setPrefWidth(350);
        canvas.setMinWidth(200);
        problems.setMinWidth(0);
        main.getItems().addAll(centre, inspector);
        SplitPane.setResizableWithParent(inspector, false);
        PanelRoom.keep(main, centre, 0.34);
        PanelRoom.keep(centre, canvas, 0.6);
        menuBar = new MainMenus(vm, canvas, theme, live.menu(), teaching.menu(), new MainMenus.Window() {
            @Override public void export(String extension) { MainView.this.export(extension); }
            @Override public void quit() { onQuit.run(); }
            @Override public void showShortcuts() { MainView.this.showShortcuts(); }
            @Override public void about() { MainView.this.about(); }
            @Override public void setTheme(Theme t) { MainView.this.setTheme(t); }
            @Override public void focusInspector() { inspector.requestFocus(); }
            @Override public void focusProblems() { problems.list().requestFocus(); }
        }).bar();
        root.setTop(new VBox(menuBar, toolBar(), live.banner()));
        live.install(canvas, root);
        root.setLeft(palette);
        // A narrow window with the walk-through docked keeps the canvas by showing the palette as icons.
        palette.compactProperty().bind(root.widthProperty().lessThan(
                Bindings.when(teaching.walkOpenProperty()).then(COMPACT_WITH_WALK).otherwise(COMPACT_WITHOUT_WALK)));
        root.setCenter(main);
        root.setBottom(statusBar());
        stage.titleProperty().bind(vm.document().titleProperty());
        stage.setOnCloseRequest(e -> {
            if (!vm.confirmLoseWork()) {
                e.consume();
                return;
            }
            saveWindow();
            vm.shutdown();
        });
        vm.document().changes().on(ChangePipeline.Stage.WINDOW, c -> {
            if (vm.document().undoManager().isUnchangedSinceSave() && !vm.document().isDirty()
                    && c.before().hosts().isEmpty() && !c.after().hosts().isEmpty()) {
                canvas.fitToView(); // a freshly opened design
            }
        });
        vm.document().fileProperty().addListener((o, a, b) -> canvas.fitToView());
    }

    /** The scene with the remembered theme; the ghost layer floats above everything for palette drags. */
    public Scene createScene() {
        scene = new Scene(content(), 1400, 900);
        theme.apply(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.Y) { // the other common redo key
                vm.document().redo();
                e.consume();
            }
        });
        return scene;
    }

    /** Everything the window shows, with the start screen and the ghost layer above it. */
    public Parent content() {
        ghostLayer.setMouseTransparent(true);
        ghostLayer.setPickOnBounds(false);
        return new StackPane(root, teaching.startLayer(), ghostLayer);
    }

    /** Takes the menu bar out, for a window that shows one menu bar, the selected document's, above its tabs. */
    public MenuBar detachMenuBar() {
        ((VBox) root.getTop()).getChildren().remove(menuBar);
        return menuBar;
    }

    /** What File \u2192 Quit does instead of closing this document's window (a window of tabs asks about each). */
    public void setOnQuit(Runnable r) {
        onQuit = Objects.requireNonNull(r, "r");
    }

    /** Remembers the window's size and dividers in the settings. */
    public void saveLayout() {
        saveWindow();
    }

    public CanvasView canvas() {
        return canvas;
    }

    public LiveView live() {
        return live;
    }

    public InspectorView inspector() {
        return inspector;
    }

    public ProblemsView problems() {
        return problems;
    }

    public Teaching teaching() {
        return teaching;
    }

    public void fitToView() {
        canvas.fitToView();
    }

    private Node toolBar() {
        ToolBar t = new ToolBar(
                tool("New", "New design (Ctrl+N)", vm::newDocument),
                tool("Open", "Open a design (Ctrl+O)", vm::open),
                tool("Save", "Save (Ctrl+S)", vm::save),
                new Separator(),
                bound(tool("Undo", "Undo (Ctrl+Z)", vm.document()::undo), vm.document().undoManager().canUndoProperty()),
                bound(tool("Redo", "Redo (Ctrl+Shift+Z)", vm.document()::redo), vm.document().undoManager().canRedoProperty()),
                new Separator(),
                tool("Duplicate", "Duplicate the selection, keeping links among the copies (Ctrl+D)", vm.canvas()::duplicate),
                tool("Delete", "Delete the selection (Delete)", vm.canvas()::delete),
                new Separator(),
                tool("Fit", "Fit the design in the window (Ctrl+0)", canvas::fitToView),
                tool("Export PNG", "Export the drawing as PNG for slides (Ctrl+E)", () -> export(".png")));
        t.getItems().addAll(live.toolItems());
        t.setFocusTraversable(false);
        return t;
    }

    private static Button tool(String text, String tip, Runnable r) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> r.run());
        b.setFocusTraversable(false);
        return b;
    }

    private static Button bound(Button b, ObservableBooleanValue enabled) {
        b.disableProperty().bind(Bindings.not(enabled));
        return b;
    }

    private Node statusBar() {
        Label message = new Label();
        message.textProperty().bind(vm.statusProperty());
        message.setId("status-message");
        message.getStyleClass().add(Styles.STATUS_ITEM);
        Label hover = new Label();
        hover.getStyleClass().add(Styles.STATUS_ITEM);
        hover.textProperty().bind(Bindings.createStringBinding(() -> {
            var x = vm.canvas().explanationProperty().get();
            if (x != null) {
                return x.target().qualifiedName() + ": " + x.mark().label();
            }
            String p = vm.reach().problemProperty().get();
            if (!p.isEmpty()) {
                return p;
            }
            int n = vm.selection().getSelectedItems().size();
            return n == 0 ? "Drag background to pan \u00b7 Shift+drag to select an area \u00b7 wheel to zoom"
                    : n == 1 ? vm.selection().getSelectedItems().iterator().next().label() + " selected" : n + " selected";
        }, vm.canvas().explanationProperty(), vm.reach().problemProperty(), vm.selection().getSelectedItems()));
        Label problemsCount = new Label();
        problemsCount.getStyleClass().add(Styles.STATUS_ITEM);
        problemsCount.textProperty().bind(vm.problems().summaryProperty());
        vm.problems().errorsProperty().addListener((o, a, b) ->
                problemsCount.pseudoClassStateChanged(Styles.HAS_ERROR, b.intValue() > 0));
        problemsCount.pseudoClassStateChanged(Styles.HAS_ERROR, vm.problems().errorsProperty().get() > 0);
        Label zoom = new Label();
        zoom.getStyleClass().add(Styles.STATUS_ITEM);
        zoom.textProperty().bind(canvas.zoomProperty().multiply(100).asString("%.0f%%"));
        Label saved = new Label();
        saved.getStyleClass().add(Styles.STATUS_ITEM);
        saved.textProperty().bind(Bindings.when(vm.document().dirtyProperty()).then("Modified").otherwise("Saved"));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox.setHgrow(message, Priority.SOMETIMES);
        message.setMinWidth(120);
        for (Label l : new Label[] {problemsCount, zoom, saved}) {
            l.setMinWidth(Region.USE_PREF_SIZE); // short and always worth reading; the longer texts give way
        }
        HBox bar = new HBox(message, grow, hover, problemsCount, zoom, saved, live.indicator());
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.STATUS_BAR);
        return bar;
    }

    // ---------------------------------------------------------------- actions

    private void setTheme(Theme t) {
        theme = t;
        WindowThemes.switchTo(t, stage); // the teaching windows and live mode's dialogs follow
        vm.settings().put("theme", t.name().toLowerCase(Locale.ROOT));
        vm.settings().save();
    }

    private void quit() {
        if (vm.confirmLoseWork()) {
            saveWindow();
            vm.shutdown();
            stage.close();
        }
    }

    /** Exports the drawing to a file the user chooses; {@code ext} is ".png" or ".svg". */
    private void export(String ext) {
        String base = vm.document().file().map(p -> p.getFileName().toString().replace(MainViewModel.EXTENSION, ""))
                .orElse(vm.document().design().name().replaceAll("[^A-Za-z0-9._-]+", "-"));
        Optional<Path> p = new FxDialogs(stage).chooseSave("Export " + ext.substring(1).toUpperCase(Locale.ROOT),
                base + ext, vm.document().file().map(Path::getParent).orElse(null),
                ext.equals(".png") ? "PNG images (*.png)" : ext.equals(".pdf") ? "PDF documents (*.pdf)" : "SVG drawings (*.svg)", ext);
        if (p.isEmpty()) {
            return;
        }
        Path target = MainViewModel.withExtension(p.get(), ext);
        try {
            exporter().writeTo(target, ext);
            vm.say("Exported " + target.getFileName());
        } catch (IOException | RuntimeException e) {
            new FxDialogs(stage).error("Could not export " + target.getFileName(), MainViewModel.message(e));
        }
    }

    /** An exporter for the drawing as it is now (tests call it too). */
    public ExportTarget exporter() {
        CanvasExporter x = FileActions.drawingOf(canvas);
        return (target, ext) -> {
            try {
                canvas.withEverythingShown(() -> {
                    if (ext.equals(".svg")) {
                        x.writeSvg(target);
                    } else if (ext.equals(".pdf")) {
                        x.writePdf(target);
                    } else {
                        x.writePng(target);
                    }
                    return null;
                });
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e.getMessage(), e);
            }
        };
    }

    /** Writes the drawing to a file in one format. */
    public interface ExportTarget {
        void writeTo(Path target, String extension) throws IOException;
    }

    private void showShortcuts() {
        new FxDialogs(stage).info("Keyboard and mouse", String.join("\n",
                "Place: drag from the palette, or press a palette item / Alt+1..7 (into the selected host or device)",
                "Connect: drag from an element's handle (dot on its right edge) to another element",
                "Select: click; Shift+click adds; Shift+drag on the background selects an area; Ctrl+A all",
                "Keyboard selection: Tab / Shift+Tab (canvas focused), Ctrl+. / Ctrl+,",
                "Move: drag, or arrow keys (Shift: 5 grid steps); Delete removes",
                "Copy Ctrl+C, Paste Ctrl+V, Duplicate Ctrl+D (links among the copies are kept)",
                "Copies are also YAML text on the clipboard: paste them into an editor or another designer window",
                "Undo Ctrl+Z, Redo Ctrl+Shift+Z or Ctrl+Y",
                "Zoom: wheel, pinch, Ctrl+= / Ctrl+-; Fit Ctrl+0; 100% Ctrl+1",
                "Pan: drag the background, middle/right drag, Shift+wheel, Ctrl+Shift+arrows",
                "Reach: select a node; hover another to read why and see the path",
                "Quick fixes: on a pair that cannot ping, point at a fix in the card to preview it; right-click for Diagnose",
                "Focus: F6 canvas, F7 inspector, F8 problems"));
    }

    private void about() {
        new FxDialogs(stage).info("macvtap-designer 0.1.0",
                "Design macvtap/macvlan networks and see who can reach whom, as the Linux kernel decides.");
    }

    // ---------------------------------------------------------------- window layout

    /** Puts the window where it was last time (if that is still on a screen), never larger than its screen. */
    public void restoreWindow() {
        Settings s = vm.settings();
        WindowPlace p = WindowPlace.onScreen(s.getDouble("window.width").orElse(1400),
                s.getDouble("window.height").orElse(900), s.getDouble("window.x"), s.getDouble("window.y"));
        stage.setX(p.x());
        stage.setY(p.y());
        stage.setWidth(p.width());
        stage.setHeight(p.height());
        stage.setMaximized("true".equals(s.get("window.maximized", "false")));
        restoreDividers();
    }

    /** The panels' dividers where they were last time. */
    public void restoreDividers() {
        Settings s = vm.settings();
        main.setDividerPositions(s.getDouble("divider.main").orElse(0.74));
        centre.setDividerPositions(s.getDouble("divider.centre").orElse(0.84));
    }

    private void saveWindow() {
        Settings s = vm.settings();
        s.put("window.maximized", String.valueOf(stage.isMaximized()));
        if (!stage.isMaximized()) {
            s.putDouble("window.x", stage.getX());
            s.putDouble("window.y", stage.getY());
            s.putDouble("window.width", stage.getWidth());
            s.putDouble("window.height", stage.getHeight());
        }
        s.putDouble("divider.main", main.getDividerPositions()[0]);
        s.putDouble("divider.centre", centre.getDividerPositions()[0]);
    }
}
