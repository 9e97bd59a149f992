package org.mvtd.backend.monitor;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
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
 * One kernel watch, one event worker and one dump worker for every {@link LinkStateFeed} subscribed to it: a
 * subscriber costs a few maps, not sockets and threads, so a helper watching for many clients still holds
 * one of each. The watch and workers start with the first subscriber and stop with the last, so an idle helper
 * holds none. Each dump is read once and judged by every feed for its own links.
 */
public final class LinkWatch {
    private static final Logger LOG = LoggerFactory.getLogger(LinkWatch.class);
    private static final long COUNTER_PERIOD_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final Kernel kernel;
    /** Guards the feeds' pending events and sequence numbers, and the flags below. */
    final ReentrantLock lock = new ReentrantLock();
    private final Condition eventsReady = lock.newCondition();
    private final Condition dumpWanted = lock.newCondition();
    private final List<LinkStateFeed> feeds = new CopyOnWriteArrayList<>();
    private long eventSeq;
    private boolean resync;
    /** The watcher reports burst ends: events are drained on its thread and the worker is not woken per event. */
    private boolean burstAware;
    private Workers workers;

    public LinkWatch(Kernel kernel) {
        this.kernel = Objects.requireNonNull(kernel, "kernel");
    }

    /** A watch, workers and their stop flag: one set per run from first subscriber to last. */
    private static final class Workers {
        volatile boolean closed;
        AutoCloseable watch;
        Thread events;
        Thread dumps;
    }

    /** Starts feeding {@code names} to {@code listener}: every state first, then {@code synced}, then changes. */
    public LinkStateFeed subscribe(List<String> names, Predicate<LinkInfo> ours, LinkStateFeed.Listener listener)
            throws IOException {
        LinkStateFeed f = new LinkStateFeed(this, names, Objects.requireNonNull(ours, "ours"),
                Objects.requireNonNull(listener, "listener"));
        synchronized (this) {
            if (workers == null) {
                workers = start();
            }
            feeds.add(f);
        }
        requestDump();
        return f;
    }

    /** The feeds subscribed now. */
    public int subscribers() {
        return feeds.size();
    }

    private Workers start() throws IOException {
        Workers w = new Workers();
        lock.lock();
        try {
            burstAware = false;
        } finally {
            lock.unlock();
        }
        w.watch = kernel.watch(new LinkEventSink() {
            @Override
            public void accept(LinkEvent e) {
                onEvent(e);
            }

            @Override
            public void burstEnd() {
                onBurstEnd();
            }
        });
        w.events = new Thread(() -> runEvents(w), "link-state-events");
        w.dumps = new Thread(() -> runDumps(w), "link-state-dumps");
        w.events.setDaemon(true);
        w.dumps.setDaemon(true);
        w.dumps.start();
        w.events.start();
        return w;
    }

    /** Called by a feed's close: the last one out stops the watch and the workers. */
    void unsubscribe(LinkStateFeed f) {
        Workers stop = null;
        synchronized (this) {
            feeds.remove(f);
            if (feeds.isEmpty() && workers != null) {
                stop = workers;
                workers = null;
            }
        }
        if (stop != null) {
            stop(stop);
        }
    }

    private void stop(Workers w) {
        w.closed = true;
        lock.lock();
        try {
            eventsReady.signalAll();
            dumpWanted.signalAll();
        } finally {
            lock.unlock();
        }
        try {
            w.watch.close();
        } catch (Exception e) {
            LOG.debug("closing link watch: {}", e.getMessage());
        }
        for (Thread t : new Thread[] {w.events, w.dumps}) {
            if (Thread.currentThread() != t) {
                try {
                    t.join(2000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private void onEvent(LinkEvent e) {
        if (e.resync()) {
            requestDump();
            return;
        }
        lock.lock();
        try {
            long seq = ++eventSeq;
            boolean any = false;
            for (LinkStateFeed f : feeds) {
                any |= f.offer(e, seq);
            }
            if (any && !burstAware) {
                eventsReady.signal();
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
        feeds.forEach(LinkStateFeed::drain);
    }

    private void runEvents(Workers w) {
        while (!w.closed) {
            lock.lock();
            try {
                // events wait (coalesced) until a feed's initial listing is out
                while (feeds.stream().noneMatch(LinkStateFeed::hasReadyEvents) && !w.closed) {
                    eventsReady.await();
                }
            } catch (InterruptedException e) {
                return;
            } finally {
                lock.unlock();
            }
            feeds.forEach(LinkStateFeed::drain);
        }
    }

    void requestDump() {
        lock.lock();
        try {
            resync = true;
            dumpWanted.signal();
        } finally {
            lock.unlock();
        }
    }

    /** A feed just sent its initial listing: its waiting events may go. */
    void wakeEvents() {
        lock.lock();
        try {
            eventsReady.signal();
        } finally {
            lock.unlock();
        }
    }

    private void runDumps(Workers w) {
        long nextCounters = System.nanoTime() + COUNTER_PERIOD_NANOS;
        while (!w.closed) {
            long startSeq;
            lock.lock();
            try {
                while (!resync && !w.closed && System.nanoTime() < nextCounters) {
                    dumpWanted.awaitNanos(nextCounters - System.nanoTime());
                }
                resync = false;
                startSeq = eventSeq;
            } catch (InterruptedException e) {
                return;
            } finally {
                lock.unlock();
            }
            if (w.closed) {
                return;
            }
            boolean counters = System.nanoTime() >= nextCounters;
            if (counters) {
                nextCounters = System.nanoTime() + COUNTER_PERIOD_NANOS;
            }
            List<LinkStateFeed> now = List.copyOf(feeds);
            List<LinkInfo> links;
            try {
                links = kernel.links();
            } catch (KernelException e) {
                LOG.warn("cannot read link state: {}", e.getMessage());
                now.forEach(f -> f.failed(e.getMessage()));
                if (now.stream().anyMatch(LinkStateFeed::isSynced)) {
                    requestDump();
                }
                continue;
            }
            for (LinkStateFeed f : now) {
                f.dumped(links, counters, startSeq);
            }
        }
    }
}
