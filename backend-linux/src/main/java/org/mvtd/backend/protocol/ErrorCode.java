package org.mvtd.backend.protocol;

/** The {@code code} values of error replies; PROTOCOL.md describes each. */
public final class ErrorCode {
    /** Malformed, oversized or hostile request; nothing was changed. */
    public static final String PROTOCOL_ERROR = "protocol-error";
    /** The design breaks a rule of the model's validator; nothing was changed. */
    public static final String INVALID_DESIGN = "invalid-design";
    /** The design has no host of that name. */
    public static final String UNKNOWN_HOST = "unknown-host";
    /** Lower devices the design needs are missing on this machine. */
    public static final String MISSING_LOWER = "missing-lower";
    /** A link with a name the design needs exists and is not ours; it is never touched. */
    public static final String NOT_OURS = "not-ours";
    /** The plan computed now differs from the one the user confirmed. */
    public static final String PLAN_CHANGED = "plan-changed";
    /** A step failed; everything the apply did was undone. */
    public static final String APPLY_FAILED = "apply-failed";
    /** The kernel or iproute2 refused something outside an apply (listing, teardown). */
    public static final String KERNEL_ERROR = "kernel-error";
    /** A per-session limit (subscriptions) is reached; nothing was started. */
    public static final String LIMIT_REACHED = "limit-reached";
    /** A bug in the helper; the message says what. */
    public static final String INTERNAL_ERROR = "internal-error";

    private ErrorCode() {
    }
}
