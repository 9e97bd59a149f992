package org.mvtd.backend.sys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A dedicated platform thread that lives inside one named network namespace (setns on /run/netns/NAME).
 * setns changes only the calling thread, so everything that must happen "inside" (creating sockets,
 * writing /proc/sys/net, reading sysfs) runs here; sockets keep the namespace they were created in.
 *
 * <p>With a private sysfs the thread also unshares its mount namespace, makes every mount private (so
 * nothing propagates back to the host) and mounts a tmpfs at {@code scratch} with a sysfs under it:
 * sysfs shows the network namespace of whoever mounted it, so this is the namespace's own
 * /sys/class/net. Character-device nodes made under the tmpfs vanish with the thread.
 */
public final class NetnsThread implements AutoCloseable {
    private static final Path NETNS_DIR = Path.of("/run/netns");
    private final String netns;
    private final Path sysfs;
    private final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean stopping;

    private NetnsThread(String netns, Path scratch) {
        this.netns = netns;
        this.sysfs = scratch == null ? null : scratch.resolve("sys");
        this.thread = new Thread(this::loop, "netns-" + netns);
        this.thread.setDaemon(true);
    }

    /**
     * Starts a thread inside {@code netns}; with {@code scratch} non-null it also gets a private mount
     * namespace with a tmpfs at {@code scratch} (an existing, empty directory) and the namespace's sysfs.
     */
    public static NetnsThread enter(String netns, Path scratch) throws IOException {
        Objects.requireNonNull(netns, "netns");
        NetnsThread t = new NetnsThread(netns, scratch);
        t.thread.start();
        try {
            t.call(() -> {
                t.join(scratch);
                return null;
            });
        } catch (IOException e) {
            t.close();
            throw e;
        }
        return t;
    }

    private void join(Path scratch) throws IOException {
        LibC c = Sys.libc();
        String file = NETNS_DIR.resolve(netns).toString();
        int fd = (int) Sys.check(c.open(file, Sys.O_RDONLY | Sys.O_CLOEXEC, 0), "open", file);
        try {
            Sys.check(c.setns(fd, Sys.CLONE_NEWNET), "setns", file);
        } finally {
            c.close(fd);
        }
        if (scratch != null) {
            Sys.check(c.unshare(Sys.CLONE_NEWNS), "unshare", "CLONE_NEWNS");
            Sys.check(c.mount(null, "/", null, Sys.MS_REC | Sys.MS_PRIVATE, null), "mount", "/ rprivate");
            Sys.check(c.mount("tmpfs", scratch.toString(), "tmpfs", 0, "mode=0700"), "mount", "tmpfs " + scratch);
            Files.createDirectory(sysfs);
            Sys.check(c.mount("sysfs", sysfs.toString(), "sysfs", 0, null), "mount", "sysfs " + sysfs);
        }
    }

    public String netns() {
        return netns;
    }

    /** This namespace's sysfs as seen from this thread (null without a private mount namespace). */
    public Path sysfs() {
        return sysfs;
    }

    /** Runs {@code work} on the namespace thread and waits for it. */
    public <T> T call(Callable<T> work) throws IOException {
        if (stopping) {
            throw new IllegalStateException("namespace thread for " + netns + " is closed");
        }
        CompletableFuture<T> f = new CompletableFuture<>();
        tasks.add(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while working in namespace " + netns, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException("in namespace " + netns + ": " + cause.getMessage(), cause);
        }
    }

    /** Writes a value under /proc/sys from inside the namespace (net sysctls are per namespace of the writer). */
    public void sysctl(String key, String value) throws IOException {
        Path p = Path.of("/proc/sys", key.replace('.', '/'));
        call(() -> {
            Files.writeString(p, value);
            return null;
        });
    }

    private void loop() {
        while (!stopping || !tasks.isEmpty()) {
            try {
                tasks.take().run();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Ends the thread; its private mounts and its hold on the namespace go with it. */
    @Override
    public void close() {
        if (!stopping) {
            stopping = true;
            tasks.add(() -> { });
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
