package org.mvtd.model.lesson;

import java.util.Objects;

/**
 * A question asked after a quick fix: its design is the bundled design with the fix the engine's
 * {@code Diagnoser} offers for {@code from -> to} under {@code name} applied, so the lesson shows
 * exactly what the designer's quick-fix button would do.
 *
 * @param name the fix's name as the Diagnoser gives it, e.g. "host shim on dockerhost/eth0"
 */
public record QuickFix(String from, String to, String name) {
    public QuickFix {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(name, "name");
    }
}
