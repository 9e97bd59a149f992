package org.mvtd.backend.monitor;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.mvtd.backend.link.Kernel;
import org.mvtd.backend.link.LinkEvent;
import org.mvtd.backend.link.LinkEventSink;
import org.mvtd.backend.link.LinkInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes the state of a set of links to one listener: every link first, then changes, then counters once a
 * second. The kernel watch and the threads are its {@link LinkWatch}'s, shared with every other feed.
 *
 * <p>A kernel event for a watched link replaces that link's pending event (one slot per link), so a storm
 * of any rate leaves at most one pending update per link: nothing queues up and memory stays flat. When the
 * kernel's watcher says a burst is over ({@link LinkEventSink#burstEnd}) the slots are drained right on its
 * thread, so a lone event reaches the listener without waking another thread; the watch's event worker drains
 * them for watchers that cannot tell. Each link whose state changed is sent straight from the event (no process
 * on the hot path). The dump worker re-reads the whole table: when events may have been lost
 * (ENOBUFS, a restarted monitor), when a link appears (its alias is not in the event), and once a second
 * for counters. Dumps never hold up events: a dump's row for a link that had an event after the dump began
 * is older than that event and is not sent.
 */
public final class LinkStateFeed implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LinkStateFeed.class);

    /** Receives the feed, from one thread at a time. */
    public interface Listener {
        void state(LinkState state, boolean initial);

        /** After the initial states: from now on only changes. */
        void synced();

        void failed(String reason);
    }

    private final LinkWatch hub;
    private final List<String> names;
    private final Set<String> watched;
    private final Predicate<LinkInfo> ours;
    private final Listener listener;
    /** Guards {@link #last} and serialises calls to the listener. */
    private final Object publish = new Object();
    private final Map<String, LinkState> last = new HashMap<>();
    /** Guarded by the hub's lock, as are {@link #pending} and {@link #synced}. */
    private final Map<String, Long> eventSeqOf = new HashMap<>();
    private Map<String, LinkEvent> pending = new LinkedHashMap<>();
    private boolean synced;
    private volatile boolean closed;

    LinkStateFeed(LinkWatch hub, List<String> names, Predicate<LinkInfo> ours, Listener listener) {
        this.hub = hub;
        this.names = List.copyOf(names);
        this.watched = new LinkedHashSet<>(names);
        this.ours = ours;
        this.listener = new StopWhenGone(listener);
    }

    /** A feed with a watch of its own (tests, single watchers); closing the feed stops the watch. */
    public static LinkStateFeed start(Kernel kernel, List<String> names, Predicate<LinkInfo> ours, Listener listener)
            throws java.io.IOException {
        return new LinkWatch(Objects.requireNonNull(kernel, "kernel")).subscribe(names, ours, listener);
    }

    /** Takes {@code e} if it is about a watched link (under the hub's lock); true when it did. */
    boolean offer(LinkEvent e, long seq) {
        if (closed || !watched.contains(e.name())) {
            return false;
        }
        eventSeqOf.put(e.name(), seq);
        pending.put(e.name(), e);
        return true;
    }

    /** Events wait for the worker (under the hub's lock). */
    boolean hasReadyEvents() {
        return synced && !pending.isEmpty() && !closed;
    }

    boolean isSynced() {
        hub.lock.lock();
        try {
            return synced;
        } finally {
            hub.lock.unlock();
        }
    }

    /**
     * Sends what the pending events tell, once the initial listing is out. Taking the slots and sending them
     * happen under one monitor, so two drains (watcher thread, worker) never send an older state last.
     */
    void drain() {
        boolean complete;
        synchronized (publish) {
            Map<String, LinkEvent> events;
            hub.lock.lock();
            try {
                if (closed || !synced || pending.isEmpty()) {
                    return;
                }
                events = pending;
                pending = new LinkedHashMap<>();
            } finally {
                hub.lock.unlock();
            }
            complete = fromEvents(events);
        }
        if (!complete) {
            hub.requestDump();
        }
    }

    void failed(String reason) {
        synchronized (publish) {
            listener.failed(reason);
        }
    }

    /** One dump read by the hub, begun at event {@code startSeq}: the initial listing, or what changed. */
    void dumped(List<LinkInfo> links, boolean counters, long startSeq) {
        if (closed) {
            return;
        }
        boolean initial = !isSynced();
        publish(links, initial, counters, startSeq);
        if (initial) {
            // Synced before the marker goes out, under the publish lock: a change drained meanwhile
            // waits for that lock, so it still follows the marker, and none is left waiting for a worker.
            synchronized (publish) {
                hub.lock.lock();
                try {
                    synced = true;
                } finally {
                    hub.lock.unlock();
                }
                listener.synced();
            }
            hub.wakeEvents();
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
        hub.lock.lock();
        try {
            seqs = new HashMap<>(eventSeqOf);
        } finally {
            hub.lock.unlock();
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

    /**
     * A subscriber whose pipe has closed (the client went away) ends the feed quietly: the shared workers must
     * not die with an exception, nor go on writing to it. The session closes the feed when it ends.
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
                LOG.debug("subscriber gone ({}); its link-state feed stops", e.getMessage());
                closed = true;
            }
        }
    }

    /** Stops this feed; the watch stops when it was the last. */
    @Override
    public void close() {
        closed = true;
        hub.unsubscribe(this);
    }
}
