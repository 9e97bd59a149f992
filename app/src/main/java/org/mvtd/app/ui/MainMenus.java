package org.mvtd.app.ui;

import static org.mvtd.app.ui.controls.MenuItems.item;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.mvtd.app.ui.exchange.ExportKind;
import org.mvtd.app.ui.viewmodel.IpFamily;
import org.mvtd.app.ui.viewmodel.Template;
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
    private final FileActions files;

    MainMenus(MainViewModel vm, CanvasView canvas, Theme theme, Menu live, Menu teaching, Window window) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.canvas = Objects.requireNonNull(canvas, "canvas");
        this.theme = Objects.requireNonNull(theme, "theme");
        this.live = Objects.requireNonNull(live, "live");
        this.teaching = Objects.requireNonNull(teaching, "teaching");
        this.window = Objects.requireNonNull(window, "window");
        this.files = new FileActions(vm, canvas, () -> canvas.getScene() == null ? null : canvas.getScene().getWindow());
        // Whether a recent file is still there is read when the menu opens, not when it was filled.
        recentMenu.setOnShowing(e -> fillRecent());
    }

    /** The window's menu bar. */
    MenuBar bar() {
        Menu file = new Menu("_File");
        MenuItem save = item("_Save", "Shortcut+S", vm::save);
        file.getItems().addAll(
                item("_New", "Shortcut+N", vm::newDocument),
                templates(),
                item("_Open\u2026", "Shortcut+O", vm::open),
                recentMenu,
                item("Open _Example", null, vm::openExample),
                new SeparatorMenuItem(),
                save,
                item("Save _As\u2026", "Shortcut+Shift+S", vm::saveAs),
                new SeparatorMenuItem(),
                imports(),
                exports(),
                id(item("_Print\u2026", "Shortcut+P", files::print), "file-print"),
                new SeparatorMenuItem(),
                id(item("_Close Tab", "Shortcut+W", vm::closeTab), "file-close-tab"),
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
        insert.getItems().addAll(new SeparatorMenuItem(), item("_Note", "Alt+" + n, () -> canvas.editor().addNoteAtCentre()));

        Menu arrange = new Menu("_Arrange");
        MenuItem tidy = item("T_idy", "Shortcut+Shift+T", this::tidy);
        tidy.setId("mvtd-arrange-tidy");
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
                new SeparatorMenuItem(),
                tidy,
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
                new SeparatorMenuItem(), minimap, light, dark, new SeparatorMenuItem());
        view.getItems().addAll(familyItems());

        Menu help = new Menu("_Help");
        help.getItems().addAll(item("_Keyboard and Mouse", "F1", window::showShortcuts),
                item("_About macvtap-designer", null, window::about));

        MenuBar bar = new MenuBar(file, edit, insert, arrange, view, live, teaching, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Menu templates() {
        Menu m = new Menu("New from _Template");
        for (Template t : Template.values()) {
            MenuItem i = id(item(t.title() + "  \u2014  " + t.description(), null, () -> vm.openTemplate(t)), t.id());
            i.setMnemonicParsing(false);
            m.getItems().add(i);
        }
        return m;
    }

    private Menu imports() {
        Menu m = new Menu("_Import");
        m.getItems().addAll(id(item("_libvirt XML\u2026", null, files::importLibvirt), "file-import-libvirt"),
                id(item("Live _Host (this machine)", null, files::importLive), "file-import-live"));
        return m;
    }

    /** Every text export with its preview, then the drawing as an image or a PDF. */
    private Menu exports() {
        Menu m = new Menu("_Export");
        for (ExportKind k : ExportKind.values()) {
            m.getItems().add(id(item(k.menuText(), null, () -> files.export(k)), "file-export-" + k.id()));
        }
        m.getItems().addAll(new SeparatorMenuItem(),
                id(item("_PNG Image\u2026", "Shortcut+E", () -> window.export(".png")), "file-export-png"),
                id(item("S_VG Drawing\u2026", "Shortcut+Shift+E", () -> window.export(".svg")), "file-export-svg"),
                id(item("P_DF Document\u2026", null, () -> window.export(".pdf")), "file-export-pdf"));
        return m;
    }

    private static MenuItem id(MenuItem m, String id) {
        m.setId(id);
        return m;
    }

    /** Tidies the selection, or the whole design and then shows all of it. */
    private void tidy() {
        if (vm.canvas().tidy()) {
            canvas.fitToView();
        }
    }

    /** An undo or redo item: enabled while there is a step, named after it ("Undo Rename lan to tor"). */
    private static MenuItem step(MenuItem m, String verb, ObservableBooleanValue can, ObservableStringValue label) {
        m.disableProperty().bind(Bindings.not(can));
        m.textProperty().bind(Bindings.createStringBinding(() -> label.get().isEmpty() ? verb : verb + " " + label.get(), label));
        return m;
    }

    /** Recent files, most recent first; a file that is gone is greyed out, and the list can drop those or be cleared. */
    private void fillRecent() {
        recentMenu.getItems().clear();
        int n = 0;
        List<Path> missing = new ArrayList<>();
        for (Path p : vm.recentFiles()) {
            boolean gone = !Files.isRegularFile(p);
            MenuItem m = new MenuItem(p.getFileName() + "  \u2014  " + (p.getParent() == null ? "" : p.getParent())
                    + (gone ? "  (missing)" : ""));
            m.setMnemonicParsing(false);
            m.setId("recent-" + n++);
            m.setDisable(gone);
            m.setOnAction(e -> vm.open(p));
            recentMenu.getItems().add(m);
            if (gone) {
                missing.add(p);
            }
        }
        if (!recentMenu.getItems().isEmpty()) {
            MenuItem dropMissing = id(item("Remove _Missing Files", null, () -> missing.forEach(vm::forgetRecent)), "recent-remove-missing");
            dropMissing.setDisable(missing.isEmpty());
            recentMenu.getItems().addAll(new SeparatorMenuItem(), dropMissing,
                    id(item("_Clear List", null, () -> List.copyOf(vm.recentFiles()).forEach(vm::forgetRecent)), "recent-clear"));
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    /** IPv4 or IPv6 reach colours: which family a ping is judged in (the matrix follows the choice). */
    private List<RadioMenuItem> familyItems() {
        ToggleGroup group = new ToggleGroup();
        List<RadioMenuItem> items = new ArrayList<>();
        for (IpFamily f : IpFamily.values()) {
            RadioMenuItem item = new RadioMenuItem(f.label() + " Reach Colours");
            item.setId("mvtd-reach-" + f.name().toLowerCase(Locale.ROOT));
            item.setToggleGroup(group);
            item.setSelected(vm.reach().familyProperty().get() == f);
            item.setOnAction(e -> vm.reach().familyProperty().set(f));
            items.add(item);
        }
        vm.reach().familyProperty().addListener((o, a, b) -> items.get(b.ordinal()).setSelected(true));
        return items;
    }
}
