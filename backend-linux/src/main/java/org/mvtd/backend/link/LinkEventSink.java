package org.mvtd.backend.link;

import java.util.function.Consumer;

/**
 * Receives link events from {@link Kernel#watch}, on the watcher's thread. A watcher that reads events in
 * bursts calls {@link #burstEnd()} once it has handed on everything queued, so that the receiver can push
 * a lone event at once while still coalescing a burst; such a watcher also calls it once when it starts, before
 * any event. Watchers that cannot tell never call it.
 */
@FunctionalInterface
public interface LinkEventSink extends Consumer<LinkEvent> {
    /** Nothing more is queued right now. */
    default void burstEnd() {
    }
}
