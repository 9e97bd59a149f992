package org.mvtd.backend.client;

import java.util.List;

/** A live link-state subscription; close it to unsubscribe. */
public interface Subscription extends AutoCloseable {
    long id();

    /** The link names watched: the host's devices, then its endpoints. */
    List<String> links();

    @Override
    void close() throws HelperException;
}
