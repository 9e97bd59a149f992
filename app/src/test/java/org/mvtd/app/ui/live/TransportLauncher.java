package org.mvtd.app.ui.live;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.mvtd.app.ui.live.connect.ConnectFailure;
import org.mvtd.app.ui.live.connect.HelperLauncher;
import org.mvtd.backend.client.Transport;

/** A launcher over any transport factory (the end-to-end test's helper JVM inside a namespace). */
record TransportLauncher(Supplier<Transport> make) implements HelperLauncher {
    TransportLauncher {
        Objects.requireNonNull(make, "make");
    }

    @Override
    public String describe() {
        return make.get().describe();
    }

    @Override
    public boolean prompts() {
        return false;
    }

    @Override
    public Optional<ConnectFailure> preflight() {
        return Optional.empty();
    }

    @Override
    public Transport transport() {
        return make.get();
    }

    @Override
    public OptionalInt exitStatus() {
        return OptionalInt.empty();
    }
}
