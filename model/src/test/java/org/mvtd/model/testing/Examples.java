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
 * The example designs shipped in the repository ({@code model/src/main/resources/org/mvtd/model/examples}), and
 * the designs that reproduce reported bugs ({@code model/src/test/resources/org/mvtd/model/cases}).
 *
 * <p>Found from the repository root (the nearest directory above the working directory whose {@code pom.xml}
 * lists {@code <module>model</module>}), so every module's tests read the one copy the model bundles. The
 * system property {@code mvtd.examples} names another examples directory.
 */
public final class Examples {
    /** System property that names the examples directory explicitly. */
    public static final String PROPERTY = "mvtd.examples";
    private static final String SUFFIX = ".mvtd.yaml";
    private static final Path EXAMPLES = Path.of("model", "src", "main", "resources", "org", "mvtd", "model", "examples");
    private static final Path CASES = Path.of("model", "src", "test", "resources", "org", "mvtd", "model", "cases");

    private Examples() {
    }

    /** The examples directory. */
    public static Path directory() {
        String explicit = System.getProperty(PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            Path dir = Path.of(explicit).toAbsolutePath().normalize();
            if (!Files.isDirectory(dir)) {
                throw new IllegalStateException("-D" + PROPERTY + "=" + explicit + " is not a directory");
            }
            return dir;
        }
        return inRepository(EXAMPLES);
    }

    /** The directory of designs that reproduce reported bugs. */
    public static Path casesDirectory() {
        return inRepository(CASES);
    }

    /** The case named {@code name}, with or without the {@code .mvtd.yaml} suffix. */
    public static Path caseFile(String name) {
        Path p = casesDirectory().resolve(name.endsWith(SUFFIX) ? name : name + SUFFIX);
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException("no case " + p);
        }
        return p;
    }

    private static Path inRepository(Path relative) {
        Path root = repositoryRoot(Path.of("").toAbsolutePath());
        Path dir = root.resolve(relative);
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no directory " + dir + " in the repository");
        }
        return dir;
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

    /** The repository's root directory (the one holding the parent pom), found from the working directory. */
    public static Path repositoryRoot() {
        return repositoryRoot(Path.of("").toAbsolutePath());
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
