package org.mvtd.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.mvtd.backend.client.HelperClient;
import org.mvtd.backend.client.HelperException;
import org.mvtd.backend.client.Results;
import org.mvtd.backend.client.DesignLinks;
import org.mvtd.model.Design;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "teardown", mixinStandardHelpOptions = true,
        description = "Delete the links this design made on this machine (ours only; nothing else is touched).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:torn down (or nothing was there)", "1:the kernel refused some deletes (listed)",
            "2:bad usage: unreadable file, unknown host, no terminal and no --yes",
            "3:the helper could not be started or authorised", "4:not confirmed", "70:internal error"})
public final class TeardownCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    RootCommand root;

    @Mixin
    HelperOptions opts;

    @Option(names = "--yes", description = "Tear down without asking (needed when there is no terminal).")
    boolean yes;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Design d = opts.design(spec.commandLine().getErr());
        try (HelperClient c = root.connector.connect(opts.helper)) {
            List<String> ours = DesignLinks.oursOf(c.list(), d);
            if (ours.isEmpty()) {
                out.println("Nothing to tear down: no links of this design on " + opts.host + ".");
                out.flush();
                return ExitCodes.OK;
            }
            out.println("Links of this design on " + opts.host + ": " + String.join(", ", ours));
            out.flush();
            Confirm.ask(yes, "Delete these " + ours.size() + " links?", "tear down");
            Results.TeardownResult r = c.teardown(d, opts.host);
            out.println("Deleted " + r.deleted().size() + " links" + (r.groups().isEmpty() ? "." : " (whole link group "
                    + r.groups().get(0) + ", every member verified ours)."));
        } catch (HelperException e) {
            throw HelperOptions.refused(e);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
