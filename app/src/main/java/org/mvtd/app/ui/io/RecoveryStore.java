package org.mvtd.app.ui.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.mvtd.model.Design;
import org.mvtd.model.yaml.DesignFormatException;
import org.mvtd.model.yaml.AtomicWrite;
import org.mvtd.model.yaml.DesignYaml;
import org.mvtd.model.yaml.LoadedDesign;

/**
 * The autosave recovery file. It exists only while there is unsaved work: a save or a clean exit
 * deletes it, so finding one at start means the last session ended without saving. It lives in the state
 * directory ({@link AppDirs#stateDir}).
 */
public final class RecoveryStore {
    private final Path design;
    private final Path meta;

    public RecoveryStore(Path dir) {
        this(dir, "");
    }

    /**
     * The recovery file of one of several open documents: {@code slot} tells them apart ("" is the first
     * document's, named as a single window's always was).
     */
    public RecoveryStore(Path dir, String slot) {
        Objects.requireNonNull(dir, "dir");
        if (!slot.matches("[a-z0-9-]*")) {
            throw new IllegalArgumentException("recovery slot must be lower-case letters, digits and '-': " + slot);
        }
        String base = slot.isEmpty() ? "recovery" : "recovery-" + slot;
        this.design = dir.resolve(base + ".mvtd.yaml");
        this.meta = dir.resolve(base + ".properties");
    }

    /** The slots other than the first document's that hold unsaved work in {@code dir}, in name order. */
    public static List<String> otherSlots(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = Files.list(dir)) {
            return files.map(p -> String.valueOf(p.getFileName())).filter(n -> n.matches("recovery-[a-z0-9-]+\\.mvtd\\.yaml"))
                    .map(n -> n.substring("recovery-".length(), n.length() - ".mvtd.yaml".length())).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Unsaved work found at start. {@code original} is the file it belongs to, or null for an untitled design. */
    public record Recovery(Design design, Path original, Instant savedAt) {
        public Recovery {
            Objects.requireNonNull(design, "design");
            Objects.requireNonNull(savedAt, "savedAt");
        }
    }

    public void write(Design d, Path original) throws IOException {
        Files.createDirectories(design.getParent());
        DesignYaml.save(LoadedDesign.of(d), design);
        Properties p = new Properties();
        p.setProperty("savedAt", Instant.now().toString());
        if (original != null) {
            p.setProperty("original", original.toAbsolutePath().toString());
        }
        // Synced like the design beside it: after a crash the two must agree on which file the work belongs to.
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        p.store(out, "macvtap-designer autosave");
        AtomicWrite.write(meta, out.toByteArray());
    }

    /** The recovery left by a session that did not end cleanly, if any and readable. */
    public Optional<Recovery> find() throws IOException, DesignFormatException {
        if (!Files.isRegularFile(design)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        if (Files.isRegularFile(meta)) {
            try (InputStream in = Files.newInputStream(meta)) {
                p.load(in);
            }
        }
        String original = p.getProperty("original");
        Instant at;
        try {
            at = Instant.parse(p.getProperty("savedAt", ""));
        } catch (java.time.format.DateTimeParseException e) {
            at = Files.getLastModifiedTime(design).toInstant();
        }
        Design d = DesignYaml.read(design).design();
        return Optional.of(new Recovery(d, original == null ? null : Path.of(original), at));
    }

    public void clear() throws IOException {
        Files.deleteIfExists(design);
        Files.deleteIfExists(meta);
    }

    public boolean exists() {
        return Files.isRegularFile(design);
    }
}
