package org.mvtd.app.cli;

import java.io.Console;
import java.util.Locale;

/** Asks on the terminal; without one (a pipe, a cron job) the caller must pass --yes. */
final class Confirm {
    private Confirm() {
    }

    static void ask(boolean yes, String question, String verb) {
        if (yes) {
            return;
        }
        Console console = System.console();
        if (console == null) {
            throw new UserError(ExitCodes.USAGE, "refusing to " + verb + " without a terminal to confirm on; pass --yes");
        }
        String answer = console.readLine("%s [y/N] ", question);
        if (answer == null || !answer.strip().toLowerCase(Locale.ROOT).matches("y|yes")) {
            throw new UserError(ExitCodes.DECLINED, "nothing done: not confirmed");
        }
    }
}
