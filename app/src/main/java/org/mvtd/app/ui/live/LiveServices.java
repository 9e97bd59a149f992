package org.mvtd.app.ui.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import org.mvtd.app.ui.live.connect.HelperLauncher;
import org.mvtd.app.ui.live.connect.LocalHelperLauncher;
import org.mvtd.app.ui.live.verify.LabVerifier;
import org.mvtd.app.ui.live.verify.Verifier;
import org.mvtd.backend.client.BundledHelper;
import org.mvtd.backend.protocol.Protocol;

/**
 * What live mode works with, injected so tests swap in an in-process helper, a fake lab and their own
 * threads: the helper launcher, the lab, this machine's name, the FX thread, a worker for helper calls
 * (one at a time, in order), a thread for lab runs, and the clock.
 */
public record LiveServices(HelperLauncher launcher, Verifier verifier, String hostName, Executor fx, Executor worker,
                           Executor lab, LongSupplier clock) {
    public LiveServices {
        Objects.requireNonNull(launcher, "launcher");
        Objects.requireNonNull(verifier, "verifier");
        Objects.requireNonNull(hostName, "hostName");
        Objects.requireNonNull(fx, "fx");
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(lab, "lab");
        Objects.requireNonNull(clock, "clock");
    }

    /** The installed helper (directly when root, else pkexec), the real lab, JavaFX's thread. */
    public static LiveServices system() {
        boolean root = BundledHelper.runningAsRoot();
        return new LiveServices(LocalHelperLauncher.system(Path.of(Protocol.HELPER_PATH), root), new LabVerifier(),
                localHostName(), Platform::runLater, daemon("live-helper-calls"), daemon("live-lab"), System::nanoTime);
    }

    /** A single daemon thread running tasks in order. */
    public static ExecutorService daemon(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** The kernel's host name (no DNS lookup, which may hang without a network). */
    public static String localHostName() {
        try {
            String n = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
            return n.isEmpty() ? "localhost" : n;
        } catch (IOException | RuntimeException e) {
            return "localhost";
        }
    }
}
