package org.mvtd.app.ui.live;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.mvtd.app.ui.live.connect.ConnectFailure;
import org.mvtd.app.ui.live.connect.HelperLauncher;
import org.mvtd.backend.client.Transport;

/** A launcher whose target a test swaps before connecting (a helper, a missing one, a refusing pkexec). */
final class SwitchLauncher implements HelperLauncher {
    private volatile HelperLauncher target;

    SwitchLauncher(HelperLauncher target) {
        this.target = Objects.requireNonNull(target, "target");
    }

    void use(HelperLauncher t) {
        target = Objects.requireNonNull(t, "target");
    }

    @Override
    public String describe() {
        return target.describe();
    }

    @Override
    public boolean prompts() {
        return target.prompts();
    }

    @Override
    public Optional<ConnectFailure> preflight() {
        return target.preflight();
    }

    @Override
    public Transport transport() {
        return target.transport();
    }

    @Override
    public OptionalInt exitStatus() {
        return target.exitStatus();
    }
}
