package org.mvtd.app.ui.io;

import java.nio.file.Path;
import java.util.Map;

/** Where the designer keeps its settings, recent files and recovery file: the XDG config directory. */
public final class AppDirs {
    /** Overrides the directory (tests, portable installs). */
    public static final String OVERRIDE_PROPERTY = "mvtd.config.dir";

    private AppDirs() {
    }

    public static Path configDir() {
        return configDir(System.getenv(), System.getProperty(OVERRIDE_PROPERTY), System.getProperty("user.home"));
    }

    /** {@code $XDG_CONFIG_HOME/macvtap-designer}, falling back to {@code ~/.config/macvtap-designer}. */
    static Path configDir(Map<String, String> env, String override, String home) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        // The XDG spec says a relative value is invalid and must be ignored.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".config");
        return base.resolve("macvtap-designer");
    }
}
