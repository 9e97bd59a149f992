package org.mvtd.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.mvtd.backend.client.Results;
import org.mvtd.backend.client.DesignLinks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "teardown", mixinStandardHelpOptions = true,
        description = "Delete the links this design made on this machine (ours only; nothing else is touched).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:torn down (or nothing was there)", "1:the kernel refused some deletes (listed)",
            "2:bad usage: unreadable file, unknown host, no terminal and no --yes",
            "3:the helper could not be started or authorised", "4:not confirmed", "70:internal error"})
public final class TeardownCommand implements Callable<Integer> {
    @Mixin
    HelperOptions helper;

    @Option(names = "--yes", description = "Tear down without asking (needed when there is no terminal).")
    boolean yes;

    @Override
    public Integer call() {
        return helper.withHelper((c, d) -> {
            PrintWriter out = helper.out();
            List<String> ours = DesignLinks.oursOf(c.list(), d);
            if (ours.isEmpty()) {
                out.println("Nothing to tear down: no links of this design on " + helper.host() + ".");
                return ExitCodes.OK;
            }
            out.println("Links of this design on " + helper.host() + ": " + String.join(", ", ours));
            out.flush();
            Confirm.ask(yes, "Delete these " + ours.size() + " links?", "tear down");
            Results.TeardownResult r = c.teardown(d, helper.host());
            out.println("Deleted " + r.deleted().size() + " links" + (r.groups().isEmpty() ? "." : " (whole link group "
                    + r.groups().get(0) + ", every member verified ours)."));
            return ExitCodes.OK;
        });
    }
}
