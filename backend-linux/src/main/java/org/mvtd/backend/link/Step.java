package org.mvtd.backend.link;

import java.util.Objects;
import org.mvtd.model.Endpoint;

/**
 * One step of a plan.
 *
 * @param target the endpoint as the design wants it (null for DELETE)
 * @param reason one line for a person, e.g. "mode vepa -> bridge"
 */
public record Step(StepKind kind, String name, Endpoint target, String reason) {
    public Step {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reason, "reason");
    }

    /** "create mt0: macvtap bridge on eth0" */
    public String describe() {
        return kind.wireName() + " " + name + ": " + reason;
    }
}
