package org.mvtd.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mvtd.backend.lab.Conformance;
import org.mvtd.backend.lab.Disagreement;
import org.mvtd.backend.lab.Lab;
import org.mvtd.backend.lab.LabException;
import org.mvtd.backend.lab.LabResult;
import org.mvtd.backend.lab.ProbeOutcome;
import org.mvtd.backend.sys.Privileges;
import org.mvtd.model.Design;
import org.mvtd.model.reach.ReachJson;
import org.mvtd.model.reach.ReachReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lab FILE [--json] [--keep] [--guests]}: the design on real kernel objects, compared with the engine. */
@Command(name = "lab", mixinStandardHelpOptions = true,
        description = {"Build FILE as real bridges, veths, macvtap and macvlan interfaces in",
            "throwaway network namespaces, send one-way unicast and broadcast probe frames",
            "between every ordered pair of nodes, tear everything down, and compare what",
            "the kernel delivered with the reachability engine.",
            "Needs root (CAP_NET_ADMIN, CAP_SYS_ADMIN); never touches the host's interfaces."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the kernel agrees with the engine on every pair",
            "1:at least one disagreement (listed; the kernel is right), or the design has errors",
            "2:bad usage: unknown option, missing or unreadable file",
            "3:a privilege is missing (nothing was changed)",
            "70:the kernel refused to build the design or probing failed (--debug shows details)"})
public final class LabCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The design (*.mvtd.yaml).")
    Path file;

    @Option(names = "--json", description = "Print {predicted, observed, disagreements}; both reports in the reach --json shape.")
    boolean json;

    @Option(names = "--keep", description = "Leave the namespaces in place and print how to enter and remove them.")
    boolean keep;

    @Option(names = "--guests", description = {"Boot each guest for real (qemu, the qemu export) on links applied by the",
        "helper, ping every pair in IPv4 and IPv6 and compare with the engine's ping.",
        "Fetches a Debian cloud kernel with apt once (cached in /var/cache/macvtap-designer)."})
    boolean guests;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> missing = Privileges.missingForLab();
        if (!missing.isEmpty()) {
            throw new UserError(ExitCodes.PRIVILEGE, "lab needs privileges this process lacks; nothing was changed:\n  "
                    + String.join("\n  ", missing) + "\nRun it as root, e.g. sudo macvtap-designer lab " + file);
        }
        Design design = DesignFiles.readValid(file, err).design();
        if (guests) {
            if (keep || json) {
                throw new UserError(ExitCodes.USAGE, "lab: --guests cannot be combined with " + (keep ? "--keep" : "--json"));
            }
            try {
                return GuestLabRun.run(design, java.util.OptionalInt.empty(), out);
            } catch (LabException e) {
                throw new UserError(ExitCodes.INTERNAL, "lab --guests: " + e.getMessage());
            }
        }
        try {
            ReachReport predicted = Conformance.predict(design);
            ProbeOutcome observed;
            Lab lab = Lab.build(design);
            try {
                observed = lab.probe(lab.naturalOrder());
                if (keep) {
                    lab.keep();
                }
            } finally {
                lab.close();
            }
            LabResult result = LabResult.compare(predicted, observed.report(), observed.filterAdmitted());
            if (json) {
                out.print(json(result));
            } else {
                out.print(LabTable.render(result));
                out.printf("%nnodes %d, probes sent %d (%d refused by down interfaces), build %d ms, probe %d ms, teardown %d ms%n",
                        predicted.nodes().size(), observed.stats().sent(), observed.stats().refused(),
                        lab.timings().buildMillis(), lab.timings().probeMillis(), lab.timings().teardownMillis());
            }
            if (keep) {
                printKept(json ? err : out, lab);
            }
            if (!observed.stats().settled()) {
                err.println("lab: warning: not every marker frame arrived; the kernel may still have been delivering");
            }
            out.flush();
            err.flush();
            return result.agrees() ? ExitCodes.OK : ExitCodes.PROBLEMS;
        } catch (LabException e) {
            throw new UserError(ExitCodes.INTERNAL, "lab: " + e.getMessage());
        }
    }

    private static void printKept(PrintWriter w, Lab lab) {
        List<String> ns = lab.plan().namespaces();
        w.println();
        w.println("Kept the lab's namespaces. Enter one with:");
        ns.forEach(n -> w.println("  ip netns exec " + n + " bash"));
        w.println("Remove them with:");
        w.println("  " + String.join(" && ", ns.stream().map(n -> "ip netns delete " + n).toList())
                + " && rm -f /run/mvtd-lab/" + lab.plan().names().runId() + ".owner");
    }

    static String json(LabResult result) throws IOException {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode();
        root.put("version", 1);
        root.set("predicted", m.readTree(reachJson(result.predicted())));
        root.set("observed", m.readTree(reachJson(result.observed())));
        ArrayNode ds = root.putArray("disagreements");
        for (Disagreement d : result.disagreements()) {
            ObjectNode o = ds.addObject();
            o.put("from", d.from());
            o.put("to", d.to());
            o.put("fact", d.fact());
            o.put("predicted", d.predicted());
            o.put("observed", d.observed());
            o.put("why", d.why());
        }
        return m.writerWithDefaultPrettyPrinter().writeValueAsString(root) + System.lineSeparator();
    }

    private static String reachJson(ReachReport r) throws IOException {
        StringWriter w = new StringWriter();
        ReachJson.write(r, w);
        return w.toString();
    }
}
