package org.mvtd.app.ui;

import static org.mvtd.app.ui.controls.MenuItems.item;

import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.mvtd.app.ui.canvas.CanvasView;
import org.mvtd.app.ui.theme.Theme;
import org.mvtd.model.edit.DesignEdits.Alignment;
import org.mvtd.model.edit.PaletteItem;

/** The main window's menus: File, Edit, Insert, Arrange, View, then live mode's and teaching's, then Help. */
final class MainMenus {
    /** What the menus ask of the window itself. */
    interface Window {
        void export(String extension);

        void quit();

        void showShortcuts();

        void about();

        void setTheme(Theme t);

        void focusInspector();

        void focusProblems();
    }

    private final MainViewModel vm;
    private final CanvasView canvas;
    private final Theme theme;
    private final Menu live;
    private final Menu teaching;
    private final Window window;
    private final Menu recentMenu = new Menu("Open _Recent");

    MainMenus(MainViewModel vm, CanvasView canvas, Theme theme, Menu live, Menu teaching, Window window) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.canvas = Objects.requireNonNull(canvas, "canvas");
        this.theme = Objects.requireNonNull(theme, "theme");
        this.live = Objects.requireNonNull(live, "live");
        this.teaching = Objects.requireNonNull(teaching, "teaching");
        this.window = Objects.requireNonNull(window, "window");
    }

    /** The window's menu bar. */
    MenuBar bar() {
        Menu file = new Menu("_File");
        MenuItem save = item("_Save", "Shortcut+S", vm::save);
        file.getItems().addAll(
                item("_New", "Shortcut+N", vm::newDocument),
                item("_Open\u2026", "Shortcut+O", vm::open),
                recentMenu,
                item("Open _Example", null, vm::openExample),
                new SeparatorMenuItem(),
                save,
                item("Save _As\u2026", "Shortcut+Shift+S", vm::saveAs),
                new SeparatorMenuItem(),
                item("Export _PNG\u2026", "Shortcut+E", () -> window.export(".png")),
                item("Export S_VG\u2026", "Shortcut+Shift+E", () -> window.export(".svg")),
                new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", window::quit));
        vm.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent());
        fillRecent();

        Menu edit = new Menu("_Edit");
        var history = vm.document().undoManager();
        MenuItem undo = step(item("_Undo", "Shortcut+Z", vm.document()::undo), "Undo", history.canUndoProperty(),
                history.undoLabelProperty());
        MenuItem redo = step(item("_Redo", "Shortcut+Shift+Z", vm.document()::redo), "Redo", history.canRedoProperty(),
                history.redoLabelProperty());
        MenuItem delete = item("_Delete", "Delete", vm.canvas()::delete);
        MenuItem backspace = item("Delete", "Backspace", vm.canvas()::delete);
        backspace.setVisible(false);
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(),
                item("Cu_t", "Shortcut+X", vm.canvas()::cut),
                item("_Copy", "Shortcut+C", vm.canvas()::copy),
                item("_Paste", "Shortcut+V", vm.canvas()::paste),
                item("D_uplicate", "Shortcut+D", vm.canvas()::duplicate),
                delete, backspace,
                item("Re_name in Place", "F2", () -> canvas.editor().renameSelected()),
                item("_Find…", "Shortcut+F", () -> canvas.editor().openFind()), new SeparatorMenuItem(),
                item("Select _All", "Shortcut+A", vm.canvas()::selectAll),
                item("Select _Next Element", "Shortcut+Period", () -> vm.canvas().selectNext(false)),
                item("Select Pre_vious Element", "Shortcut+Comma", () -> vm.canvas().selectNext(true)),
                item("Select _None", "Escape", vm.selection()::clear));

        Menu insert = new Menu("_Insert");
        int n = 1;
        for (PaletteItem p : PaletteItem.values()) {
            insert.getItems().add(item(p.title(), "Alt+" + n++, () -> canvas.placeAtCentre(p)));
        }
        insert.getItems().addAll(new SeparatorMenuItem(), item("_Note", "Alt+8", () -> canvas.editor().addNoteAtCentre()));

        Menu arrange = new Menu("_Arrange");
        CheckMenuItem snap = new CheckMenuItem("_Snap to Grid");
        snap.selectedProperty().bindBidirectional(vm.canvas().snapToGridProperty());
        snap.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+G"));
        arrange.getItems().addAll(
                item("Align _Left", "Shortcut+Alt+Left", () -> vm.canvas().align(Alignment.LEFT)),
                item("Align _Centre", "Shortcut+Alt+C", () -> vm.canvas().align(Alignment.CENTER)),
                item("Align _Right", "Shortcut+Alt+Right", () -> vm.canvas().align(Alignment.RIGHT)),
                item("Align _Top", "Shortcut+Alt+Up", () -> vm.canvas().align(Alignment.TOP)),
                item("Align _Middle", "Shortcut+Alt+M", () -> vm.canvas().align(Alignment.MIDDLE)),
                item("Align _Bottom", "Shortcut+Alt+Down", () -> vm.canvas().align(Alignment.BOTTOM)),
                new SeparatorMenuItem(),
                item("Distribute _Across", "Shortcut+Alt+H", () -> vm.canvas().distribute(true)),
                item("Distribute _Down", "Shortcut+Alt+V", () -> vm.canvas().distribute(false)),
                new SeparatorMenuItem(), snap);

        Menu view = new Menu("_View");
        CheckMenuItem minimap = new CheckMenuItem("_Minimap");
        minimap.setAccelerator(KeyCombination.keyCombination("Shortcut+M"));
        minimap.setSelected(!"false".equals(vm.settings().get("minimap", "true")));
        canvas.minimapWantedProperty().bind(minimap.selectedProperty());
        minimap.selectedProperty().addListener((o, a, b) -> vm.settings().put("minimap", String.valueOf(b)));
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem("_Light Theme");
        RadioMenuItem dark = new RadioMenuItem("_Dark Theme");
        light.setId("mvtd-theme-light");
        dark.setId("mvtd-theme-dark");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        (theme == Theme.DARK ? dark : light).setSelected(true);
        light.setOnAction(e -> window.setTheme(Theme.LIGHT));
        dark.setOnAction(e -> window.setTheme(Theme.DARK));
        MenuItem zoomIn = item("Zoom _In", "Shortcut+Equals", () -> canvas.zoomBy(1.25));
        MenuItem zoomIn2 = item("Zoom In", "Shortcut+Add", () -> canvas.zoomBy(1.25));
        zoomIn2.setVisible(false);
        MenuItem zoomOut2 = item("Zoom Out", "Shortcut+Subtract", () -> canvas.zoomBy(1 / 1.25));
        zoomOut2.setVisible(false);
        view.getItems().addAll(zoomIn, zoomIn2,
                item("Zoom _Out", "Shortcut+Minus", () -> canvas.zoomBy(1 / 1.25)), zoomOut2,
                item("_Fit to Window", "Shortcut+0", canvas::fitToView),
                item("_Actual Size", "Shortcut+1", canvas::resetZoom),
                new SeparatorMenuItem(),
                item("Pan Le_ft", "Shortcut+Shift+Left", () -> canvas.panBy(120, 0)),
                item("Pan Ri_ght", "Shortcut+Shift+Right", () -> canvas.panBy(-120, 0)),
                item("Pan _Up", "Shortcut+Shift+Up", () -> canvas.panBy(0, 120)),
                item("Pan Do_wn", "Shortcut+Shift+Down", () -> canvas.panBy(0, -120)),
                new SeparatorMenuItem(),
                item("Focus _Canvas", "F6", canvas::focusCanvas),
                item("Focus _Inspector", "F7", window::focusInspector),
                item("Focus _Problems", "F8", window::focusProblems),
                new SeparatorMenuItem(), minimap, light, dark);

        Menu help = new Menu("_Help");
        help.getItems().addAll(item("_Keyboard and Mouse", "F1", window::showShortcuts),
                item("_About macvtap-designer", null, window::about));

        MenuBar bar = new MenuBar(file, edit, insert, arrange, view, live, teaching, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** An undo or redo item: enabled while there is a step, named after it ("Undo Rename lan to tor"). */
    private static MenuItem step(MenuItem m, String verb, ObservableBooleanValue can, ObservableStringValue label) {
        m.disableProperty().bind(Bindings.not(can));
        m.textProperty().bind(Bindings.createStringBinding(() -> label.get().isEmpty() ? verb : verb + " " + label.get(), label));
        return m;
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path p : vm.recentFiles()) {
            MenuItem m = new MenuItem(p.getFileName() + "  \u2014  " + (p.getParent() == null ? "" : p.getParent()));
            m.setMnemonicParsing(false);
            m.setOnAction(e -> vm.open(p));
            recentMenu.getItems().add(m);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }
}
