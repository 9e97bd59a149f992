package org.mvtd.app.ui;

import java.nio.file.Path;
import javafx.application.Application;

/**
 * Starts the designer. Kept free of JavaFX types in its signature so the CLI can reference it without
 * loading JavaFX until the designer is really wanted.
 */
public final class DesignerLauncher {
    private DesignerLauncher() {
    }

    /** Opens the designer (on {@code file}, when given) and returns when its window closes. */
    public static void launch(Path file) {
        String[] args = file == null ? new String[0] : new String[] {file.toAbsolutePath().toString()};
        JavaFxLog.quietUnsupportedConfiguration();
        Application.launch(DesignerApp.class, args);
    }
}
