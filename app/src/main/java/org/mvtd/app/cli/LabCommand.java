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
import org.mvtd.model.validate.Problem;
import org.mvtd.model.validate.Validator;
import org.mvtd.model.yaml.DesignFormatException;
import org.mvtd.model.yaml.DesignYaml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lab FILE [--json] [--keep]}: the design on real kernel objects, compared with the engine. */
@Command(name = "lab", mixinStandardHelpOptions = true,
        description = {"Build FILE as real bridges, veths, macvtap and macvlan interfaces in throwaway network",
            "namespaces, send one-way unicast and broadcast probe frames between every ordered pair of nodes,",
            "tear everything down and compare what the kernel delivered with the reachability engine.",
            "Needs root (CAP_NET_ADMIN and CAP_SYS_ADMIN); never touches the host's own interfaces."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the kernel agrees with the engine on every pair",
            "1:at least one disagreement (listed; the kernel is right)",
            "2:usage, file or design error, or the kernel refused to build the design",
            "3:missing privilege (nothing was changed)"})
public final class LabCommand implements Callable<Integer> {
    static final int AGREE = 0;
    static final int DISAGREE = 1;
    static final int BAD_INPUT = 2;
    static final int NO_PRIVILEGE = 3;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "a design file (*.mvtd.yaml)")
    Path file;

    @Option(names = "--json", description = "print {predicted, observed, disagreements}; predicted and observed in the reach --json shape")
    boolean json;

    @Option(names = "--keep", description = "leave the namespaces in place and print how to enter and remove them")
    boolean keep;

    @Option(names = "--debug", description = "show stack traces of failures")
    boolean debug;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> missing = Privileges.missingForLab();
        if (!missing.isEmpty()) {
            err.println("lab: cannot run without privileges; nothing was changed:");
            missing.forEach(m -> err.println("  " + m));
            err.println("Run it as root, e.g. sudo macvtap-designer lab " + file);
            return NO_PRIVILEGE;
        }
        Design design;
        try {
            design = load(err);
        } catch (IllegalStateException e) {
            return fail(err, "lab: cannot read " + file + ": " + e.getMessage(), e);
        }
        if (design == null) {
            return BAD_INPUT;
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
            LabResult result = LabResult.compare(predicted, observed.report());
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
            return result.agrees() ? AGREE : DISAGREE;
        } catch (LabException e) {
            return fail(err, "lab: " + e.getMessage(), e);
        } catch (IOException e) {
            return fail(err, "lab: cannot write the report: " + e.getMessage(), e);
        }
    }

    private Design load(PrintWriter err) {
        try {
            Design d = DesignYaml.read(file).design();
            List<Problem> errors = Validator.validate(d).stream().filter(Problem::isError).toList();
            if (!errors.isEmpty()) {
                err.println("lab: " + file + " is not a valid design:");
                errors.forEach(p -> err.println("  " + p.format(file.toString())));
                return null;
            }
            return d;
        } catch (IOException e) {
            err.println("lab: cannot read " + file + ": " + e.getMessage());
        } catch (DesignFormatException e) {
            err.println("lab: " + file + " is not a design file:");
            e.problems().forEach(p -> err.println("  " + p.format(file.toString())));
        }
        return null;
    }

    private int fail(PrintWriter err, String message, Exception e) {
        err.println(message);
        if (debug) {
            e.printStackTrace(err);
        }
        return BAD_INPUT;
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
