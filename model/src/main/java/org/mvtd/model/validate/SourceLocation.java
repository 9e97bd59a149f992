package org.mvtd.model.validate;

import java.util.Objects;

/** Where something stands in a file: 1-based line and column. */
public record SourceLocation(String file, int line, int column) {
    public SourceLocation {
        Objects.requireNonNull(file, "file");
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
