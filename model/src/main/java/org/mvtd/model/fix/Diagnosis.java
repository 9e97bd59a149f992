package org.mvtd.model.fix;

import java.util.List;
import java.util.Objects;
import org.mvtd.model.reach.Pair;

/**
 * The answer to "why can't A ping B, and what would fix it".
 *
 * @param pair  the pair as the engine sees it now, with its why
 * @param fixes empty when the pair pings already, or when no candidate edit works; fewest side effects first
 */
public record Diagnosis(Pair pair, List<Fix> fixes) {
    public Diagnosis {
        Objects.requireNonNull(pair, "pair");
        fixes = List.copyOf(fixes);
    }

    public boolean pingsAlready() {
        return pair.ping();
    }
}
