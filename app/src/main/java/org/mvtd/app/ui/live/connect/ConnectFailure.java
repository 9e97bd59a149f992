package org.mvtd.app.ui.live.connect;

import java.util.Objects;

/**
 * Why the helper could not be reached or went away, told the way a banner shows it: a headline, what to
 * do about it, the action the banner offers, and the technical details behind "see details".
 */
public record ConnectFailure(Kind kind, String headline, String advice, String details) {
    /** What went wrong; decides the banner's action. */
    public enum Kind {
        /** The helper launcher is not installed: install the package. */
        NOT_INSTALLED,
        /** pkexec itself is missing: install polkit. */
        NO_PKEXEC,
        /** The polkit prompt was dismissed or authentication failed (pkexec 126 / 127): try again. */
        REFUSED,
        /** The helper ended in the middle of a session: reconnect, and see the details. */
        CRASHED,
        /** Anything else (protocol mismatch, a helper refusing to start): see the details. */
        FAILED
    }

    public ConnectFailure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(advice, "advice");
        details = details == null ? "" : details;
    }

    /** The banner's main button: "Try again" for refusals and crashes, none when only an install helps. */
    public boolean retryable() {
        return kind == Kind.REFUSED || kind == Kind.CRASHED || kind == Kind.FAILED;
    }

    public static ConnectFailure notInstalled(String helperPath) {
        return new ConnectFailure(Kind.NOT_INSTALLED, "The privileged helper is not installed.",
                "Install the macvtap-designer package (deb or rpm): it puts the helper at " + helperPath
                        + " with its polkit action. Started as root, a build uses the helper inside it instead."
                        + " The designer keeps working offline.",
                "missing: " + helperPath);
    }

    public static ConnectFailure noPkexec(String details) {
        return new ConnectFailure(Kind.NO_PKEXEC, "pkexec is not available, so the helper cannot be started as root.",
                "Install polkit (package 'pkexec' or 'polkit'), or start the designer as root. The designer keeps working offline.",
                details);
    }

    public static ConnectFailure refused(int status, String details) {
        String what = status == 126 ? "The administrator password dialog was dismissed."
                : "Authentication failed: you are not allowed to run the helper.";
        return new ConnectFailure(Kind.REFUSED, what,
                "Try again and enter an administrator's password. The designer keeps working offline.",
                "pkexec exited with status " + status + (details.isBlank() ? "" : ": " + details));
    }

    public static ConnectFailure crashed(String details) {
        return new ConnectFailure(Kind.CRASHED, "The helper stopped unexpectedly; live mode is offline.",
                "Reconnect to resume. Nothing is lost: an apply it was running is undone when the helper next starts.",
                details);
    }

    public static ConnectFailure failed(String headline, String details) {
        return new ConnectFailure(Kind.FAILED, headline, "Try again, or see the details. The designer keeps working offline.",
                details);
    }
}
