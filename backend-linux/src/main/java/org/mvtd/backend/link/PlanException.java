package org.mvtd.backend.link;

import java.util.List;
import java.util.Objects;

/** The design cannot be planned here: missing lower devices, or names taken by links that are not ours. */
public final class PlanException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the design cannot be planned; the helper turns each into its protocol error code. */
    public enum Reason {
        /** The design has no host of that name. */
        UNKNOWN_HOST,
        /** Lower devices the host's endpoints need do not exist here. */
        MISSING_LOWER,
        /** Links with names the design needs exist and are not ours. */
        NOT_OURS,
        /** A lower device is not what the design declares (or may never carry endpoints: lo, a macvlan). */
        WRONG_LOWER
    }

    private final Reason code;
    private final List<String> names;

    public PlanException(Reason code, String message, List<String> names) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
        this.names = List.copyOf(names);
    }

    public Reason code() {
        return code;
    }

    /** The links or devices the message names. */
    public List<String> names() {
        return names;
    }
}
