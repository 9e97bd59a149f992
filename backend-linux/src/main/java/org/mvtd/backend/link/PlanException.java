package org.mvtd.backend.link;

import java.util.List;
import java.util.Objects;

/** The design cannot be planned here: missing lower devices, or names taken by links that are not ours. */
public final class PlanException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final List<String> names;

    public PlanException(String code, String message, List<String> names) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
        this.names = List.copyOf(names);
    }

    public String code() {
        return code;
    }

    /** The links or devices the message names. */
    public List<String> names() {
        return names;
    }
}
