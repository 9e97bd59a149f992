package org.mvtd.app.ui.live;

import java.util.Optional;
import java.util.OptionalInt;
import org.mvtd.app.ui.live.connect.ConnectFailure;
import org.mvtd.app.ui.live.connect.HelperLauncher;

/** A test's launcher: no polkit prompt, nothing to check before starting, no exit status to report. */
interface PlainLauncher extends HelperLauncher {
    @Override
    default boolean prompts() {
        return false;
    }

    @Override
    default Optional<ConnectFailure> preflight() {
        return Optional.empty();
    }

    @Override
    default OptionalInt exitStatus() {
        return OptionalInt.empty();
    }
}
