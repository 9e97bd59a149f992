package org.mvtd.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.mvtd.model.Design;
import org.mvtd.model.Host;
import org.mvtd.model.validate.Problem;
import org.mvtd.model.validate.Validator;
import org.mvtd.model.yaml.DesignFormatException;
import org.mvtd.model.yaml.DesignYaml;
import org.mvtd.model.yaml.LoadedDesign;

/** Loading design files for commands: every failure becomes a clear {@link UserError}. */
public final class DesignFiles {
    private DesignFiles() {
    }

    /** Reads {@code file}; unreadable files exit 2, files that are not a design exit 1 with file:line:col lines. */
    public static LoadedDesign read(Path file) {
        if (Files.isDirectory(file)) {
            throw new UserError(ExitCodes.USAGE, file + ": is a directory, not a design file");
        }
        try {
            return DesignYaml.read(file);
        } catch (NoSuchFileException e) {
            throw new UserError(ExitCodes.USAGE, file + ": no such file");
        } catch (IOException e) {
            throw new UserError(ExitCodes.USAGE, file + ": cannot read: " + e.getMessage());
        } catch (DesignFormatException e) {
            throw new UserError(ExitCodes.PROBLEMS, lines(e.problems(), file));
        }
    }

    /** Reads and validates {@code file}; a design with errors is refused with every problem listed. */
    public static LoadedDesign readValid(Path file, java.io.PrintWriter warnings) {
        LoadedDesign loaded = read(file);
        List<Problem> problems = Validator.validate(loaded.design(), loaded.sourceMap());
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new UserError(ExitCodes.PROBLEMS, lines(problems, file));
        }
        problems.forEach(p -> warnings.println(p.format(file.toString())));
        warnings.flush();
        return loaded;
    }

    /** Checks that {@code design} (read from {@code file}) has host {@code host}; else a usage error naming its hosts. */
    static void requireHost(Design design, String host, Path file) {
        if (design.host(host).isEmpty()) {
            throw new UserError(ExitCodes.USAGE, "--host " + host + ": no such host in " + file + "; hosts are: "
                    + String.join(", ", design.hosts().stream().map(Host::name).toList()));
        }
    }

    static String lines(List<Problem> problems, Path file) {
        return problems.stream().map(p -> p.format(file.toString())).collect(Collectors.joining("\n"));
    }
}
