package org.mvtd.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mvtd.model.reach.Node;
import org.mvtd.model.reach.Pair;
import org.mvtd.model.reach.ReachEngine;
import org.mvtd.model.reach.ReachJson;
import org.mvtd.model.reach.ReachReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "reach", mixinStandardHelpOptions = true,
        description = {"Who can reach whom: for every ordered pair of nodes, one-way unicast and broadcast,",
            "ping, and why. Nodes are HOST/ENDPOINT, HOST/DEVICE (the host's own stack) and STATION."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed", "1:the design has errors (listed on stderr)",
            "2:bad usage: unreadable file or unknown node"})
public final class ReachCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The design (*.mvtd.yaml); - reads standard input.")
    Path file;

    @Option(names = "--json", description = "Print the JSON document of format.md instead of a table.")
    boolean json;

    @Option(names = "--from", paramLabel = "NODE", description = "Only pairs from this node.")
    String from;

    @Option(names = "--to", paramLabel = "NODE", description = "Only pairs to this node.")
    String to;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ReachEngine engine = ReachEngine.of(DesignFiles.readValid(spec, file).design());
        requireNode(engine, from, "--from", file);
        requireNode(engine, to, "--to", file);
        List<Pair> pairs = new ArrayList<>();
        engine.forEachPair(p -> {
            if ((from == null || p.from().equals(from)) && (to == null || p.to().equals(to))) {
                pairs.add(p);
            }
        });
        if (json) {
            ReachJson.write(new ReachReport(ReachJson.VERSION, engine.nodes(), pairs), out);
        } else {
            new PairTable(pairs).print(out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** A usage error listing the design's nodes when {@code id} (given as {@code option}) is not one of them. */
    static void requireNode(ReachEngine engine, String id, String option, Path file) {
        if (id != null && engine.indexOf(id).isEmpty()) {
            List<String> known = engine.nodes().stream().map(Node::id).toList();
            throw new UserError(ExitCodes.USAGE, option + " " + id + ": no such node in " + file
                    + "; nodes are: " + String.join(", ", known));
        }
    }
}
