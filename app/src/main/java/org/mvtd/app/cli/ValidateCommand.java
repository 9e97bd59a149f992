package org.mvtd.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mvtd.model.validate.Problem;
import org.mvtd.model.validate.Validator;
import org.mvtd.model.yaml.DesignFormatException;
import org.mvtd.model.yaml.LoadedDesign;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate FILE...}: every format error, rule and warning of FORMAT.md, one line per problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check design files: structure, references, names, MACs and the rules of the format (format.md).",
            "Prints one line per problem: FILE:LINE:COL: error|warning: message [element] - how to fix it.",
            "Nothing is printed for a clean file."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no errors in any file (warnings may have been printed)",
            "1:at least one file has an error",
            "2:a file could not be read (missing, unreadable, a directory), or the command line is wrong"})
public final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Design files (*.mvtd.yaml); - reads standard input.")
    List<Path> files;

    @Option(names = "--summary", description = "After the problems, print one line counting errors and warnings.")
    boolean summary;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int errors = 0;
        int warnings = 0;
        boolean unreadable = false;
        for (Path file : files) {
            List<Problem> problems;
            try {
                problems = problems(file, DesignFiles.stdin(spec));
            } catch (IOException e) {
                err.println(DesignFiles.displayName(file) + ": " + reason(file, e));
                unreadable = true;
                continue;
            }
            for (Problem p : problems) {
                out.println(oneLine(p.format(DesignFiles.displayName(file))));
                if (p.isError()) {
                    errors++;
                } else {
                    warnings++;
                }
            }
        }
        if (summary) {
            out.println(count(errors, "error") + ", " + count(warnings, "warning") + " in "
                    + count(files.size(), "file"));
        }
        out.flush();
        err.flush();
        return unreadable ? ExitCodes.USAGE : errors > 0 ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }

    /** Format errors if the file does not load, else the validator's problems. */
    private static List<Problem> problems(Path file, java.io.InputStream stdin) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("is a directory, not a design file");
        }
        try {
            LoadedDesign loaded = DesignFiles.load(file, stdin);
            return Validator.validate(loaded.design(), loaded.sourceMap());
        } catch (DesignFormatException e) {
            return e.problems();
        }
    }

    /** The same wording as {@link DesignFiles} uses for the other commands. */
    private static String reason(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot read: permission denied";
        }
        String m = e.getMessage();
        if (m != null && m.startsWith("is a directory")) {
            return m;
        }
        return "cannot read: " + (m == null || m.isBlank() ? e.getClass().getSimpleName()
                : m.replace(file.toString(), "").strip());
    }

    /** Element names may hold line breaks; a problem stays on one line whatever they contain. */
    static String oneLine(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return sb.toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
