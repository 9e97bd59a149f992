package org.mvtd.model.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mvtd.model.Design;

/**
 * Reads and writes designs in the FORMAT.md YAML.
 *
 * <p>Reading streams Jackson's YAML tokens into a small located tree and binds it by hand, so every
 * structural problem names {@code file:line:column}, what was expected and, for a misspelt key, the
 * closest known one. Hostile input is refused before or during parsing with bounded memory: files over
 * {@link #MAX_BYTES}, binary or non-UTF-8 data, anchors and aliases, tags, nesting deeper than
 * {@link #MAX_DEPTH}. References and names are checked by {@link org.mvtd.model.validate.Validator}.
 */
public final class DesignYaml {
    /** The largest file {@link #read(Path)} accepts: 4 MiB. */
    public static final int MAX_BYTES = InputGuard.MAX_BYTES;
    /** The deepest nesting of mappings and lists a file may have. */
    public static final int MAX_DEPTH = TreeReader.MAX_DEPTH;
    /** The longest scalar (a name, free text) a design may hold, in characters. */
    public static final int MAX_SCALAR = TreeReader.MAX_SCALAR;

    private DesignYaml() {
    }

    /** Reads a design file; structural problems (syntax, unknown keys, wrong types) throw with file:line:col. */
    public static LoadedDesign read(Path file) throws IOException, DesignFormatException {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        return parse(InputGuard.readText(file, name), name);
    }

    /** Reads a design from a stream (standard input), reading no more than {@link #MAX_BYTES}; {@code fileName} names it in messages. */
    public static LoadedDesign read(InputStream in, String fileName) throws IOException, DesignFormatException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(fileName, "fileName");
        return parse(InputGuard.readText(in, fileName), fileName);
    }

    /** Reads design text; {@code fileName} is used in messages. */
    public static LoadedDesign read(String text, String fileName) throws DesignFormatException {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(fileName, "fileName");
        InputGuard.check(text, fileName);
        return parse(text, fileName);
    }

    private static LoadedDesign parse(String text, String fileName) throws DesignFormatException {
        Node root = TreeReader.read(text, fileName);
        Binder.Result bound = Binder.bind(root, fileName);
        if (!bound.problems().isEmpty()) {
            throw new DesignFormatException(bound.problems());
        }
        return new LoadedDesign(bound.design(), bound.sourceMap(), headerComment(text), bound.explicitKeys());
    }

    /** Writes {@code loaded.design()} keeping its header comment and the keys the file spelt out. */
    public static void write(LoadedDesign loaded, Writer out) throws IOException {
        Objects.requireNonNull(loaded, "loaded");
        Objects.requireNonNull(out, "out");
        out.write(toYaml(loaded));
        out.flush();
    }

    /** The canonical text of a design that came from no file. */
    public static String toYaml(Design design) {
        Objects.requireNonNull(design, "design");
        return DesignWriter.write(design, List.of(), Map.of());
    }

    /** The text {@link #write} writes: {@code loaded.design()} with its header comment and explicit keys. */
    public static String toYaml(LoadedDesign loaded) {
        Objects.requireNonNull(loaded, "loaded");
        return DesignWriter.write(loaded.design(), loaded.headerComment(), loaded.explicitKeys());
    }

    /**
     * Atomically writes the design to {@code file} (temp file in the same directory, fsync, rename). On any
     * failure the target is unchanged and no temporary file is left behind; an existing target's permissions
     * carry over, and a symbolic link is written through, not replaced.
     */
    public static void save(LoadedDesign loaded, Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        AtomicWrite.write(file, toYaml(loaded));
    }

    /**
     * The comment lines before the first key, without their '#'. Blank lines among them are not kept;
     * comments further down are not kept either (the format's meaning lives in keys).
     */
    static List<String> headerComment(String text) {
        List<String> lines = new ArrayList<>();
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            String line = text.substring(start, end < 0 ? text.length() : end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.startsWith("#")) {
                lines.add(line.substring(1));
            } else if (!line.isBlank()) {
                break;
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return lines;
    }
}
