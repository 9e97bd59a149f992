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

    /** The verdict in words, one way named by its direction: "ping", "one way (out)"; "absent" for null. */
    public static String words(Reach r) {
        if (r == null) {
            return "absent";
        }
        return switch (r.verdict()) {
            case PING -> "ping";
            case UNICAST_ONLY -> "unicast only";
            case ONE_WAY -> r.unicast() ? "one way (out)" : r.reverseUnicast() ? "one way (back)" : "broadcast only";
            case NONE -> "nothing";
        };
    }
}
