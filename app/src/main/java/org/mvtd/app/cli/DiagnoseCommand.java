package org.mvtd.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mvtd.model.fix.Change;
import org.mvtd.model.fix.Diagnoser;
import org.mvtd.model.fix.Diagnosis;
import org.mvtd.model.fix.DiagnosisJson;
import org.mvtd.model.fix.Fix;
import org.mvtd.model.fix.PairChange;
import org.mvtd.model.fix.Reach;
import org.mvtd.model.reach.ReachEngine;
import org.mvtd.model.yaml.DesignYaml;
import org.mvtd.model.yaml.LoadedDesign;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = {"Why NODE A cannot ping NODE B, and the design changes that would make it work: each fix",
            "with the elements it changes and every pair whose reach it changes (isolation you would lose),",
            "fewest side effects first. --apply N --out FILE writes the design with fix N applied."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed (or the pair pings already), or the fixed design was written",
            "1:the design has errors (listed on stderr), or no fix was found",
            "2:bad usage: unreadable file, unknown node, no fix N, OUT exists without --force"})
public final class DiagnoseCommand implements Callable<Integer> {
    /** The text output lists this many changed pairs a fix; --json lists them all. */
    static final int PAIRS_SHOWN = 12;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The design (*.mvtd.yaml); - reads standard input.")
    Path file;

    @Option(names = "--from", required = true, paramLabel = "NODE", description = "The node that cannot ping.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "NODE", description = "The node it cannot ping.")
    String to;

    @Option(names = "--json", description = "Print the diagnose JSON document of format.md instead of text.")
    boolean json;

    @Option(names = "--apply", paramLabel = "N", description = "Write the design with fix N (as numbered) applied.")
    Integer apply;

    @Option(names = "--out", paramLabel = "OUT", description = "Where --apply writes the fixed design.")
    Path out;

    @Option(names = "--force", description = "Let --apply overwrite OUT if it exists.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        if ((apply == null) != (out == null)) {
            throw new UserError(ExitCodes.USAGE, apply == null ? "--out needs --apply N (the fix to write)"
                    : "--apply needs --out FILE (where to write the fixed design)");
        }
        if (out != null && Files.isDirectory(out)) {
            throw new UserError(ExitCodes.USAGE, out + ": is a directory; give the design file to write");
        }
        if (out != null && Files.exists(out) && !force) {
            throw new UserError(ExitCodes.USAGE, out + ": exists; nothing was written (add --force to overwrite)");
        }
        LoadedDesign loaded = DesignFiles.readValid(spec, file);
        ReachEngine engine = ReachEngine.of(loaded.design());
        ReachCommand.requireNode(engine, from, "--from", file);
        ReachCommand.requireNode(engine, to, "--to", file);
        if (from.equals(to)) {
            throw new UserError(ExitCodes.USAGE, "--from and --to are both " + from + "; give two different nodes");
        }
        Diagnosis d = Diagnoser.diagnose(engine, from, to);
        return apply != null ? write(loaded, d) : print(d);
    }

    private int write(LoadedDesign loaded, Diagnosis d) {
        if (d.pingsAlready()) {
            throw new UserError(ExitCodes.USAGE, "no fix " + apply + ": " + from + " pings " + to
                    + " already; nothing was written");
        }
        if (apply < 1 || apply > d.fixes().size()) {
            throw new UserError(ExitCodes.USAGE, "no fix " + apply + ": " + (d.fixes().isEmpty() ? "none was found"
                    : "the fixes are numbered 1 to " + d.fixes().size()) + "; nothing was written");
        }
        Fix fix = d.fixes().get(apply - 1);
        try {
            DesignYaml.save(loaded.withDesign(fix.result()), out);
        } catch (IOException e) {
            throw new UserError(ExitCodes.USAGE, "cannot write " + out + ": " + OutputFiles.describe(e));
        }
        PrintWriter w = spec.commandLine().getOut();
        w.println("wrote " + out + ": fix " + apply + ", " + fix.name() + "; " + fix.goalFrom() + " pings "
                + fix.goalTo() + " there");
        w.flush();
        return ExitCodes.OK;
    }

    private int print(Diagnosis d) throws IOException {
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            DiagnosisJson.write(d, w);
        } else {
            text(d, w);
        }
        w.flush();
        return d.pingsAlready() || !d.fixes().isEmpty() ? ExitCodes.OK : ExitCodes.PROBLEMS;
    }

    private void text(Diagnosis d, PrintWriter w) {
        if (d.pingsAlready()) {
            w.println(from + " pings " + to + " already; nothing to fix.");
            return;
        }
        w.println(from + " cannot ping " + to + ": " + d.pair().why());
        if (d.fixes().isEmpty()) {
            w.println("No fix found: no candidate edit (host shim, vepa + hairpin, a mode change, bringing things"
                    + " up, or two of them) makes the pair ping in a valid design.");
            return;
        }
        w.println(d.fixes().size() + (d.fixes().size() == 1 ? " fix" : " fixes") + ", fewest side effects first"
                + " (apply one with --apply N --out FILE):");
        int number = 1;
        for (Fix f : d.fixes()) {
            w.println();
            w.println(number++ + ". " + f.name());
            for (Change c : f.changes()) {
                w.println("   change  " + c);
            }
            List<PairChange> pairs = f.pairs();
            w.println("   pairs   " + pairs.size() + " change, " + f.sideEffects().size() + " besides "
                    + f.goalFrom() + " <-> " + f.goalTo() + ":");
            pairs.stream().limit(PAIRS_SHOWN).forEach(p -> w.println("     " + p.from() + " -> " + p.to() + "  "
                    + Reach.words(p.before()) + " -> " + Reach.words(p.after()) + sideEffect(p)));
            if (pairs.size() > PAIRS_SHOWN) {
                w.println("     ... and " + (pairs.size() - PAIRS_SHOWN) + " more (--json lists them all)");
            }
        }
    }

    private static String sideEffect(PairChange p) {
        return p.goal() ? "" : "  (side effect: " + p.effect() + ")";
    }
}
