package org.mvtd.backend.protocol;

import java.util.Objects;
import org.mvtd.backend.monitor.LinkState;

/** A message of a subscription (PROTOCOL.md), numbered by {@code seq} in session order. */
public sealed interface Event {
    long seq();

    long subscription();

    /** A watched link's state; {@code initial} while the first listing goes out. */
    record State(long seq, long subscription, boolean initial, LinkState link) implements Event {
        public State {
            Objects.requireNonNull(link, "link");
        }
    }

    /** The initial states are out: only changes follow. */
    record Synced(long seq, long subscription) implements Event {
    }

    /** The subscription could not (or can no longer) watch its links. */
    record Failed(long seq, long subscription, String reason) implements Event {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
