package org.mvtd.app.ui;

import java.util.Objects;
import javafx.stage.Stage;

/** Shows the designer's main window for a TestFX test, as the application does but at a size the test picks. */
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
}
