package org.mvtd.model.export;

import java.util.Objects;

/**
 * One file an exporter produced.
 *
 * @param name    a relative path with '/' separators (a host's sub-directory when the export covers
 *                several hosts), made only of safe characters, never absolute, never with '..'
 * @param content the whole text, '\n' line ends
 * @param executable whether the file is a script meant to be run (the CLI gives it mode 0755)
 */
public record ExportedFile(String name, String content, boolean executable) {
    public ExportedFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        if (name.isEmpty() || name.startsWith("/") || name.endsWith("/")) {
            throw new IllegalArgumentException("exported file name must be relative: '" + name + "'");
        }
        for (String part : name.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                throw new IllegalArgumentException("exported file name has an empty, '.' or '..' part: '" + name + "'");
            }
        }
    }

    /** A plain (non-executable) file. */
    public static ExportedFile text(String name, String content) {
        return new ExportedFile(name, content, false);
    }

    /** A script. */
    public static ExportedFile script(String name, String content) {
        return new ExportedFile(name, content, true);
    }
}
