package org.mvtd.app.ui.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Window layout, theme and recent files, kept in {@code settings.properties} in the config directory. */
public final class Settings {
    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);
    private static final int MAX_RECENT = 8;

    private final Path file;
    private final Properties props = new Properties();

    private Settings(Path file) {
        this.file = file;
    }

    /** Loads the settings in {@code dir}; a missing or unreadable file gives defaults (and a log line). */
    public static Settings load(Path dir) {
        Objects.requireNonNull(dir, "dir");
        Settings s = new Settings(dir.resolve("settings.properties"));
        if (Files.isRegularFile(s.file)) {
            try (InputStream in = Files.newInputStream(s.file)) {
                s.props.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("ignoring unreadable settings {}: {}", s.file, e.getMessage());
            }
        }
        return s;
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
            String v = props.getProperty("recent." + i);
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
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < list.size()) {
                props.setProperty("recent." + i, list.get(i).toString());
            } else {
                props.remove("recent." + i);
            }
        }
    }

    /** Writes the settings atomically (temp file, then rename); failure is logged, never fatal. */
    public void save() {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "settings", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                props.store(out, "macvtap-designer settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("could not save settings {}: {}", file, e.getMessage());
        }
    }
}
