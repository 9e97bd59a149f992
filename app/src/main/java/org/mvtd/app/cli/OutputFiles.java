package org.mvtd.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mvtd.model.export.ExportedFile;

/**
 * Writes exported files into a directory: each one complete or not at all (a temporary file beside
 * it, flushed to disk, then renamed over), and none at all when one would overwrite an existing file
 * without {@code force}. Scripts get mode 0755, other files 0644.
 */
final class OutputFiles {
    private OutputFiles() {
    }

    /** Writes {@code files} under {@code dir} (created if needed) and returns the paths written. */
    static List<Path> writeAll(Path dir, List<ExportedFile> files, boolean force) {
        Objects.requireNonNull(dir, "dir");
        List<Path> targets = new ArrayList<>();
        for (ExportedFile f : files) {
            Path p = dir.resolve(f.name()).normalize();
            if (!p.startsWith(dir.normalize())) {
                // ExportedFile forbids '..' parts; this guards the promise.
                throw new IllegalStateException("exported name escapes the output directory: " + f.name());
            }
            targets.add(p);
        }
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
            for (int i = 0; i < files.size(); i++) {
                write(targets.get(i), files.get(i).content(), files.get(i).executable());
            }
        } catch (IOException e) {
            throw new UserError(ExitCodes.USAGE, "cannot write into " + dir + ": " + describe(e));
        }
        return List.copyOf(targets);
    }

    private static void write(Path target, String content, boolean executable) throws IOException {
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
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
