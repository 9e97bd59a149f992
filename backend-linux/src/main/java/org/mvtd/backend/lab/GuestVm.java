package org.mvtd.backend.lab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One real guest: the design's qemu launcher (the qemu export) run inside its host's namespace as the
 * desktop user, booting {@link GuestImage}. Its second serial port is qemu's stdio, where the guest's init
 * runs each line it is sent as a shell command and answers {@code @@END STATUS}; the first serial port (the
 * kernel's console) goes to a log file.
 */
final class GuestVm implements AutoCloseable {
    private static final String READY = "@@READY";
    private static final String END = "@@END ";
    private static final String EOF = "\0eof";

    record Reply(int status, String output) {
        boolean ok() {
            return status == 0;
        }
    }

    private final String name;
    private final Process process;
    private final Path console;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final OutputStream in;

    private GuestVm(String name, Process process, Path console) {
        this.name = name;
        this.process = process;
        this.console = console;
        this.in = process.getOutputStream();
        Thread t = new Thread(this::pump, "guest-" + name);
        t.setDaemon(true);
        t.start();
    }

    /**
     * Starts {@code launcher} in {@code netns} as {@code uid} with {@code env} (the launcher's MVTD_* settings),
     * handing qemu the guest kernel, initramfs and serial ports.
     */
    static GuestVm start(String name, String netns, Path launcher, int uid, GuestImage image, Path console,
                         Map<String, String> env) throws LabException {
        Objects.requireNonNull(launcher, "launcher");
        List<String> argv = new ArrayList<>(List.of("ip", "netns", "exec", netns, "setpriv", "--reuid=" + uid,
                "--regid=" + uid, "--clear-groups", "env"));
        env.forEach((k, v) -> argv.add(k + "=" + v));
        argv.addAll(List.of("bash", launcher.toString(), "-m", "128", "-nodefaults", "-display", "none", "-no-reboot",
                "-kernel", image.kernel().toString(), "-initrd", image.initramfs().toString(),
                // no_timer_check: under TCG on a busy host the kernel's IO-APIC timer check fails and it panics
                "-append", "console=ttyS0 quiet panic=-1 no_timer_check", "-serial", "file:" + console, "-serial", "stdio"));
        try {
            Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
            return new GuestVm(name, p, console);
        } catch (IOException e) {
            throw new LabException("cannot start guest " + name + ": " + e.getMessage(), e);
        }
    }

    String name() {
        return name;
    }

    private void pump() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line.replace("\r", ""));
            }
        } catch (IOException e) {
            // the process ended: the EOF marker below tells the waiting caller
        }
        lines.add(EOF);
    }

    /** Waits until the guest's init reads commands; a launcher that refused (or a qemu that died) is an error with its words. */
    void awaitReady(long millis) throws LabException {
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (true) {
            String l = next(deadline);
            if (l == null || l.equals(EOF)) {
                throw new LabException("guest " + name + " did not boot within " + millis + " ms"
                        + (l == null ? "" : " (qemu ended, " + exitStatus() + ")") + ": " + seen.toString().strip()
                        + "\nits console said:\n" + consoleTail());
            }
            if (l.contains(READY)) {
                return;
            }
            seen.append(l).append('\n');
        }
    }

    private String exitStatus() {
        try {
            return process.waitFor(2, TimeUnit.SECONDS) ? "exit status " + process.exitValue() : "still running";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** The last lines of the kernel console, for a guest that did not come up. */
    private String consoleTail() {
        try {
            List<String> all = java.nio.file.Files.readAllLines(console, StandardCharsets.ISO_8859_1);
            return String.join("\n", all.subList(Math.max(0, all.size() - 15), all.size()));
        } catch (IOException e) {
            return "(no console log: " + e.getMessage() + ")";
        }
    }

    /** Runs one shell line in the guest (busybox sh) and returns its status and output. */
    synchronized Reply sh(String command, long millis) throws LabException {
        if (command.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("one line only: " + command);
        }
        try {
            in.write((command + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        } catch (IOException e) {
            throw new LabException("guest " + name + " is gone: " + e.getMessage(), e);
        }
        StringBuilder out = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (true) {
            String l = next(deadline);
            if (l == null || l.equals(EOF)) {
                throw new LabException("guest " + name + ": no answer to '" + command + "' within " + millis + " ms: " + out);
            }
            int at = l.indexOf(END);
            if (at >= 0) {
                out.append(l, 0, at);
                return new Reply(Integer.parseInt(l.substring(at + END.length()).strip()), out.toString());
            }
            out.append(l).append('\n');
        }
    }

    private String next(long deadlineNanos) throws LabException {
        try {
            long left = deadlineNanos - System.nanoTime();
            return left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("interrupted waiting for guest " + name, e);
        }
    }

    /** Stops qemu (the launcher exec'd it, so the process is qemu itself). */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean alive() {
        return process.isAlive();
    }
}
