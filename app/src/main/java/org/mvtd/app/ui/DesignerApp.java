package org.mvtd.app.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.mvtd.icons.Icons;
import javafx.util.Duration;
import org.mvtd.app.ui.io.AppDirs;
import org.mvtd.app.ui.io.RecoveryStore;
import org.mvtd.app.ui.io.Settings;

/** The JavaFX application: one window, a tab per open design. */
public final class DesignerApp extends Application {
    private static final Duration AUTOSAVE_EVERY = Duration.seconds(15);

    private Timeline autosave;

    /** The application icon at every size the icon set renders, so the window manager picks a crisp one. */
    static List<Image> windowIcons() {
        return Icons.SIZES.stream().map(size -> new Image(Icons.png(size, Icons.APP).toExternalForm())).toList();
    }

    @Override
    public void start(Stage stage) {
        Path state = AppDirs.stateDir();
        Settings settings = Settings.load(AppDirs.configDir(), state);
        FxDialogs dialogs = new FxDialogs(stage);
        DocumentTabs tabs = new DocumentTabs(stage, recovery -> new MainViewModel(settings, recovery, dialogs), state);
        MainViewModel vm = tabs.first();
        MainView view = tabs.firstView();
        Scene scene = tabs.createScene();
        stage.setScene(scene);
        stage.getIcons().setAll(windowIcons());
        view.restoreWindow();
        stage.show();
        List<String> raw = getParameters().getRaw();
        vm.start(raw.isEmpty() ? null : Path.of(raw.get(0)));
        tabs.recoverOthers();
        view.teaching().greet(); // teaching hook: the start screen at the first start
        Platform.runLater(view::fitToView);
        autosave = new Timeline(new KeyFrame(AUTOSAVE_EVERY, e -> tabs.autosave()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
    }

    @Override
    public void stop() {
        if (autosave != null) {
            autosave.stop();
        }
    }
}
