package org.mvtd.backend.protocol;

import java.util.Optional;

/**
 * The {@code code} values of error replies, shared by the helper (which writes them) and the client (which reads
 * them back); PROTOCOL.md describes each. {@link #UNREACHABLE} never crosses the wire: the client uses it when
 * the helper could not be started, went away or did not answer in time.
 */
public enum ErrorCode {
    /** Malformed, oversized or hostile request; nothing was changed. */
    PROTOCOL_ERROR("protocol-error"),
    /** The design breaks a rule of the model's validator; nothing was changed. */
    INVALID_DESIGN("invalid-design"),
    /** The design has no host of that name. */
    UNKNOWN_HOST("unknown-host"),
    /** Lower devices the design needs are missing on this machine. */
    MISSING_LOWER("missing-lower"),
    /** A link with a name the design needs exists and is not ours; it is never touched. */
    NOT_OURS("not-ours"),
    /** The plan computed now differs from the one the user confirmed. */
    PLAN_CHANGED("plan-changed"),
    /** A step failed; everything the apply did was undone. */
    APPLY_FAILED("apply-failed"),
    /** The kernel refused something outside an apply (listing, teardown). */
    KERNEL_ERROR("kernel-error"),
    /** A per-session limit (subscriptions) is reached; nothing was started. */
    LIMIT_REACHED("limit-reached"),
    /** A bug in the helper; the message says what. */
    INTERNAL_ERROR("internal-error"),
    /** Client side only: the helper could not be started, its connection ended, or it did not answer in time. */
    UNREACHABLE("unreachable");

    private final String wireName;

    ErrorCode(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling on the wire, e.g. {@code protocol-error}. */
    public String wireName() {
        return wireName;
    }

    /** The code a reply names; empty for a code this build does not know (a newer helper). */
    public static Optional<ErrorCode> fromWireName(String s) {
        for (ErrorCode c : values()) {
            if (c != UNREACHABLE && c.wireName.equals(s)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
