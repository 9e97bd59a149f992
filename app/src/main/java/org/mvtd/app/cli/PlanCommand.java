package org.mvtd.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.mvtd.backend.client.HelperClient;
import org.mvtd.backend.client.HelperException;
import org.mvtd.model.Design;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Show what apply would change on this machine for one host of the design; changes nothing.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:plan shown (or nothing to do)", "1:the design has errors, or the machine cannot take it (missing lower device, name held by a link that is not ours)",
            "2:bad usage: unreadable file, unknown host", "3:the helper could not be started or authorised",
            "70:internal error"})
public final class PlanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    RootCommand root;

    @Mixin
    HelperOptions opts;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Design d = opts.design(spec.commandLine().getErr());
        try (HelperClient c = root.connector.connect(opts.helper)) {
            PlanPrinter.print(c.plan(d, opts.host).plan(), out);
        } catch (HelperException e) {
            throw HelperOptions.refused(e);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
