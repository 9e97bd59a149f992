package org.mvtd.app.ui.live;

import java.util.Objects;
import java.util.function.Supplier;
import org.mvtd.backend.client.Transport;

/** A launcher over any transport factory (the end-to-end test's helper JVM inside a namespace). */
record TransportLauncher(Supplier<Transport> make) implements PlainLauncher {
    TransportLauncher {
        Objects.requireNonNull(make, "make");
    }

    @Override
    public String describe() {
        return make.get().describe();
    }

    @Override
    public Transport transport() {
        return make.get();
    }
}
