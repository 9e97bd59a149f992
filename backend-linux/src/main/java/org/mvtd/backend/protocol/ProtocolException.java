package org.mvtd.backend.protocol;

import java.util.Objects;

/**
 * A request the helper refuses before touching the kernel: carries the error code, the offending
 * field (a path such as {@code design.hosts[0].endpoints[1].mac}, or {@code (line)} for the line itself)
 * and a message naming the problem.
 */
public final class ProtocolException extends Exception {
    private static final long serialVersionUID = 1L;
    private final ErrorCode code;
    private final String field;

    public ProtocolException(ErrorCode code, String field, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.code = Objects.requireNonNull(code, "code");
        this.field = Objects.requireNonNull(field, "field");
    }

    /** The usual case: a malformed or hostile request ({@link ErrorCode#PROTOCOL_ERROR}). */
    public static ProtocolException bad(String field, String message) {
        return new ProtocolException(ErrorCode.PROTOCOL_ERROR, field, message);
    }

    public ErrorCode code() {
        return code;
    }

    public String field() {
        return field;
    }
}
