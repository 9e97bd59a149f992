package org.mvtd.model.fix;

import org.mvtd.model.reach.Verdict;

/**
 * What one ordered pair can do, as the matrix says: the facts a fix's preview compares.
 *
 * @param reverseUnicast a unicast from the pair's {@code to} reaches its {@code from} (decides the verdict)
 */
public record Reach(boolean unicast, boolean broadcast, boolean ping, boolean reverseUnicast) {
    public Verdict verdict() {
        return Verdict.of(unicast, broadcast, ping, reverseUnicast);
    }
}
