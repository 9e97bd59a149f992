package org.mvtd.backend.monitor;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import org.mvtd.backend.link.Kernel;
import org.mvtd.backend.link.KernelException;
import org.mvtd.backend.link.LinkEvent;
import org.mvtd.backend.link.LinkInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes the state of a set of links: every link first, then changes, then counters once a second.
 *
 * <p>A kernel event for a watched link replaces that link's pending event (one slot per link), so a storm
 * of any rate leaves at most one pending update per link: nothing queues up and memory stays flat. One
 * worker drains the slots and sends each link whose state changed, straight from the event (no process
 * on the hot path). It re-reads the whole table with a dump when events may have been lost (ENOBUFS, a
 * restarted monitor), when a link appears (its alias is not in the event), and once a second for counters.
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
    private final Set<String> watched;
    private final Predicate<LinkInfo> ours;
    private final Listener listener;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private Map<String, LinkEvent> pending = new LinkedHashMap<>();
    private final Map<String, LinkState> last = new HashMap<>();
    private final Thread worker;
    private boolean resync = true;
    private volatile boolean closed;
    private AutoCloseable watch;

    private LinkStateFeed(Kernel kernel, List<String> names, Predicate<LinkInfo> ours, Listener listener) {
        this.kernel = kernel;
        this.names = List.copyOf(names);
        this.watched = new LinkedHashSet<>(names);
        this.ours = ours;
        this.listener = listener;
        this.worker = new Thread(this::run, "link-state-feed");
        this.worker.setDaemon(true);
    }

    public static LinkStateFeed start(Kernel kernel, List<String> names, Predicate<LinkInfo> ours, Listener listener)
            throws java.io.IOException {
        LinkStateFeed f = new LinkStateFeed(Objects.requireNonNull(kernel, "kernel"), names,
                Objects.requireNonNull(ours, "ours"), Objects.requireNonNull(listener, "listener"));
        f.watch = kernel.watch(f::onEvent);
        f.worker.start();
        return f;
    }

    private void onEvent(LinkEvent e) {
        if (!e.resync() && !watched.contains(e.name())) {
            return;
        }
        lock.lock();
        try {
            if (e.resync()) {
                resync = true;
            } else {
                pending.put(e.name(), e);
            }
            wake.signal();
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        boolean initial = true;
        long nextCounters = System.nanoTime() + COUNTER_PERIOD_NANOS;
        while (!closed) {
            Map<String, LinkEvent> events;
            boolean full;
            lock.lock();
            try {
                while (!resync && pending.isEmpty() && !closed && System.nanoTime() < nextCounters) {
                    wake.awaitNanos(nextCounters - System.nanoTime());
                }
                events = pending;
                pending = new LinkedHashMap<>();
                full = resync;
                resync = false;
            } catch (InterruptedException e) {
                return;
            } finally {
                lock.unlock();
            }
            if (closed) {
                return;
            }
            boolean counters = System.nanoTime() >= nextCounters;
            if (counters) {
                nextCounters = System.nanoTime() + COUNTER_PERIOD_NANOS;
            }
            if (!full && !counters && fromEvents(events)) {
                continue;
            }
            try {
                publish(kernel.links(), initial, counters);
            } catch (KernelException e) {
                LOG.warn("cannot read link state: {}", e.getMessage());
                listener.failed(e.getMessage());
                markResync();
                continue;
            }
            if (initial) {
                listener.synced();
                initial = false;
            }
        }
    }

    private void markResync() {
        lock.lock();
        try {
            resync = true;
        } finally {
            lock.unlock();
        }
    }

    /** Sends what the events tell; false when one of them needs a dump (a link appeared). */
    private boolean fromEvents(Map<String, LinkEvent> events) {
        for (LinkEvent e : events.values()) {
            LinkState before = last.get(e.name());
            if (e.info() != null && (before == null || !before.present())) {
                return false;
            }
        }
        for (LinkEvent e : events.values()) {
            LinkState before = last.get(e.name());
            LinkState now = e.info() == null ? LinkState.absent(e.name()) : merge(before, e.info());
            if (before == null || !before.sameState(now)) {
                last.put(e.name(), now);
                listener.state(now, false);
            }
        }
        return true;
    }

    /** The event's state, with what an event does not carry (counters, ownership) kept from before. */
    private static LinkState merge(LinkState before, LinkInfo l) {
        return new LinkState(l.name(), true, l.operstate().toLowerCase(Locale.ROOT), l.carrier(), l.adminUp(), l.mtu(),
                l.mac() != null ? l.mac() : before.mac(), before.stats(), before.ours());
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
        lock.lock();
        try {
            wake.signal();
        } finally {
            lock.unlock();
        }
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
