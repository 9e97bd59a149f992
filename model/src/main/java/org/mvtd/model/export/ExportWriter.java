package org.mvtd.model.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes exported files into a directory, each one complete or not at all (a temporary file beside it,
 * flushed to disk, then renamed over). Scripts get mode 0755, other files 0644. The command line and the
 * designer's export both write through here; whether an existing file may be replaced is their question.
 */
public final class ExportWriter {
    private ExportWriter() {
    }

    /** Where each of {@code files} goes under {@code dir}, in the same order. */
    public static List<Path> targets(Path dir, List<ExportedFile> files) {
        Objects.requireNonNull(dir, "dir");
        List<Path> out = new ArrayList<>();
        for (ExportedFile f : files) {
            Path p = dir.resolve(f.name()).normalize();
            if (!p.startsWith(dir.normalize())) {
                // ExportedFile forbids '..' parts; this guards the promise.
                throw new IllegalStateException("exported name escapes the output directory: " + f.name());
            }
            out.add(p);
        }
        return out;
    }

    /** The targets that exist already: writing would replace them. */
    public static List<Path> existing(Path dir, List<ExportedFile> files) {
        return targets(dir, files).stream().filter(Files::exists).toList();
    }

    /** Writes every file under {@code dir} (created if needed), replacing what is there; returns the paths written. */
    public static List<Path> writeAll(Path dir, List<ExportedFile> files) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IOException(dir + ": exists and is not a directory");
        }
        List<Path> targets = targets(dir, files);
        for (int i = 0; i < files.size(); i++) {
            write(targets.get(i), files.get(i).content(), files.get(i).executable());
        }
        return List.copyOf(targets);
    }

    private static void write(Path target, String content, boolean executable) throws IOException {
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
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
}
