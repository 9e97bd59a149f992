package org.mvtd.model.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.mvtd.model.yaml.DesignFormatException;
import org.mvtd.model.yaml.DesignYaml;
import org.mvtd.model.yaml.LoadedDesign;

/**
 * The shared example designs ({@code shared/examples/*.mvtd.yaml}, beside the repository).
 *
 * <p>Found through the system property {@code mvtd.examples} when set, else from the repository root (the
 * nearest directory above the working directory whose {@code pom.xml} lists {@code <module>model</module>}):
 * first {@code ../shared/examples}, then {@code shared/examples} beside any further ancestor (a git
 * worktree may sit deeper than the main checkout).
 */
public final class Examples {
    /** System property that names the examples directory explicitly. */
    public static final String PROPERTY = "mvtd.examples";
    private static final String SUFFIX = ".mvtd.yaml";

    private Examples() {
    }

    /** The examples directory; throws with what was searched when there is none. */
    public static Path directory() {
        String explicit = System.getProperty(PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            Path dir = Path.of(explicit).toAbsolutePath().normalize();
            if (!Files.isDirectory(dir)) {
                throw new IllegalStateException("-D" + PROPERTY + "=" + explicit + " is not a directory");
            }
            return dir;
        }
        Path start = Path.of("").toAbsolutePath();
        Path root = repositoryRoot(start);
        for (Path p = root.getParent(); p != null; p = p.getParent()) {
            Path dir = p.resolve("shared").resolve("examples");
            if (Files.isDirectory(dir)) {
                return dir;
            }
        }
        throw new IllegalStateException("no shared/examples directory beside or above the repository root " + root
                + "; set -D" + PROPERTY + "=DIR");
    }

    /** The example files, sorted by name. */
    public static List<Path> files() {
        try (Stream<Path> entries = Files.list(directory())) {
            return entries.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example named {@code name}, with or without the {@code .mvtd.yaml} suffix. */
    public static Path file(String name) {
        Path p = directory().resolve(name.endsWith(SUFFIX) ? name : name + SUFFIX);
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException("no example " + p);
        }
        return p;
    }

    /** Loads one example; a broken example is a test failure, so problems surface as unchecked. */
    public static LoadedDesign load(Path file) {
        try {
            return DesignYaml.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DesignFormatException e) {
            throw new IllegalStateException("example " + file + " does not load:\n" + e.getMessage(), e);
        }
    }

    /** Loads the example named {@code name}. */
    public static LoadedDesign load(String name) {
        return load(file(name));
    }

    /** Loads every example, in file-name order. */
    public static List<LoadedDesign> loadAll() {
        return files().stream().map(Examples::load).toList();
    }

    private static Path repositoryRoot(Path start) {
        for (Path p = start; p != null; p = p.getParent()) {
            Path pom = p.resolve("pom.xml");
            try {
                if (Files.isRegularFile(pom) && Files.readString(pom).contains("<module>model</module>")) {
                    return p;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + pom, e);
            }
        }
        throw new IllegalStateException("no parent pom listing <module>model</module> above " + start
                + "; set -D" + PROPERTY + "=DIR");
    }
}
