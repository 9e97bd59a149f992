package org.mvtd.backend.client;

import java.util.List;
import java.util.Objects;
import org.mvtd.backend.link.Step;
import org.mvtd.backend.protocol.ErrorCode;

/**
 * The helper refused a request, or could not be reached. {@link #code()} is one of PROTOCOL.md's error
 * codes, or {@link #UNREACHABLE} when the helper could not be started, went away or did not answer.
 */
public final class HelperException extends Exception {
    private static final long serialVersionUID = 1L;
    /** The helper could not be started, or its connection ended. */
    public static final ErrorCode UNREACHABLE = ErrorCode.UNREACHABLE;
    private final ErrorCode code;
    private final String field;
    private final transient List<String> names;
    private final transient Step step;

    public HelperException(ErrorCode code, String field, String message, List<String> names, Step step) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
        this.field = field == null ? "" : field;
        this.names = List.copyOf(names);
        this.step = step;
    }

    public static HelperException unreachable(String message) {
        return new HelperException(UNREACHABLE, "", message, List.of(), null);
    }

    public ErrorCode code() {
        return code;
    }

    /** The offending request field, e.g. {@code design.hosts[0].endpoints[1].mac}; may be empty. */
    public String field() {
        return field;
    }

    /** Links or devices the error names (missing lowers, links not ours). */
    public List<String> names() {
        return names;
    }

    /** For {@code apply-failed}: the step that failed, or null. */
    public Step step() {
        return step;
    }
}
