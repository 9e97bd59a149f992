package org.mvtd.backend.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.mvtd.backend.protocol.Protocol;

/**
 * Starts the helper as a process from an argument vector (never a shell) and talks over its stdin/stdout.
 * Factories build the usual vectors: direct (already root), pkexec (the polkit action of the launcher),
 * ({@link SshTransport} builds the one for remote hosts).
 */
public final class ProcessTransport implements Transport {
    private static final int MAX_DIAGNOSTICS = 16 * 1024;
    private static final long SETTLE_MILLIS = 500;
    private final List<String> argv;

    public ProcessTransport(List<String> argv) {
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("empty argument vector");
        }
        this.argv = List.copyOf(argv);
    }

    public List<String> argv() {
        return argv;
    }

    /** The helper run directly: for a client that is already root. */
    public static ProcessTransport direct(String helper) {
        return new ProcessTransport(List.of(Objects.requireNonNull(helper, "helper")));
    }

    /** Through polkit: the desktop's agent asks for the admin password (auth_admin_keep). */
    public static ProcessTransport pkexec(String helper) {
        return new ProcessTransport(List.of("pkexec", "--disable-internal-agent", Objects.requireNonNull(helper, "helper")));
    }

    /** Direct when this process is root (uid 0), else pkexec; the launcher at its installed path. */
    public static ProcessTransport local(boolean root) {
        return root ? direct(Protocol.HELPER_PATH) : pkexec(Protocol.HELPER_PATH);
    }

    @Override
    public String describe() {
        return String.join(" ", argv);
    }

    @Override
    public Connection open() throws IOException {
        Process p = new ProcessBuilder(new ArrayList<>(argv)).start();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread drain = new Thread(() -> drain(p.getErrorStream(), err), "helper-stderr");
        drain.setDaemon(true);
        drain.start();
        return new ProcessConnection(p, () -> {
            settle(p, drain);
            synchronized (err) {
                return err.toString(StandardCharsets.UTF_8).strip();
            }
        }, () -> { });
    }

    /**
     * Asked on failure paths only: a helper (or ssh) that is exiting gets a moment to finish, so its last words
     * on stderr are in the message rather than lost to a race with the drain thread.
     */
    private static void settle(Process p, Thread drain) {
        try {
            if (p.waitFor(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) {
                drain.join(SETTLE_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void drain(InputStream in, ByteArrayOutputStream sink) {
        byte[] buf = new byte[4096];
        try (in) {
            int n;
            while ((n = in.read(buf)) > 0) {
                synchronized (sink) {
                    if (sink.size() < MAX_DIAGNOSTICS) {
                        sink.write(buf, 0, Math.min(n, MAX_DIAGNOSTICS - sink.size()));
                    }
                }
            }
        } catch (IOException e) {
            // the helper exited; what it said so far is kept
        }
    }
}
