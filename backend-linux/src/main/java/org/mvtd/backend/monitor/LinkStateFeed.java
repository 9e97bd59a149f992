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
import org.mvtd.backend.link.LinkEventSink;
import org.mvtd.backend.link.LinkInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes the state of a set of links: every link first, then changes, then counters once a second.
 *
 * <p>A kernel event for a watched link replaces that link's pending event (one slot per link), so a storm
 * of any rate leaves at most one pending update per link: nothing queues up and memory stays flat. When the
 * kernel's watcher says a burst is over ({@link LinkEventSink#burstEnd}) the slots are drained right on its
 * thread, so a lone event reaches the listener without waking another thread; an event worker drains them
 * for watchers that cannot tell. Each link whose state changed is sent straight from the event (no process
 * on the hot path). A second worker re-reads the whole table: when events may have been lost
 * (ENOBUFS, a restarted monitor), when a link appears (its alias is not in the event), and once a second
 * for counters. Dumps never hold up events: a dump's row for a link that had an event after the dump began
 * is older than that event and is not sent.
 */
public final class LinkStateFeed implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LinkStateFeed.class);
    private static final long COUNTER_PERIOD_NANOS = TimeUnit.SECONDS.toNanos(1);

    /** Receives the feed, from one thread at a time. */
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
    private final Condition eventsReady = lock.newCondition();
    private final Condition dumpWanted = lock.newCondition();
    /** Guards {@link #last} and serialises calls to the listener. */
    private final Object publish = new Object();
    private final Map<String, LinkState> last = new HashMap<>();
    private final Map<String, Long> eventSeqOf = new HashMap<>();
    private final Thread eventWorker;
    private final Thread dumpWorker;
    private Map<String, LinkEvent> pending = new LinkedHashMap<>();
    private long eventSeq;
    private boolean resync = true;
    /** The watcher reports burst ends: events are drained on its thread and the worker is not woken per event. */
    private boolean burstAware;
    private boolean synced;
    private volatile boolean closed;
    private AutoCloseable watch;

    private LinkStateFeed(Kernel kernel, List<String> names, Predicate<LinkInfo> ours, Listener listener) {
        this.kernel = kernel;
        this.names = List.copyOf(names);
        this.watched = new LinkedHashSet<>(names);
        this.ours = ours;
        this.listener = new StopWhenGone(listener);
        this.eventWorker = new Thread(this::runEvents, "link-state-events");
        this.dumpWorker = new Thread(this::runDumps, "link-state-dumps");
        this.eventWorker.setDaemon(true);
        this.dumpWorker.setDaemon(true);
    }

    public static LinkStateFeed start(Kernel kernel, List<String> names, Predicate<LinkInfo> ours, Listener listener)
            throws java.io.IOException {
        LinkStateFeed f = new LinkStateFeed(Objects.requireNonNull(kernel, "kernel"), names,
                Objects.requireNonNull(ours, "ours"), Objects.requireNonNull(listener, "listener"));
        f.watch = kernel.watch(new LinkEventSink() {
            @Override
            public void accept(LinkEvent e) {
                f.onEvent(e);
            }

            @Override
            public void burstEnd() {
                f.onBurstEnd();
            }
        });
        f.dumpWorker.start();
        f.eventWorker.start();
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
                dumpWanted.signal();
            } else {
                eventSeqOf.put(e.name(), ++eventSeq);
                pending.put(e.name(), e);
                if (!burstAware) {
                    eventsReady.signal();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private void onBurstEnd() {
        lock.lock();
        try {
            burstAware = true;
        } finally {
            lock.unlock();
        }
        drain();
    }

    private void runEvents() {
        while (!closed) {
            lock.lock();
            try {
                // events wait (coalesced) until the initial listing is out
                while ((pending.isEmpty() || !synced) && !closed) {
                    eventsReady.await();
                }
            } catch (InterruptedException e) {
                return;
            } finally {
                lock.unlock();
            }
            drain();
        }
    }

    /**
     * Sends what the pending events tell, once the initial listing is out. Taking the slots and sending them
     * happen under one monitor, so two drains (watcher thread, worker) never send an older state last.
     */
    private void drain() {
        boolean complete;
        synchronized (publish) {
            Map<String, LinkEvent> events;
            lock.lock();
            try {
                if (closed || !synced || pending.isEmpty()) {
                    return;
                }
                events = pending;
                pending = new LinkedHashMap<>();
            } finally {
                lock.unlock();
            }
            complete = fromEvents(events);
        }
        if (!complete) {
            requestDump();
        }
    }

    private void runDumps() {
        boolean initial = true;
        long nextCounters = System.nanoTime() + COUNTER_PERIOD_NANOS;
        while (!closed) {
            long startSeq;
            lock.lock();
            try {
                while (!resync && !closed && System.nanoTime() < nextCounters) {
                    dumpWanted.awaitNanos(nextCounters - System.nanoTime());
                }
                resync = false;
                startSeq = eventSeq;
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
            List<LinkInfo> links;
            try {
                links = kernel.links();
            } catch (KernelException e) {
                LOG.warn("cannot read link state: {}", e.getMessage());
                synchronized (publish) {
                    listener.failed(e.getMessage());
                }
                if (!initial) {
                    requestDump();
                }
                continue;
            }
            publish(links, initial, counters, startSeq);
            if (initial) {
                initial = false;
                // Synced before the marker goes out, under the publish lock: a change drained meanwhile
                // waits for that lock, so it still follows the marker, and none is left waiting for a worker.
                synchronized (publish) {
                    lock.lock();
                    try {
                        synced = true;
                    } finally {
                        lock.unlock();
                    }
                    listener.synced();
                }
                lock.lock();
                try {
                    eventsReady.signal();
                } finally {
                    lock.unlock();
                }
            }
        }
    }

    private void requestDump() {
        lock.lock();
        try {
            resync = true;
            dumpWanted.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Sends what the events tell (holding {@link #publish}); false when one needs a dump (a link appeared). */
    private boolean fromEvents(Map<String, LinkEvent> events) {
        boolean complete = true;
        for (LinkEvent e : events.values()) {
            LinkState before = last.get(e.name());
            if (e.info() != null && (before == null || !before.present())) {
                complete = false;
                continue;
            }
            LinkState now = e.info() == null ? LinkState.absent(e.name()) : merge(before, e.info(), ours);
            if (before == null || !before.sameState(now)) {
                last.put(e.name(), now);
                listener.state(now, false);
            }
        }
        return complete;
    }

    /**
     * The event's state, with what an event does not carry (counters) kept from before. Ownership is judged
     * again when the event carries an alias: apply creates a link and sets its alias in a second request, so a
     * dump between the two saw the link without it, and keeping that verdict would show our link as foreign.
     */
    private static LinkState merge(LinkState before, LinkInfo l, Predicate<LinkInfo> ours) {
        boolean owned = l.alias() != null ? ours.test(l) : before.ours();
        return new LinkState(l.name(), true, l.operstate().toLowerCase(Locale.ROOT), l.carrier(), l.adminUp(), l.mtu(),
                l.mac() != null ? l.mac() : before.mac(), before.stats(), owned);
    }

    private void publish(List<LinkInfo> links, boolean initial, boolean counters, long startSeq) {
        Map<String, LinkInfo> byName = new HashMap<>();
        links.forEach(l -> byName.put(l.name(), l));
        Map<String, Long> seqs;
        lock.lock();
        try {
            seqs = new HashMap<>(eventSeqOf);
        } finally {
            lock.unlock();
        }
        synchronized (publish) {
            for (String n : names) {
                LinkInfo l = byName.get(n);
                LinkState now = l == null ? LinkState.absent(n) : LinkState.of(l, ours.test(l));
                LinkState before = last.get(n);
                if (!initial && before != null && seqs.getOrDefault(n, 0L) > startSeq) {
                    continue; // an event newer than this dump already told (or will tell) this link's state
                }
                boolean send = initial || before == null || !before.sameState(now)
                        || (counters && !before.stats().equals(now.stats()));
                if (send) {
                    last.put(n, now);
                    listener.state(now, initial);
                }
            }
        }
    }

    /** Stops the workers without joining them: safe from any thread, also one holding the listener. */
    private void stop() {
        closed = true;
        lock.lock();
        try {
            eventsReady.signalAll();
            dumpWanted.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * A subscriber whose pipe has closed (the client went away) ends the feed quietly: its workers must
     * not die with an exception on a background thread. The session closes the watch when it ends.
     */
    private final class StopWhenGone implements Listener {
        private final Listener inner;

        StopWhenGone(Listener inner) {
            this.inner = inner;
        }

        @Override
        public void state(LinkState state, boolean initial) {
            guard(() -> inner.state(state, initial));
        }

        @Override
        public void synced() {
            guard(inner::synced);
        }

        @Override
        public void failed(String reason) {
            guard(() -> inner.failed(reason));
        }

        private void guard(Runnable call) {
            if (closed) {
                return;
            }
            try {
                call.run();
            } catch (java.io.UncheckedIOException e) {
                LOG.debug("subscriber gone ({}); the link-state feed stops", e.getMessage());
                stop();
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        lock.lock();
        try {
            eventsReady.signalAll();
            dumpWanted.signalAll();
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
        for (Thread t : new Thread[] {eventWorker, dumpWorker}) {
            if (Thread.currentThread() != t) {
                try {
                    t.join(2000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
