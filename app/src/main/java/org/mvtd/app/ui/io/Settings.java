package org.mvtd.app.ui.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Properties;
import org.mvtd.model.yaml.AtomicWrite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Window layout and theme, kept in {@code settings.properties} in the config directory, and the recent files,
 * kept in {@code recent-files.properties} in the state directory ({@link AppDirs}).
 */
public final class Settings {
    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);
    private static final int MAX_RECENT = 8;

    private final Path file;
    private final Path recentFile;
    private final Properties props = new Properties();
    private final Properties recent = new Properties();

    private Settings(Path file, Path recentFile) {
        this.file = file;
        this.recentFile = recentFile;
    }

    /** Loads settings and recent files both from {@code dir} (tests, portable installs). */
    public static Settings load(Path dir) {
        return load(dir, dir);
    }

    /** Loads the settings in {@code configDir} and the recent files in {@code stateDir}; unreadable files give defaults. */
    public static Settings load(Path configDir, Path stateDir) {
        Objects.requireNonNull(configDir, "configDir");
        Objects.requireNonNull(stateDir, "stateDir");
        Settings s = new Settings(configDir.resolve("settings.properties"), stateDir.resolve("recent-files.properties"));
        read(s.file, s.props);
        read(s.recentFile, s.recent);
        // Earlier builds kept the recent list in the settings: carry it over once, then it lives in the state file.
        for (String key : s.props.stringPropertyNames()) {
            if (key.startsWith("recent.")) {
                s.recent.putIfAbsent(key, s.props.getProperty(key));
                s.props.remove(key);
            }
        }
        return s;
    }

    private static void read(Path f, Properties into) {
        if (Files.isRegularFile(f)) {
            try (InputStream in = Files.newInputStream(f)) {
                into.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("ignoring unreadable settings {}: {}", f, e.getMessage());
            }
        }
    }

    /** Whether settings were ever saved (false on the very first start). */
    public boolean existed() {
        return Files.isRegularFile(file);
    }

    public String get(String key, String fallback) {
        return props.getProperty(key, fallback);
    }

    public void put(String key, String value) {
        props.setProperty(key, value);
    }

    public OptionalDouble getDouble(String key) {
        try {
            String v = props.getProperty(key);
            return v == null ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(v));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    public void putDouble(String key, double value) {
        props.setProperty(key, Double.toString(value));
    }

    /** Recent files, most recent first. */
    public List<Path> recentFiles() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String v = recent.getProperty("recent." + i);
            if (v != null) {
                out.add(Path.of(v));
            }
        }
        return out;
    }

    /** Moves {@code file} to the top of the recent list. */
    public void addRecent(Path f) {
        List<Path> list = new ArrayList<>(recentFiles());
        Path abs = f.toAbsolutePath().normalize();
        list.remove(abs);
        list.add(0, abs);
        storeRecent(list);
    }

    /** Takes {@code f} off the recent list. */
    public void removeRecent(Path f) {
        List<Path> list = new ArrayList<>(recentFiles());
        list.remove(f.toAbsolutePath().normalize());
        list.remove(f);
        storeRecent(list);
    }

    private void storeRecent(List<Path> list) {
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < list.size()) {
                recent.setProperty("recent." + i, list.get(i).toString());
            } else {
                recent.remove("recent." + i);
            }
        }
    }

    /** Writes the settings and the recent files atomically and durably; failure is logged, never fatal. */
    public void save() {
        store(file, props, "macvtap-designer settings");
        store(recentFile, recent, "macvtap-designer recent files");
    }

    private static void store(Path f, Properties p, String comment) {
        try {
            Files.createDirectories(f.getParent());
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            p.store(out, comment);
            AtomicWrite.write(f, out.toByteArray());
        } catch (IOException e) {
            LOG.warn("could not save settings {}: {}", f, e.getMessage());
        }
    }
}
