package org.mvtd.backend.lab;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a tool by argument vector (never a shell) for the real-guest lab's set-up: apt, dpkg-deb. */
final class Commands {
    record Result(int exit, String out) {
    }

    private Commands() {
    }

    /** Runs {@code argv} in {@code dir}, stdout and stderr together; throws naming the tool when it fails. */
    static Result ok(List<String> argv, Path dir, long timeoutSeconds) throws LabException {
        Result r = run(argv, dir, timeoutSeconds);
        if (r.exit() != 0) {
            throw new LabException("'" + String.join(" ", argv) + "' failed (exit " + r.exit() + "): " + r.out().strip());
        }
        return r;
    }

    static Result run(List<String> argv, Path dir, long timeoutSeconds) throws LabException {
        Path log = null;
        try {
            log = Files.createTempFile("mvtd-cmd", ".log");
            Process p = new ProcessBuilder(argv).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(new File("/dev/null")).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new LabException("'" + String.join(" ", argv) + "' took more than " + timeoutSeconds + " s");
            }
            return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new LabException("cannot run " + argv.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("interrupted running " + argv.get(0), e);
        } finally {
            if (log != null) {
                try {
                    Files.deleteIfExists(log);
                } catch (IOException e) {
                    // a stray temp file is not worth failing the run for
                }
            }
        }
    }
}
