package org.mvtd.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.mvtd.backend.client.Results;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "apply", mixinStandardHelpOptions = true,
        description = {"Make this machine match one host of the design: shows the plan, asks, then applies it",
            "through the privileged helper. Any failure undoes everything the apply did."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:applied (or nothing to do)", "1:the design has errors, the machine cannot take it, or a step failed (undone)",
            "2:bad usage: unreadable file, unknown host, no terminal and no --yes",
            "3:the helper could not be started or authorised", "4:not confirmed", "70:internal error"})
public final class ApplyCommand implements Callable<Integer> {
    @Mixin
    HelperOptions helper;

    @Option(names = "--yes", description = "Apply without asking (needed when there is no terminal).")
    boolean yes;

    @Override
    public Integer call() {
        return helper.withHelper((c, d) -> {
            PrintWriter out = helper.out();
            Results.PlanResult plan = c.plan(d, helper.host());
            PlanPrinter.print(plan.plan(), out);
            out.flush();
            if (plan.nothingToDo()) {
                return ExitCodes.OK;
            }
            Confirm.ask(yes, "Apply these " + plan.plan().steps().size() + " steps to " + helper.host() + "?", "apply");
            // The digest makes the helper refuse if the machine changed after the plan was shown.
            Results.ApplyResult r = c.apply(d, helper.host(), plan.digest());
            out.println("Applied " + r.plan().steps().size() + " steps.");
            r.nodes().forEach((ep, node) -> out.println("  guest node for " + ep + ": " + node));
            return ExitCodes.OK;
        });
    }
}
