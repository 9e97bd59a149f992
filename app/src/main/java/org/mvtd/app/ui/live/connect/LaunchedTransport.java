package org.mvtd.app.ui.live.connect;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.mvtd.backend.client.ProcessConnection;
import org.mvtd.backend.client.Transport;

/**
 * A helper process started from an argument vector (never a shell) whose exit status stays readable
 * after the connection ends: the app tells a dismissed polkit prompt (pkexec exits 126 or 127) from a
 * helper crash that way. Its stderr goes to a private temporary file, read back for "see details".
 */
final class LaunchedTransport implements Transport {
    private static final int MAX_DIAGNOSTICS = 16 * 1024;
    private final List<String> argv;
    private volatile Process process;

    LaunchedTransport(List<String> argv) {
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("empty argument vector");
        }
        this.argv = List.copyOf(argv);
    }

    @Override
    public String describe() {
        return String.join(" ", argv);
    }

    /** The last process's exit status, waiting up to {@code millis} for it to end. */
    OptionalInt exitStatus(long millis) {
        Process p = process;
        if (p == null) {
            return OptionalInt.empty();
        }
        try {
            return p.waitFor(millis, TimeUnit.MILLISECONDS) ? OptionalInt.of(p.exitValue()) : OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        }
    }

    @Override
    public Connection open() throws IOException {
        Path err = Files.createTempFile("mvtd-helper-", ".log");
        err.toFile().deleteOnExit();
        Process p = new ProcessBuilder(argv).redirectError(err.toFile()).start();
        process = p;
        return new ProcessConnection(p, () -> head(err), () -> {
            try {
                Files.deleteIfExists(err);
            } catch (IOException e) {
                err.toFile().deleteOnExit();
            }
        });
    }

    /** The first 16 KiB the helper wrote on stderr. */
    private static String head(Path f) {
        try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "r")) {
            byte[] b = new byte[(int) Math.min(r.length(), MAX_DIAGNOSTICS)];
            r.readFully(b);
            return new String(b, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }
}
