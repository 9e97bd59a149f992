package org.mvtd.model.validate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong (or worth a warning) in a design.
 *
 * @param path     the element path, e.g. {@code hosts[kvm1].endpoints[macvtap0].mode}
 * @param message  what is wrong, naming the element
 * @param fix      how to fix it, one sentence; may be empty
 * @param location where in the file, when the design was loaded from one; null otherwise
 * @param others   the paths of the other elements the problem names (both ends of a clash), so the designer can
 *                 mark each of them, not only the one the problem is reported at; usually empty
 */
public record Problem(Severity severity, String path, String message, String fix, SourceLocation location,
                      List<String> others) {
    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        fix = fix == null ? "" : fix;
        others = others == null ? List.of() : List.copyOf(others);
    }

    public Problem(Severity severity, String path, String message, String fix, SourceLocation location) {
        this(severity, path, message, fix, location, List.of());
    }

    /** This problem, also naming the elements at {@code paths}. */
    public Problem naming(List<String> paths) {
        return new Problem(severity, path, message, fix, location, paths);
    }

    public static Problem error(String path, String message, String fix) {
        return new Problem(Severity.ERROR, path, message, fix, null);
    }

    public static Problem warning(String path, String message, String fix) {
        return new Problem(Severity.WARNING, path, message, fix, null);
    }

    public Optional<SourceLocation> where() {
        return Optional.ofNullable(location);
    }

    public Problem at(SourceLocation loc) {
        return new Problem(severity, path, message, fix, loc, others);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The CLI's line: {@code file:line:col: error: message (path) fix}. */
    public String format(String fileFallback) {
        String where = location != null ? location.toString() : fileFallback + ":1:1";
        StringBuilder sb = new StringBuilder(where).append(": ").append(severity.label()).append(": ").append(message);
        if (!path.isEmpty()) {
            sb.append(" [").append(path).append(']');
        }
        if (!fix.isEmpty()) {
            sb.append(" - ").append(fix);
        }
        return sb.toString();
    }
}
