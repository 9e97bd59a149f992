package org.mvtd.backend.helper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Temporary directories for helpers under test (journals), removed with everything in them when the JVM
 * exits: thousands of in-process helpers per build would otherwise leave as many directories in /tmp.
 */
public final class ScratchDirs {
    private static final List<Path> MADE = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ScratchDirs::removeAll, "scratch-dirs"));
    }

    private ScratchDirs() {
    }

    /** A new empty directory under the system temp dir, named {@code prefix...}. */
    public static Path create(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            synchronized (MADE) {
                MADE.add(dir);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes {@code dir} and everything under it, if it exists. */
    public static void deleteTree(Path dir) throws IOException {
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void removeAll() {
        synchronized (MADE) {
            for (Path dir : MADE) {
                try {
                    deleteTree(dir);
                } catch (IOException e) {
                    System.err.println("could not remove " + dir + ": " + e.getMessage());
                }
            }
        }
    }
}
