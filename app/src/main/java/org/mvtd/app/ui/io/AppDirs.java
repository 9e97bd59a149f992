package org.mvtd.app.ui.io;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the designer keeps its files, as the XDG base directory specification says: settings in the config
 * directory; recent files and the crash-recovery file, which are state rather than configuration, in the
 * state directory. The fallbacks start from {@code $HOME} when it is set (a fresh {@code HOME=/tmp/x} must not
 * write into the passwd home), else from Java's {@code user.home}.
 */
public final class AppDirs {
    /** Overrides the config directory (tests, portable installs); the state directory follows it unless set too. */
    public static final String OVERRIDE_PROPERTY = "mvtd.config.dir";
    /** Overrides the state directory. */
    public static final String STATE_OVERRIDE_PROPERTY = "mvtd.state.dir";
    private static final String APP = "macvtap-designer";

    private AppDirs() {
    }

    public static Path configDir() {
        return configDir(System.getenv(), System.getProperty(OVERRIDE_PROPERTY), System.getProperty("user.home"));
    }

    public static Path stateDir() {
        String override = System.getProperty(STATE_OVERRIDE_PROPERTY);
        return stateDir(System.getenv(), override != null ? override : System.getProperty(OVERRIDE_PROPERTY),
                System.getProperty("user.home"));
    }

    /** {@code $XDG_CONFIG_HOME/macvtap-designer}, falling back to {@code $HOME/.config/macvtap-designer}. */
    static Path configDir(Map<String, String> env, String override, String userHome) {
        return dir(env, "XDG_CONFIG_HOME", override, userHome, ".config");
    }

    /** {@code $XDG_STATE_HOME/macvtap-designer}, falling back to {@code $HOME/.local/state/macvtap-designer}. */
    static Path stateDir(Map<String, String> env, String override, String userHome) {
        return dir(env, "XDG_STATE_HOME", override, userHome, ".local/state");
    }

    private static Path dir(Map<String, String> env, String variable, String override, String userHome, String fallback) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = env.get(variable);
        // The XDG spec says a relative value is invalid and must be ignored.
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, APP);
        }
        String home = env.get("HOME");
        Path base = home != null && !home.isBlank() && Path.of(home).isAbsolute() ? Path.of(home) : Path.of(userHome);
        return base.resolve(fallback).resolve(APP);
    }
}
