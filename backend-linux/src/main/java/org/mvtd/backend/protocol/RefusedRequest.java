package org.mvtd.backend.protocol;

import java.util.Objects;

/** A request line the codec refused; {@link #error()} is the reply to send, with the request's id when it was readable. */
public final class RefusedRequest extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient ErrorReply error;

    public RefusedRequest(ErrorReply error) {
        super(Objects.requireNonNull(error, "error").message());
        this.error = error;
    }

    public ErrorReply error() {
        return error;
    }
}
