package org.mvtd.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.mvtd.backend.client.HelperClient;
import org.mvtd.backend.client.HelperException;
import org.mvtd.backend.client.Results;
import org.mvtd.model.Design;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "apply", mixinStandardHelpOptions = true,
        description = {"Make this machine match one host of the design: shows the plan, asks, then applies it",
            "through the privileged helper. Any failure undoes everything the apply did."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:applied (or nothing to do)", "1:the design has errors, the machine cannot take it, or a step failed (undone)",
            "2:bad usage: unreadable file, unknown host, no terminal and no --yes",
            "3:the helper could not be started or authorised", "4:not confirmed", "70:internal error"})
public final class ApplyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    RootCommand root;

    @Mixin
    HelperOptions opts;

    @Option(names = "--yes", description = "Apply without asking (needed when there is no terminal).")
    boolean yes;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Design d = opts.design(spec.commandLine().getErr());
        try (HelperClient c = root.connector.connect(opts.helper)) {
            Results.PlanResult plan = c.plan(d, opts.host);
            PlanPrinter.print(plan.plan(), out);
            out.flush();
            if (plan.nothingToDo()) {
                return ExitCodes.OK;
            }
            Confirm.ask(yes, "Apply these " + plan.plan().steps().size() + " steps to " + opts.host + "?", "apply");
            // The digest makes the helper refuse if the machine changed after the plan was shown.
            Results.ApplyResult r = c.apply(d, opts.host, plan.digest());
            out.println("Applied " + r.plan().steps().size() + " steps.");
            r.nodes().forEach((ep, node) -> out.println("  guest node for " + ep + ": " + node));
        } catch (HelperException e) {
            throw HelperOptions.refused(e);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
