package org.mvtd.model.libvirt;

import java.util.Objects;
import org.mvtd.model.validate.SourceLocation;

/** Something imported, but not exactly as the file said (a guessed value, a renamed link). */
public record ImportWarning(SourceLocation where, String message) {
    public ImportWarning {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return where + ": warning: " + message;
    }
}
