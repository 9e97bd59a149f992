package org.mvtd.app.ui.live.connect;

import java.util.Locale;

/** Where the app stands with the privileged helper; the status bar always shows one of these. */
public enum ConnectionState {
    /** Not connected: the designer works without the machine. */
    OFFLINE,
    /** Starting the helper (the polkit prompt may be open). */
    CONNECTING,
    /** Talking to the helper. */
    CONNECTED,
    /** The last attempt failed or the helper went away; a banner says why and what to do. */
    FAILED;

    /** The CSS pseudo-class of the status indicator: {@code :offline}, {@code :connecting}... */
    public String pseudoClass() {
        return name().toLowerCase(Locale.ROOT);
    }
}
