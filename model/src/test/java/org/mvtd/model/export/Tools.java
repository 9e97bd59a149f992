package org.mvtd.model.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Runs the real tools (virsh, virt-xml-validate, bash, shellcheck, ip) from tests. */
final class Tools {
    record Result(int exit, String out, String err) {
        String all() {
            return "exit " + exit + "\nstdout:\n" + out + "\nstderr:\n" + err;
        }
    }

    private Tools() {
    }

    /** Skips the calling test, saying why, unless every tool is on the PATH. */
    static void assumeInstalled(String... tools) {
        Optional<String> why = missing(false, tools);
        Assumptions.assumeTrue(why.isEmpty(), () -> why.orElseThrow());
    }

    static void assumeRoot() {
        Optional<String> why = missing(true);
        Assumptions.assumeTrue(why.isEmpty(), () -> why.orElseThrow());
    }

    /** Why a test cannot run here (not root, a tool missing), or empty when it can. */
    static Optional<String> missing(boolean root, String... tools) {
        if (root && !"root".equals(System.getProperty("user.name"))) {
            return Optional.of("needs root to create network namespaces; skipping");
        }
        for (String t : tools) {
            boolean found = false;
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
                found |= Files.isExecutable(Path.of(dir, t));
            }
            if (!found) {
                return Optional.of(t + " is not installed (CI installs it: see .ci/run); skipping");
            }
        }
        return Optional.empty();
    }

    static Result run(List<String> cmd) {
        return run(cmd, Map.of());
    }

    static Result run(List<String> cmd, Map<String, String> env) {
        try {
            Path out = Files.createTempFile("mvtd-tool", ".out");
            Path err = Files.createTempFile("mvtd-tool", ".err");
            try {
                ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(cmd)).redirectOutput(out.toFile())
                        .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
                pb.environment().putAll(env);
                Process p = pb.start();
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new AssertionError("timed out after 120 s: " + cmd);
                }
                return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted running " + cmd, e);
        }
    }

    /** Runs and fails the test with the tool's output unless it exits 0. */
    static Result ok(List<String> cmd) {
        Result r = run(cmd);
        if (r.exit() != 0) {
            throw new AssertionError(String.join(" ", cmd) + " failed: " + r.all());
        }
        return r;
    }

    /** Writes the files under {@code dir} and returns their paths in order. */
    static List<Path> write(Path dir, List<ExportedFile> files) {
        List<Path> paths = new ArrayList<>();
        try {
            for (ExportedFile f : files) {
                Path p = dir.resolve(f.name());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.content(), StandardCharsets.UTF_8);
                paths.add(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return paths;
    }

    /** Skips without bash and shellcheck; else fails unless every file parses and has no shellcheck finding. */
    static void assertScriptsClean(Path dir, List<ExportedFile> files) {
        assumeInstalled("bash", "shellcheck");
        for (Path p : write(dir, files)) {
            ok(List.of("bash", "-n", p.toString()));
            Result sc = run(List.of("shellcheck", "--severity=style", "--shell=bash", p.toString()));
            if (sc.exit() != 0) {
                throw new AssertionError("shellcheck " + p.getFileName() + ":\n" + sc.out());
            }
        }
    }
}
