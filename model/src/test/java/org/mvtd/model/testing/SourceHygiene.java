package org.mvtd.model.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Checks on source text that bytecode rules (ArchUnit) cannot see, shared by every module's architecture test. */
public final class SourceHygiene {
    private static final Pattern ISSUE = Pattern.compile("(?i)\\bissue\\s*#?\\d+");

    private SourceHygiene() {
    }

    /** The module's main sources, relative to the module directory surefire runs in. */
    public static final Path MAIN = Path.of("src", "main", "java");

    /** Fails listing every main source that names an issue number. */
    public static void assertNoIssueMarkers() throws IOException {
        assertThat(issueMarkers(MAIN)).as("issue numbers belong in commit messages; a comment says why the code is as it is")
                .isEmpty();
    }

    /** Fails listing every main class longer than {@code max} lines. */
    public static void assertNoClassLongerThan(int max) throws IOException {
        assertThat(longerThan(MAIN, max)).as("a long class is a sign that a part wants its own name").isEmpty();
    }

    /** Every {@code file:line: text} under {@code root} that names an issue number ("(issue 8) hook"). */
    public static List<String> issueMarkers(Path root) throws IOException {
        List<String> out = new ArrayList<>();
        forEachSource(root, (f, lines) -> {
            for (int i = 0; i < lines.size(); i++) {
                if (ISSUE.matcher(lines.get(i)).find()) {
                    out.add(root.relativize(f) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        });
        return out;
    }

    /** Every {@code file: N lines} under {@code root} longer than {@code max} lines (a class with more than one job). */
    public static List<String> longerThan(Path root, int max) throws IOException {
        List<String> out = new ArrayList<>();
        forEachSource(root, (f, lines) -> {
            if (lines.size() > max) {
                out.add(root.relativize(f) + ": " + lines.size() + " lines");
            }
        });
        return out;
    }

    private static void forEachSource(Path root, BiConsumer<Path, List<String>> check) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException(root.toAbsolutePath() + " is not a directory: run from the module directory");
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(f -> {
                try {
                    check.accept(f, Files.readAllLines(f, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
