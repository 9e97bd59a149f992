package org.mvtd.app.ui.live.connect;

import java.util.Optional;
import java.util.OptionalInt;
import org.mvtd.backend.client.Transport;

/**
 * Starts helpers for the live view: the local one through pkexec (or directly as root), or, in tests,
 * an in-process helper over a fake kernel. One launcher serves many connections, one at a time.
 */
public interface HelperLauncher {
    /** For the status bar while connecting: "pkexec /usr/libexec/...", "in-process helper". */
    String describe();

    /** True when starting goes through pkexec, so a polkit prompt may appear. */
    boolean prompts();

    /** A failure known before anything starts (the helper or pkexec is not installed), if any. */
    Optional<ConnectFailure> preflight();

    /** A transport for one new connection. */
    Transport transport();

    /** The exit status of the process the last transport started, once it ended; empty while it runs or when none. */
    OptionalInt exitStatus();
}
