package org.mvtd.backend.client;

import org.mvtd.backend.monitor.LinkState;

/** Receives a subscription's events on the client's reader thread: keep it quick, hand off to your UI. */
public interface LinkStateListener {
    /** A link's state: {@code initial} for the first listing of everything, false for changes. */
    void state(LinkState state, boolean initial);

    /** Every link was listed once; from now on only changes arrive. */
    default void synced() {
    }

    /** The helper could not read link state (it keeps trying). */
    default void failed(String reason) {
    }
}
