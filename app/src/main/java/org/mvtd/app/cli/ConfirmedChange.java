package org.mvtd.app.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mvtd.backend.client.HelperClient;
import org.mvtd.backend.client.HelperException;
import org.mvtd.model.Design;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The shape of every command that changes this machine through the helper: work out the change and show it,
 * stop when there is nothing to do, ask on the terminal (or take {@code --yes}), then carry it out.
 *
 * @param <C> what the preview found to do, handed on to {@link #carryOut}
 */
abstract class ConfirmedChange<C> implements Callable<Integer> {
    @Mixin
    HelperOptions helper;

    @Option(names = "--yes", description = "Go ahead without asking (needed when there is no terminal).")
    boolean yes;

    @Override
    public final Integer call() {
        return helper.withHelper((c, d) -> {
            PrintWriter out = helper.out();
            Optional<C> change = preview(c, d, out);
            out.flush(); // the user reads the preview before the question
            if (change.isEmpty()) {
                return ExitCodes.OK;
            }
            Confirm.ask(yes, question(change.get()), verb());
            carryOut(c, d, change.get(), out);
            return ExitCodes.OK;
        });
    }

    /** Works out and prints what would change; empty (after saying so) when there is nothing to do. */
    abstract Optional<C> preview(HelperClient c, Design d, PrintWriter out) throws HelperException;

    /** The yes/no question asked before {@code change} is carried out. */
    abstract String question(C change);

    /** The verb for the refusal without a terminal: "refusing to VERB without a terminal". */
    abstract String verb();

    /** Makes the change and prints what was done. */
    abstract void carryOut(HelperClient c, Design d, C change, PrintWriter out) throws HelperException;
}
