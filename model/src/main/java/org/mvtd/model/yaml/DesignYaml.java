package org.mvtd.model.yaml;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import org.mvtd.model.Design;

/**
 * Reads and writes designs in the FORMAT.md YAML. (API fixed; the implementation lands with the YAML work.)
 */
public final class DesignYaml {
    private DesignYaml() {
    }

    /** Reads a design file; structural problems (syntax, unknown keys, wrong types) throw with file:line:col. */
    public static LoadedDesign read(Path file) throws IOException, DesignFormatException {
        throw new IllegalStateException("YAML reader not built yet");
    }

    /** Reads design text; {@code fileName} is used in messages. */
    public static LoadedDesign read(String text, String fileName) throws DesignFormatException {
        throw new IllegalStateException("YAML reader not built yet");
    }

    /** Writes {@code loaded.design()} keeping its header comment and the keys the file spelt out. */
    public static void write(LoadedDesign loaded, Writer out) throws IOException {
        throw new IllegalStateException("YAML writer not built yet");
    }

    public static String toYaml(Design design) {
        throw new IllegalStateException("YAML writer not built yet");
    }

    /** Atomically writes the design to {@code file} (temp file in the same directory, fsync, rename). */
    public static void save(LoadedDesign loaded, Path file) throws IOException {
        throw new IllegalStateException("YAML writer not built yet");
    }
}
