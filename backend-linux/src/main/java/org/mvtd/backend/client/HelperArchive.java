package org.mvtd.backend.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The class-data sharing archive of the helper started from this program's jar (a root user running a build):
 * half of a helper's start is loading and verifying the same few thousand classes, which an archive maps
 * instead. The JVM makes it at the helper's first exit ({@code -XX:ArchiveClassesAtExit}) beside the jar,
 * named by the jar's size and modification time so a rebuilt jar gets its own; later helpers map it. A root
 * process maps it, so it is used only where the jar itself is trusted: a root-owned file in a root-owned
 * directory that nobody else may write.
 */
final class HelperArchive {
    private static final int GROUP_OR_OTHER_WRITE = 022;

    private HelperArchive() {
    }

    /** The JVM options for a helper started on {@code classPath}; none when it is not one trusted jar. */
    static List<String> options(String classPath) {
        return archive(classPath).map(a -> {
            // unified-logging warnings (an archive that does not match) go to stdout, which is the protocol's
            String use = Files.exists(a, LinkOption.NOFOLLOW_LINKS) ? "-XX:SharedArchiveFile=" : "-XX:ArchiveClassesAtExit=";
            return List.of(use + a, "-Xlog:disable");
        }).orElse(List.of());
    }

    static Optional<Path> archive(String classPath) {
        if (classPath == null || classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        try {
            Path jar = Path.of(classPath).toAbsolutePath().normalize();
            Path dir = jar.getParent();
            if (dir == null || !rootOnly(jar) || !rootOnly(dir)) {
                return Optional.empty();
            }
            String name = jar.getFileName().toString().replaceAll("\\.jar$", "");
            Path a = dir.resolve(name + "-helper-" + Files.size(jar) + "-"
                    + Files.getLastModifiedTime(jar).toMillis() + ".jsa");
            return Files.exists(a, LinkOption.NOFOLLOW_LINKS) && !rootOnly(a) ? Optional.empty() : Optional.of(a);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Root's, not a symbolic link, and writable by nobody else. */
    private static boolean rootOnly(Path p) throws IOException {
        if (Files.isSymbolicLink(p)) {
            return false;
        }
        int uid = (Integer) Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        int mode = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        return uid == 0 && (mode & GROUP_OR_OTHER_WRITE) == 0;
    }
}
