package org.mvtd.app.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.mvtd.model.export.ExportWriter;
import org.mvtd.model.export.ExportedFile;

/**
 * Writes exported files into a directory through {@link ExportWriter} (each one complete or not at all), and
 * none at all when one would overwrite an existing file without {@code force}.
 */
final class OutputFiles {
    private OutputFiles() {
    }

    /** Writes {@code files} under {@code dir} (created if needed) and returns the paths written. */
    static List<Path> writeAll(Path dir, List<ExportedFile> files, boolean force) {
        Objects.requireNonNull(dir, "dir");
        List<Path> targets = ExportWriter.targets(dir, files);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UserError(ExitCodes.USAGE, dir + ": exists and is not a directory");
        }
        if (!force) {
            List<String> existing = targets.stream().filter(Files::exists).map(Path::toString).toList();
            if (!existing.isEmpty()) {
                throw new UserError(ExitCodes.USAGE, "refusing to overwrite " + String.join(", ", existing)
                        + "; nothing was written (add --force to overwrite)");
            }
        }
        try {
            return ExportWriter.writeAll(dir, files);
        } catch (IOException e) {
            throw new UserError(ExitCodes.USAGE, "cannot write into " + dir + ": " + describe(e));
        }
    }

    static String describe(IOException e) {
        if (e instanceof FileAlreadyExistsException) {
            return e.getMessage() + " exists";
        }
        String m = e.getMessage();
        return e.getClass().getSimpleName().replace("Exception", "") + (m == null ? "" : ": " + m);
    }
}
