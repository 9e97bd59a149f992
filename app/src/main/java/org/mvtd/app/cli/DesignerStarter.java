package org.mvtd.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Opens the designer window from the command line. Only this class names the UI, and only inside
 * {@link #start}, so subcommands never load JavaFX.
 */
final class DesignerStarter {
    private DesignerStarter() {
    }

    /** Opens the designer on {@code file} (or on the last file / the welcome example when null). */
    static int start(Path file) {
        if (file != null && !Files.isRegularFile(file)) {
            throw new UserError(ExitCodes.USAGE, file + ": no such file");
        }
        if (!hasDisplay(System.getenv(), System.getProperty("os.name", ""), System.getProperty("glass.platform"))) {
            throw new UserError(ExitCodes.USAGE, "no display: the designer needs a graphical session (DISPLAY or "
                    + "WAYLAND_DISPLAY). The subcommands work without one: see --help.");
        }
        org.mvtd.app.ui.DesignerLauncher.launch(file);
        return ExitCodes.OK;
    }

    static boolean hasDisplay(Map<String, String> env, String osName, String glassPlatform) {
        if (!osName.toLowerCase(java.util.Locale.ROOT).contains("linux") || glassPlatform != null) {
            return true; // other platforms (and Monocle) always have one
        }
        return notBlank(env.get("DISPLAY")) || notBlank(env.get("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
