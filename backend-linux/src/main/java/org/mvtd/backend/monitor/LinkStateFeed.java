package org.mvtd.backend.monitor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import org.mvtd.backend.link.Kernel;
import org.mvtd.backend.link.KernelException;
import org.mvtd.backend.link.LinkInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes the state of a set of links: every link first, then changes. Kernel events only raise a dirty
 * bit; one worker re-reads the whole table when the bit is set and sends each link whose state changed,
 * at most once per re-read. A storm of any rate therefore costs one dump at a time and at most one pending
 * update per link: nothing queues up, nothing grows. Every re-read is a full dump, so lost events (ENOBUFS,
 * a restarted monitor) resynchronise by themselves. Counters go out once a second.
 */
public final class LinkStateFeed implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LinkStateFeed.class);
    private static final long COUNTER_PERIOD_NANOS = TimeUnit.SECONDS.toNanos(1);

    /** Receives the feed on the feed's own thread. */
    public interface Listener {
        void state(LinkState state, boolean initial);

        /** After the initial states: from now on only changes. */
        void synced();

        void failed(String reason);
    }

    private final Kernel kernel;
    private final List<String> names;
    private final Predicate<LinkInfo> ours;
    private final Listener listener;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private final Map<String, LinkState> last = new HashMap<>();
    private final Thread worker;
    private boolean dirty = true;
    private volatile boolean closed;
    private AutoCloseable watch;

    private LinkStateFeed(Kernel kernel, List<String> names, Predicate<LinkInfo> ours, Listener listener) {
        this.kernel = kernel;
        this.names = List.copyOf(names);
        this.ours = ours;
        this.listener = listener;
        this.worker = new Thread(this::run, "link-state-feed");
        this.worker.setDaemon(true);
    }

    public static LinkStateFeed start(Kernel kernel, List<String> names, Predicate<LinkInfo> ours, Listener listener)
            throws java.io.IOException {
        LinkStateFeed f = new LinkStateFeed(Objects.requireNonNull(kernel, "kernel"), names,
                Objects.requireNonNull(ours, "ours"), Objects.requireNonNull(listener, "listener"));
        f.watch = kernel.watch(f::markDirty);
        f.worker.start();
        return f;
    }

    private void markDirty() {
        lock.lock();
        try {
            dirty = true;
            wake.signal();
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        boolean initial = true;
        long nextCounters = System.nanoTime() + COUNTER_PERIOD_NANOS;
        while (!closed) {
            boolean counters;
            lock.lock();
            try {
                while (!dirty && !closed && System.nanoTime() < nextCounters) {
                    wake.awaitNanos(nextCounters - System.nanoTime());
                }
                dirty = false;
            } catch (InterruptedException e) {
                return;
            } finally {
                lock.unlock();
            }
            if (closed) {
                return;
            }
            counters = System.nanoTime() >= nextCounters;
            if (counters) {
                nextCounters = System.nanoTime() + COUNTER_PERIOD_NANOS;
            }
            try {
                publish(kernel.links(), initial, counters);
            } catch (KernelException e) {
                LOG.warn("cannot read link state: {}", e.getMessage());
                listener.failed(e.getMessage());
                continue;
            }
            if (initial) {
                listener.synced();
                initial = false;
            }
        }
    }

    private void publish(List<LinkInfo> links, boolean initial, boolean counters) {
        Map<String, LinkInfo> byName = new HashMap<>();
        links.forEach(l -> byName.put(l.name(), l));
        for (String n : names) {
            LinkInfo l = byName.get(n);
            LinkState now = l == null ? LinkState.absent(n) : LinkState.of(l, ours.test(l));
            LinkState before = last.get(n);
            boolean send = initial || before == null || !before.sameState(now)
                    || (counters && !before.stats().equals(now.stats()));
            if (send) {
                last.put(n, now);
                listener.state(now, initial);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        markDirty();
        try {
            if (watch != null) {
                watch.close();
            }
        } catch (Exception e) {
            LOG.debug("closing link watch: {}", e.getMessage());
        }
        if (Thread.currentThread() != worker) {
            try {
                worker.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
