package org.mvtd.app.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.mvtd.app.ui.io.RecoveryStore;
import org.mvtd.app.ui.io.Settings;
import org.mvtd.app.ui.live.LiveServices;
import org.mvtd.app.ui.live.connect.LocalHelperLauncher;
import org.mvtd.app.ui.teach.Teaching;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.lesson.Lessons;

/**
 * A developer tool, not a test: the main window at one size and theme with every panel open (palette,
 * walk-through, inspector, problems, the live banner), the reach matrix and a revealed lesson, grabbed with
 * ImageMagick's {@code import}.
 * docs/screenshots/take.sh runs it under Xvfb for each size and theme:
 * {@code Screenshots$Main OUTDIR WIDTH HEIGHT light|dark}.
 */
public final class Screenshots extends Application {
    private final ShotScript script = new ShotScript();

    /** Started through this class so the JavaFX launcher check does not ask for modules. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(Screenshots.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws IOException {
        List<String> a = getParameters().getRaw();
        Path out = Path.of(a.get(0));
        double w = Double.parseDouble(a.get(1));
        double h = Double.parseDouble(a.get(2));
        String theme = a.get(3);
        Files.createDirectories(out);
        Path cfg = Files.createTempDirectory("mvtd-shots");
        Settings settings = Settings.load(cfg);
        settings.put("theme", theme);
        LiveServices sys = LiveServices.system();
        // A helper that is not there: live mode's banner shows, with its buttons.
        LiveServices services = new LiveServices(LocalHelperLauncher.system(cfg.resolve("no-helper"), true),
                sys.verifier(), sys.hostName(), sys.fx(), sys.worker(), sys.lab(), sys.clock());
        MainViewModel vm = new MainViewModel(settings, new RecoveryStore(cfg), new QuietDialogs(), services);
        MainView view = new MainView(vm, stage);
        stage.setScene(view.createScene());
        view.restoreWindow(); // as the application starts: the remembered (here default) dividers
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(w);
        stage.setHeight(h);
        stage.show();
        vm.start(null);
        Teaching t = view.teaching();
        String name = (int) w + "x" + (int) h + "-" + theme;
        script.then(1200, () -> {
            vm.live().connect();
            var guest = ElementRef.guest(vm.document().design().guests().get(0).name());
            vm.selection().select(guest);
            t.openWalk();
            t.walkViewModel().chooseTarget("router");
            t.walkViewModel().pingProperty().set(true); // ARP, then the echo: the envelope shows each frame
            t.walkViewModel().speedProperty().set(0.5);
        });
        script.then(900, view::fitToView);
        for (int i = 0; i < 3; i++) {
            script.then(1500, () -> t.walkViewModel().stepForward());
        }
        script.then(1500, () -> ShotScript.shot(out.resolve("main-" + name + ".png")));
        script.then(300, () -> {
            t.closeWalk();
            t.openMatrix();
        });
        script.then(1200, () -> ShotScript.shot(out.resolve("matrix-" + name + ".png")));
        script.then(300, () -> {
            javafx.stage.Window.getWindows().stream().filter(x -> x != stage).toList().forEach(javafx.stage.Window::hide);
            Stage lesson = t.openLesson(Lessons.byId("bridge").orElseThrow());
            lesson.setX(0);
            lesson.setY(0);
            lesson.setWidth(w);
            lesson.setHeight(h);
        });
        script.then(1200, () -> javafx.stage.Window.getWindows().stream()
                .map(x -> x.getScene().getRoot().lookup("#mvtd-lesson-reveal")).filter(n -> n != null).findFirst()
                .ifPresent(n -> ((javafx.scene.control.Button) n).fire()));
        script.then(1000, () -> ShotScript.shot(out.resolve("lesson-" + name + ".png")));
        script.then(300, Platform::exit);
        script.run();
    }

    /** Dialogs that never block: discard, choose nothing, say nothing. */
    private static final class QuietDialogs implements Dialogs {
        @Override public Unsaved askUnsaved(String documentName) { return Unsaved.DISCARD; }
        @Override public java.util.Optional<Path> chooseOpen(Path startDir) { return java.util.Optional.empty(); }
        @Override public java.util.Optional<Path> chooseSave(String title, String suggestedName, Path startDir,
                                                             String description, String extension) {
            return java.util.Optional.empty();
        }
        @Override public void error(String title, String message) { }
        @Override public boolean offerRecovery(RecoveryStore.Recovery recovery) { return false; }
        @Override public void info(String title, String message) { }
    }
}
