package org.mvtd.app.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.mvtd.app.ui.io.RecoveryStore;
import org.mvtd.app.ui.theme.Theme;

/**
 * One window, several documents: a tab per design, each its own {@link MainViewModel} and {@link MainView}
 * (undo history, dirty mark, recovery file, panels). The window shows the selected document's menu bar and
 * title; closing a tab or the window asks about each document with unsaved work.
 */
public final class DocumentTabs implements DocumentHost {
    /** One open document. */
    private record Doc(MainViewModel vm, MainView view, MenuBar bar, Tab tab, String slot) {
    }

    private final Stage stage;
    private final Function<RecoveryStore, MainViewModel> factory;
    private final Path stateDir;
    private final TabPane tabs = new TabPane();
    private final BorderPane root = new BorderPane(tabs);
    private final List<Doc> docs = new ArrayList<>();

    /** {@code factory} makes a document's view model around its recovery store; recovery files live in {@code stateDir}. */
    public DocumentTabs(Stage stage, Function<RecoveryStore, MainViewModel> factory, Path stateDir) {
        this.stage = Objects.requireNonNull(stage, "stage");
        this.factory = Objects.requireNonNull(factory, "factory");
        this.stateDir = Objects.requireNonNull(stateDir, "stateDir");
        tabs.setId("document-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showSelected());
        add("");
    }

    /** The window's scene, in the remembered theme, Ctrl+Y redoing in the selected document. */
    public Scene createScene() {
        Scene scene = new Scene(root, 1400, 900);
        Theme.parse(first().settings().get("theme", "light")).apply(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.Y) { // the other common redo key
                selected().vm().document().redo();
                e.consume();
            }
        });
        return scene;
    }

    /** The document the window opened with. */
    public MainViewModel first() {
        return docs.get(0).vm();
    }

    public MainView firstView() {
        return docs.get(0).view();
    }

    /** The selected document's view model. */
    public MainViewModel current() {
        return selected().vm();
    }

    /** The open documents' view models, in tab order. */
    public List<MainViewModel> documents() {
        return docs.stream().map(Doc::vm).toList();
    }

    /** Offers each autosaved document of a session that did not end cleanly, beyond the first, as a tab of its own. */
    public void recoverOthers() {
        for (String slot : RecoveryStore.otherSlots(stateDir)) {
            Doc d = add(slot);
            if (!d.vm().offerRecovery()) {
                remove(d);
            }
        }
    }

    /** Writes each document's recovery file if it has unsaved work (called on a timer). */
    public void autosave() {
        docs.forEach(d -> d.vm().autosave());
    }

    @Override
    public MainViewModel tabFor(MainViewModel asking) {
        if (asking.isBlank()) {
            return asking;
        }
        return add(freeSlot()).vm();
    }

    @Override
    public boolean select(Path file) {
        Path abs = file.toAbsolutePath();
        Optional<Doc> open = docs.stream().filter(d -> d.vm().document().file().map(abs::equals).orElse(false)).findFirst();
        open.ifPresent(d -> tabs.getSelectionModel().select(d.tab()));
        return open.isPresent();
    }

    @Override
    public void close(MainViewModel vm) {
        docs.stream().filter(d -> d.vm() == vm).findFirst().ifPresent(d -> {
            tabs.getSelectionModel().select(d.tab());
            if (d.vm().confirmLoseWork()) {
                remove(d);
            }
        });
    }

    private Doc add(String slot) {
        MainViewModel vm = factory.apply(new RecoveryStore(stateDir, slot));
        vm.setTabs(this);
        MainView view = new MainView(vm, stage);
        MenuBar bar = view.detachMenuBar();
        view.setOnQuit(this::quit);
        Tab tab = new Tab();
        tab.setContent(view.content());
        tab.textProperty().bind(Bindings.createStringBinding(() -> (vm.document().isDirty() ? "*" : "")
                + vm.document().displayName(), vm.document().dirtyProperty(), vm.document().fileProperty(),
                vm.document().designProperty()));
        tab.setId("document-tab-" + (slot.isEmpty() ? "1" : slot));
        Doc d = new Doc(vm, view, bar, tab, slot);
        tab.setOnCloseRequest(e -> {
            if (!vm.confirmLoseWork()) {
                e.consume();
            }
        });
        tab.setOnClosed(e -> forget(d));
        vm.recentFiles().addListener((ListChangeListener<Path>) c -> docs.stream().filter(o -> o != d)
                .forEach(o -> o.vm().reloadRecent()));
        docs.add(d);
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
        view.restoreDividers();
        // Each document's view claims the window's close; the window of tabs asks about every document.
        stage.setOnCloseRequest(e -> {
            if (!confirmAll()) {
                e.consume();
                return;
            }
            shutdown();
        });
        return d;
    }

    private void remove(Doc d) {
        tabs.getTabs().remove(d.tab());
        forget(d);
    }

    /** A closed tab's document leaves nothing behind; the window always keeps one document open. */
    private void forget(Doc d) {
        docs.remove(d);
        d.vm().shutdown();
        if (docs.isEmpty()) {
            add("").vm().newDocument();
        }
        showSelected();
    }

    private String freeSlot() {
        List<String> taken = docs.stream().map(Doc::slot).toList();
        List<String> left = RecoveryStore.otherSlots(stateDir);
        for (int n = 2; ; n++) {
            String s = ("tab-" + n).toLowerCase(Locale.ROOT);
            if (!taken.contains(s) && !left.contains(s)) {
                return s;
            }
        }
    }

    private Doc selected() {
        Tab t = tabs.getSelectionModel().getSelectedItem();
        return docs.stream().filter(d -> d.tab() == t).findFirst().orElse(docs.get(0));
    }

    /** The window shows the selected document's menu bar and title. */
    private void showSelected() {
        if (docs.isEmpty()) {
            return;
        }
        Doc d = selected();
        root.setTop(d.bar());
        stage.titleProperty().bind(d.vm().document().titleProperty());
    }

    private boolean confirmAll() {
        for (Doc d : List.copyOf(docs)) {
            if (d.vm().document().isDirty()) {
                tabs.getSelectionModel().select(d.tab());
                if (!d.vm().confirmLoseWork()) {
                    return false;
                }
            }
        }
        return true;
    }

    private void quit() {
        if (confirmAll()) {
            shutdown();
            stage.close();
        }
    }

    private void shutdown() {
        selected().view().saveLayout();
        docs.forEach(d -> d.vm().shutdown());
    }
}
