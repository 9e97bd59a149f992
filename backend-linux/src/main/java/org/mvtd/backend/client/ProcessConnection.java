package org.mvtd.backend.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A helper connection over a started process: its stdin and stdout carry the protocol; closing ends input
 * (the helper's cue to finish), then waits, asks (SIGTERM) and finally forces (SIGKILL).
 */
public final class ProcessConnection implements Transport.Connection {
    private static final long WAIT_SECONDS = 3;
    private final Process process;
    private final Supplier<String> diagnostics;
    private final Runnable afterClose;

    /**
     * @param diagnostics what the helper said on stderr so far, however the caller keeps it
     * @param afterClose  runs once the process has ended (e.g. removing a stderr file)
     */
    public ProcessConnection(Process process, Supplier<String> diagnostics, Runnable afterClose) {
        this.process = Objects.requireNonNull(process, "process");
        this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics");
        this.afterClose = Objects.requireNonNull(afterClose, "afterClose");
    }

    @Override
    public InputStream fromHelper() {
        return process.getInputStream();
    }

    @Override
    public OutputStream toHelper() {
        return process.getOutputStream();
    }

    @Override
    public String diagnostics() {
        return diagnostics.get();
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // it is gone already
        }
        stop(process);
        afterClose.run();
    }

    /** Waits for the process to end: first by itself, then asked (SIGTERM), then forced (SIGKILL). */
    public static void stop(Process p) {
        List<Runnable> escalation = List.of(() -> { }, p::destroy, p::destroyForcibly);
        for (Runnable step : escalation) {
            step.run();
            try {
                if (p.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
