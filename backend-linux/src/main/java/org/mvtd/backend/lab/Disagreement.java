package org.mvtd.backend.lab;

import java.util.Objects;

/**
 * One fact where the engine and the kernel differ.
 *
 * @param fact      "unicast", "broadcast", "ping" or "ping6"
 * @param predicted what the engine says
 * @param observed  what the kernel did (the truth)
 * @param why       the engine's reason for its prediction
 */
public record Disagreement(String from, String to, String fact, boolean predicted, boolean observed, String why) {
    public Disagreement {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(why, "why");
    }

    /** "kvm/a -> kvm/b unicast: engine yes, kernel no (engine: ...)" */
    public String describe() {
        return from + " -> " + to + " " + fact + ": engine " + (predicted ? "yes" : "no") + ", kernel "
                + (observed ? "yes" : "no") + " (engine: " + why + ")";
    }
}
