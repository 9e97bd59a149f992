package org.mvtd.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.mvtd.backend.client.DesignLinks;
import org.mvtd.backend.client.HelperClient;
import org.mvtd.backend.client.HelperException;
import org.mvtd.backend.client.Results;
import org.mvtd.model.Design;
import picocli.CommandLine.Command;

@Command(name = "teardown", mixinStandardHelpOptions = true,
        description = "Delete the links this design made on this machine (ours only; nothing else is touched).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:torn down (or nothing was there)", "1:the kernel refused some deletes (listed)",
            "2:bad usage: unreadable file, unknown host, no terminal and no --yes",
            "3:the helper could not be started or authorised", "4:not confirmed", "70:internal error"})
public final class TeardownCommand extends ConfirmedChange<List<String>> {

    @Override
    Optional<List<String>> preview(HelperClient c, Design d, PrintWriter out) throws HelperException {
        List<String> ours = DesignLinks.oursOf(c.list(), d);
        if (ours.isEmpty()) {
            out.println("Nothing to tear down: no links of this design on " + helper.host() + ".");
            return Optional.empty();
        }
        out.println("Links of this design on " + helper.host() + ": " + String.join(", ", ours));
        return Optional.of(ours);
    }

    @Override
    String question(List<String> ours) {
        return "Delete these " + ours.size() + " links?";
    }

    @Override
    String verb() {
        return "tear down";
    }

    @Override
    void carryOut(HelperClient c, Design d, List<String> ours, PrintWriter out) throws HelperException {
        Results.TeardownResult r = c.teardown(d, helper.host());
        out.println("Deleted " + r.deleted().size() + " links" + (r.groups().isEmpty() ? "." : " (whole link group "
                + r.groups().get(0) + ", every member verified ours)."));
    }
}
