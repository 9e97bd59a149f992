package org.mvtd.app.ui.live;

import java.util.List;
import java.util.Objects;
import org.mvtd.app.ui.live.connect.ConnectFailure;

/**
 * A message across the top of the window: what happened, what to do, and the buttons that do it.
 * {@code details} is what "Details" shows (the helper's stderr, the kernel's words).
 */
public record Banner(Severity severity, String headline, String advice, String details, List<Action> actions) {
    public enum Severity { INFO, WARNING, ERROR }

    /** What a banner button does. */
    public enum Action {
        RETRY("Try again"), DETAILS("Details\u2026"), DISMISS("Dismiss");

        private final String text;

        Action(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    public Banner {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(headline, "headline");
        advice = advice == null ? "" : advice;
        details = details == null ? "" : details;
        actions = List.copyOf(actions);
    }

    public static Banner of(ConnectFailure f) {
        List<Action> a = f.retryable() ? List.of(Action.RETRY, Action.DETAILS, Action.DISMISS) : List.of(Action.DETAILS, Action.DISMISS);
        return new Banner(Severity.ERROR, f.headline(), f.advice(), f.details(), a);
    }

    public static Banner info(String headline, String advice, String details) {
        return new Banner(Severity.INFO, headline, advice, details, details.isEmpty() ? List.of(Action.DISMISS)
                : List.of(Action.DETAILS, Action.DISMISS));
    }

    public static Banner warning(String headline, String advice, String details) {
        return new Banner(Severity.WARNING, headline, advice, details, details.isEmpty() ? List.of(Action.DISMISS)
                : List.of(Action.DETAILS, Action.DISMISS));
    }
}
