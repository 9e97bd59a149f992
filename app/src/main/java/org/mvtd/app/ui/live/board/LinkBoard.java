package org.mvtd.app.ui.live.board;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.LongSupplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.mvtd.backend.monitor.LinkState;

/**
 * The live state of the watched links. The helper's reader thread only {@link #offer}s states into a
 * lock-free inbox; the FX thread {@link #drain}s the inbox once per pulse and applies the whole batch,
 * so a flap storm costs one map update per link per frame, never a runLater per event.
 */
public final class LinkBoard {
    private final ConcurrentLinkedQueue<Arrival> inbox = new ConcurrentLinkedQueue<>();
    private final ObservableMap<String, LiveLink> links = FXCollections.observableHashMap();
    private final Set<String> expectGone = new HashSet<>();
    private final LongSupplier clock;
    private long batches;

    private record Arrival(LinkState state, long nanos) {
    }

    public LinkBoard(LongSupplier clock) {
        this.clock = clock;
    }

    /** Any thread: queues a state from the helper, stamped with its arrival time. */
    public void offer(LinkState s) {
        inbox.add(new Arrival(s, clock.getAsLong()));
    }

    /** FX thread: applies everything queued since the last pulse; returns the links that changed. */
    public List<LiveLink> drain() {
        Map<String, LiveLink> changed = new LinkedHashMap<>();
        Arrival a;
        while ((a = inbox.poll()) != null) {
            LiveLink before = changed.getOrDefault(a.state().name(), links.get(a.state().name()));
            if (before == null) {
                continue; // no longer watched
            }
            LiveLink next = before.next(a.state(), a.nanos(), expectGone.contains(a.state().name()));
            if (!a.state().present()) {
                expectGone.remove(a.state().name());
            }
            changed.put(next.name(), next);
        }
        if (!changed.isEmpty()) {
            batches++;
            links.putAll(changed);
        }
        return new ArrayList<>(changed.values());
    }

    /** FX thread: watches exactly {@code names}; links kept keep their history, new ones start unknown. */
    public void watch(Collection<String> names) {
        Set<String> want = Set.copyOf(names);
        links.keySet().retainAll(want);
        for (String n : want) {
            links.putIfAbsent(n, LiveLink.unknown(n));
        }
    }

    /** Forgets everything (disconnected): the overlay disappears. */
    public void clear() {
        inbox.clear();
        links.clear();
        expectGone.clear();
    }

    /** The app is about to delete {@code names} (teardown, apply): their disappearance is not "vanished". */
    public void expectGone(Collection<String> names) {
        expectGone.addAll(names);
    }

    public ObservableMap<String, LiveLink> links() {
        return links;
    }

    public LiveLink get(String name) {
        return links.get(name);
    }

    /** How many non-empty batches were applied (tests and the benchmark read it). */
    public long batches() {
        return batches;
    }

    public long now() {
        return clock.getAsLong();
    }
}
