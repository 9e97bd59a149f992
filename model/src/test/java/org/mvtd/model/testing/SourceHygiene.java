package org.mvtd.model.testing;

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
