package org.mvtd.app.ui.teach;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import org.mvtd.app.ui.DesignerWindow;
import org.mvtd.app.ui.Dialogs;
import org.mvtd.app.ui.MainView;
import org.mvtd.app.ui.MainViewModel;
import org.mvtd.app.ui.io.RecoveryStore;
import org.mvtd.app.ui.io.Settings;
import org.mvtd.app.ui.teach.diagram.DiagramView;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.backend.helper.ScratchDirs;
import org.testfx.util.WaitForAsyncUtils;

/** The designer window with teaching mode, on a fresh config directory, for TestFX tests. */
final class TeachFx {
    final Path dir;
    final MainViewModel vm;
    final MainView view;
    final Stage stage;

    private TeachFx(Stage stage) {
        this.stage = stage;
        dir = ScratchDirs.create("mvtd-teach-test"); // removed when the test JVM exits
        vm = new MainViewModel(Settings.load(dir), new RecoveryStore(dir), new QuietDialogs());
        view = DesignerWindow.show(vm, stage, 1400, 900);
        vm.start(null);
        view.teaching().greet();
    }

    /** Call from a TestFX {@code @Start} method. */
    static TeachFx open(Stage stage) {
        IgnoreForeignAsyncFailures.now();
        return new TeachFx(stage);
    }

    Teaching teaching() {
        return view.teaching();
    }

    /** The screen point of an element's centre in a diagram (for robot clicks). */
    static Point2D screenPointOf(DiagramView d, ElementRef r) {
        Rectangle2D b = d.bounds(r).orElseThrow(() -> new AssertionError("not drawn: " + r));
        Point2D local = d.designToLocal(new Point2D(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2));
        return d.localToScreen(local);
    }

    /** Waits (bounded) for a condition the FX thread makes true, failing with {@code what}. */
    static void await(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Dialogs that never block a test: discard unsaved work, choose nothing. */
    static final class QuietDialogs implements Dialogs {
        @Override public Unsaved askUnsaved(String documentName) { return Unsaved.DISCARD; }
        @Override public Optional<Path> chooseOpen(Path startDir) { return Optional.empty(); }
        @Override public Optional<Path> chooseSave(String title, String suggestedName, Path startDir, String description,
                                                   String extension) { return Optional.empty(); }
        @Override public void error(String title, String message) { throw new AssertionError(title + ": " + message); }
        @Override public boolean offerRecovery(RecoveryStore.Recovery recovery) { return false; }
        @Override public void info(String title, String message) { }
    }
}
