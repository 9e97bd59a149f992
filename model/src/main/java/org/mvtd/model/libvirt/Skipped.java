package org.mvtd.model.libvirt;

import java.util.Objects;
import org.mvtd.model.validate.SourceLocation;

/**
 * Something in a libvirt file the design cannot hold, and why.
 *
 * @param what   e.g. {@code interface type='bridge' of domain 'web'}
 * @param reason one sentence
 */
public record Skipped(SourceLocation where, String what, String reason) {
    public Skipped {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return where + ": skipped " + what + ": " + reason;
    }
}
