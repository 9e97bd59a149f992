package org.mvtd.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.mvtd.backend.client.HelperClient;
import org.mvtd.backend.client.HelperException;
import org.mvtd.backend.client.Results;
import org.mvtd.model.Design;
import picocli.CommandLine.Command;

@Command(name = "apply", mixinStandardHelpOptions = true,
        description = {"Make this machine match one host of the design: shows the plan, asks, then applies it",
            "through the privileged helper. Any failure undoes everything the apply did."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:applied (or nothing to do)", "1:the design has errors, the machine cannot take it, or a step failed (undone)",
            "2:bad usage: unreadable file, unknown host, no terminal and no --yes",
            "3:the helper could not be started or authorised", "4:not confirmed", "70:internal error"})
public final class ApplyCommand extends ConfirmedChange<Results.PlanResult> {

    @Override
    Optional<Results.PlanResult> preview(HelperClient c, Design d, PrintWriter out) throws HelperException {
        Results.PlanResult plan = c.plan(d, helper.host());
        PlanPrinter.print(plan.plan(), out);
        return plan.nothingToDo() ? Optional.empty() : Optional.of(plan);
    }

    @Override
    String question(Results.PlanResult plan) {
        // a step on a link not made by macvtap-designer (a passthru lower's MAC) is named in the question itself
        List<String> foreign = plan.plan().foreignSteps().stream().map(s -> s.name()).distinct().toList();
        return "Apply these " + plan.plan().steps().size() + " steps to " + helper.host()
                + (foreign.isEmpty() ? "" : ", including a change to " + String.join(", ", foreign) + ", which macvtap-designer did not make")
                + "?";
    }

    @Override
    String verb() {
        return "apply";
    }

    @Override
    void carryOut(HelperClient c, Design d, Results.PlanResult plan, PrintWriter out) throws HelperException {
        // The digest makes the helper refuse if the machine changed after the plan was shown.
        Results.ApplyResult r = c.apply(d, helper.host(), plan.digest());
        out.println("Applied " + r.plan().steps().size() + " steps.");
        r.nodes().forEach((ep, node) -> out.println("  guest node for " + ep + ": " + node));
    }
}
