package org.mvtd.backend.ip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Runs iproute2 through argument vectors (ProcessBuilder), never a shell, optionally inside a named
 * network namespace ({@code ip -n NS ...}). Bulk work goes through {@link #batch(List)}.
 */
public final class Ip {
    private static final String IP = "ip";
    private final String namespace;

    private Ip(String namespace) {
        this.namespace = namespace;
    }

    /** iproute2 in the caller's own namespace. */
    public static Ip host() {
        return new Ip(null);
    }

    /** iproute2 acting inside the named network namespace. */
    public static Ip in(String namespace) {
        return new Ip(Objects.requireNonNull(namespace, "namespace"));
    }

    public String namespace() {
        return namespace;
    }

    /** Runs {@code ip [-n NS] ARGS...}; throws with the kernel's reason when it fails. */
    public IpResult run(String... args) throws IpException {
        IpResult r = exec(argv(List.of(args)), null);
        if (!r.ok()) {
            throw new IpException(r);
        }
        return r;
    }

    /** Like {@link #run} but returns failures instead of throwing. */
    public IpResult tryRun(String... args) {
        return exec(argv(List.of(args)), null);
    }

    /**
     * Feeds {@code lines} to one {@code ip [-n NS] -batch -} process: one process for thousands of links.
     * With {@code force}, ip goes on after a failing line and reports {@code Command failed -:LINE} for each.
     */
    public IpResult batch(List<String> lines, boolean force) {
        List<String> args = new ArrayList<>();
        if (force) {
            args.add("-force");
        }
        args.add("-batch");
        args.add("-");
        StringBuilder in = new StringBuilder();
        for (String line : lines) {
            if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("batch line holds a line break: " + line);
            }
            in.append(line).append('\n');
        }
        return exec(argv(args), in.toString());
    }

    /**
     * Starts {@code ip [-n NS] ARGS...} as a long-running process (e.g. {@code -o monitor link}) whose
     * output the caller reads; the caller owns the process and must destroy it.
     */
    public Process spawn(String... args) throws IOException {
        return new ProcessBuilder(argv(List.of(args))).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private List<String> argv(List<String> args) {
        List<String> argv = new ArrayList<>();
        argv.add(IP);
        if (namespace != null) {
            argv.add("-n");
            argv.add(namespace);
        }
        argv.addAll(args);
        return argv;
    }

    private static IpResult exec(List<String> argv, String stdin) {
        try {
            Process p = new ProcessBuilder(argv).start();
            CompletableFuture<String> out = drain(p.getInputStream());
            CompletableFuture<String> err = drain(p.getErrorStream());
            try (OutputStream os = p.getOutputStream()) {
                if (stdin != null) {
                    os.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            int code = p.waitFor();
            return new IpResult(argv, code, out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + argv.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + String.join(" ", argv), e);
        }
    }

    private static CompletableFuture<String> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                in.transferTo(buf);
                return buf.toString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
    }
}
