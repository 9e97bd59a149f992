package org.mvtd.app.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.stage.Stage;
import org.mvtd.app.ui.io.RecoveryStore;
import org.mvtd.app.ui.io.Settings;
import org.mvtd.app.ui.canvas.CanvasView;
import org.mvtd.model.edit.ElementRef;

/** The designer's main window for TestFX tests: shown as the application does, at a size the test picks. */
public final class DesignerWindow {
    private DesignerWindow() {
    }

    /** Builds the window of {@code vm} in {@code stage}, sized {@code width} by {@code height}, and shows it. */
    public static MainView show(MainViewModel vm, Stage stage, double width, double height) {
        Objects.requireNonNull(vm, "vm");
        Objects.requireNonNull(stage, "stage");
        MainView view = new MainView(vm, stage);
        stage.setScene(view.createScene());
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
        return view;
    }

    /** A window and its view model, opened on the welcome example. */
    public record Opened(MainViewModel vm, MainView view) {
    }

    /** A fresh designer (settings and recovery under a new folder in {@code dir}) on the welcome example, shown in {@code stage}. */
    public static Opened openWelcome(Stage stage, Path dir, double width, double height) {
        Path cfg = dir.resolve("cfg-" + System.nanoTime());
        MainViewModel vm = new MainViewModel(Settings.load(cfg), new RecoveryStore(cfg), new ScriptedDialogs());
        MainView view = show(vm, stage, width, height);
        vm.start(null);
        return new Opened(vm, view);
    }

    /** Where the centre of element {@code r} is on the screen (robots move there). */
    public static Point2D screenOf(CanvasView canvas, ElementRef r) {
        Rectangle2D b = canvas.currentLayout().bounds(r).orElseThrow();
        return canvas.designToScreen(new Point2D(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2));
    }

    /**
     * Chooses the menu item with id {@code id} from the window's menu bar as a click on it would (call on the
     * FX thread). A menu's popup is a window of its own that robots reach unreliably headless; firing the
     * item runs the same action.
     */
    public static void choose(Scene scene, String id) {
        MenuBar bar = (MenuBar) scene.getRoot().lookup(".menu-bar");
        Objects.requireNonNull(bar, "the window has no menu bar");
        MenuItem item = find(bar.getMenus(), id).orElseThrow(() -> new AssertionError("no menu item #" + id));
        if (item instanceof RadioMenuItem r) {
            r.setSelected(true); // what the menu's skin does on a click, before the action
        }
        item.fire();
    }

    private static Optional<MenuItem> find(List<? extends MenuItem> items, String id) {
        for (MenuItem m : items) {
            if (id.equals(m.getId())) {
                return Optional.of(m);
            }
            if (m instanceof Menu sub) {
                Optional<MenuItem> inner = find(sub.getItems(), id);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        return Optional.empty();
    }
}
