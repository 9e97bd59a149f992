package org.mvtd.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.mvtd.model.Design;
import org.mvtd.model.Host;
import org.mvtd.model.validate.Problem;
import org.mvtd.model.validate.Validator;
import org.mvtd.model.yaml.DesignFormatException;
import org.mvtd.model.yaml.DesignYaml;
import org.mvtd.model.yaml.LoadedDesign;
import picocli.CommandLine.Model.CommandSpec;

/** Loading design files for commands: every failure becomes a clear {@link UserError}. */
public final class DesignFiles {
    private DesignFiles() {
    }

    /** The file argument that means standard input, as in most Unix tools. */
    public static final String STDIN = "-";
    /** How standard input is named in messages (file:line:col). */
    public static final String STDIN_NAME = "<stdin>";

    /** Reads {@code file} ({@code -} is {@code stdin}); unreadable files exit 2, non-designs exit 1 with file:line:col lines. */
    public static LoadedDesign read(Path file, InputStream stdin) {
        if (Files.isDirectory(file)) {
            throw new UserError(ExitCodes.USAGE, file + ": is a directory, not a design file");
        }
        try {
            return load(file, stdin);
        } catch (NoSuchFileException e) {
            throw new UserError(ExitCodes.USAGE, file + ": no such file");
        } catch (IOException e) {
            throw new UserError(ExitCodes.USAGE, displayName(file) + ": cannot read: " + e.getMessage());
        } catch (DesignFormatException e) {
            throw new UserError(ExitCodes.PROBLEMS, lines(e.problems(), file));
        }
    }

    /** The design in {@code file}, or in {@code stdin} when {@code file} is {@code -}. */
    static LoadedDesign load(Path file, InputStream stdin) throws IOException, DesignFormatException {
        Objects.requireNonNull(file, "file");
        return isStdin(file) ? DesignYaml.read(Objects.requireNonNull(stdin, "stdin"), STDIN_NAME) : DesignYaml.read(file);
    }

    static boolean isStdin(Path file) {
        return STDIN.equals(file.toString());
    }

    /** The name messages give {@code file}: {@code <stdin>} for {@code -}. */
    static String displayName(Path file) {
        return isStdin(file) ? STDIN_NAME : file.toString();
    }

    /** Reads {@code file} ({@code -} is standard input) and validates it; a design with errors is refused with every problem listed. */
    public static LoadedDesign readValid(Path file, java.io.PrintWriter warnings) {
        return readValid(file, warnings, System.in);
    }

    /** Reads and validates {@code file} ({@code -} is {@code stdin}); a design with errors is refused with every problem listed. */
    public static LoadedDesign readValid(Path file, java.io.PrintWriter warnings, InputStream stdin) {
        LoadedDesign loaded = read(file, stdin);
        List<Problem> problems = Validator.validate(loaded.design(), loaded.sourceMap());
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new UserError(ExitCodes.PROBLEMS, lines(problems, file));
        }
        problems.forEach(p -> warnings.println(p.format(displayName(file))));
        warnings.flush();
        return loaded;
    }

    /** Reads and validates {@code file} for command {@code spec}: warnings to its error stream, {@code -} from its standard input. */
    static LoadedDesign readValid(CommandSpec spec, Path file) {
        return readValid(file, spec.commandLine().getErr(), stdin(spec));
    }

    /** The standard input of the command line {@code spec} belongs to (tests give their own). */
    static InputStream stdin(CommandSpec spec) {
        return spec.root().userObject() instanceof RootCommand root ? root.stdin : System.in;
    }

    /** Checks that {@code design} (read from {@code file}) has host {@code host}; else a usage error naming its hosts. */
    static void requireHost(Design design, String host, Path file) {
        requireHost(design, "--host", host, file);
    }

    /** As {@link #requireHost(Design, String, Path)}, naming the option that gave the host. */
    static void requireHost(Design design, String option, String host, Path file) {
        if (design.host(host).isEmpty()) {
            throw new UserError(ExitCodes.USAGE, option + " " + host + ": no such host in " + file + "; hosts are: "
                    + String.join(", ", design.hosts().stream().map(Host::name).toList()));
        }
    }

    static String lines(List<Problem> problems, Path file) {
        return problems.stream().map(p -> p.format(displayName(file))).collect(Collectors.joining("\n"));
    }
}
