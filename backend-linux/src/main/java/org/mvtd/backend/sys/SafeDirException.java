package org.mvtd.backend.sys;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/** A directory or file the root helper refuses to trust: names the path and what is wrong with it. */
public final class SafeDirException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Path path;

    public SafeDirException(Path path, String problem) {
        super(Objects.requireNonNull(path, "path") + " " + Objects.requireNonNull(problem, "problem"));
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
