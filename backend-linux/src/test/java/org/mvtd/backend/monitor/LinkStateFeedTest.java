package org.mvtd.backend.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.mvtd.backend.link.FakeKernel;
import org.mvtd.backend.link.LinkEvent;
import org.mvtd.backend.link.LinkInfo;
import org.mvtd.backend.link.LinkStats;

class LinkStateFeedTest {

    /** A fake kernel whose monitor events are pushed by the test. */
    private static final class Pushing {
        final FakeKernel kernel = FakeKernel.withDevices("eth0", "eth1");
        final AtomicReference<org.mvtd.backend.link.LinkEventSink> sink = new AtomicReference<>();
        final org.mvtd.backend.link.Kernel view = kernel.withFeed(onEvent -> {
            sink.set(onEvent);
            return () -> sink.set(null);
        });
    }

    /** A listener that counts down {@code synced} and ignores failures; tests record the states. */
    private abstract static class Recorder implements LinkStateFeed.Listener {
        private final CountDownLatch synced;

        Recorder(CountDownLatch synced) {
            this.synced = synced;
        }

        @Override
        public void synced() {
            synced.countDown();
        }

        @Override
        public void failed(String reason) {
        }
    }

    private static LinkInfo eth0(boolean up, int mtu) {
        return new LinkInfo(2, "eth0", "", null, null, "02:00:00:00:00:03", up ? "UP" : "DOWN",
                up ? List.of("BROADCAST", "UP", "LOWER_UP") : List.of("BROADCAST"), mtu, 0, null, null);
    }

    @Test
    void everythingFirstThenChangesFromEventsWithoutADump() throws Exception {
        Pushing p = new Pushing();
        List<String> seen = new ArrayList<>();
        CountDownLatch synced = new CountDownLatch(1);
        CountDownLatch changed = new CountDownLatch(1);
        try (LinkStateFeed f = LinkStateFeed.start(p.view, List.of("eth0", "eth1", "gone0"), l -> false, new Recorder(synced) {
            @Override
            public void state(LinkState s, boolean initial) {
                synchronized (seen) {
                    seen.add((initial ? "initial " : "change ") + s.name() + " " + s.operstate() + " " + s.mtu());
                }
                if (!initial) {
                    changed.countDown();
                }
            }
        })) {
            assertThat(synced.await(5, TimeUnit.SECONDS)).isTrue();
            p.sink.get().accept(LinkEvent.changed(eth0(true, 9000)));
            assertThat(changed.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(seen).containsExactly("initial eth0 up 1500", "initial eth1 up 1500", "initial gone0 absent 0",
                "change eth0 up 9000");
    }

    @Test
    void aStormOfAHundredThousandEventsIsCoalescedAndEndsInTheLastState() throws Exception {
        Pushing p = new Pushing();
        AtomicInteger delivered = new AtomicInteger();
        AtomicReference<LinkState> last = new AtomicReference<>();
        CountDownLatch synced = new CountDownLatch(1);
        try (LinkStateFeed f = LinkStateFeed.start(p.view, List.of("eth0"), l -> false, new Recorder(synced) {
            @Override
            public void state(LinkState s, boolean initial) {
                if (!initial) {
                    delivered.incrementAndGet();
                    last.set(s);
                    // a slow client: the storm must wait in one slot per link, not in a queue
                    LockSupportPause.pause();
                }
            }
        })) {
            assertThat(synced.await(5, TimeUnit.SECONDS)).isTrue();
            int storm = 100_000;
            for (int i = 0; i < storm; i++) {
                p.sink.get().accept(LinkEvent.changed(eth0(i % 2 == 0, 1000 + i % 7)));
            }
            p.sink.get().accept(LinkEvent.changed(eth0(true, 1234)));
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while ((last.get() == null || last.get().mtu() != 1234) && System.nanoTime() < end) {
                Thread.onSpinWait();
            }
            assertThat(last.get().mtu()).as("the final state arrives").isEqualTo(1234);
            assertThat(delivered.get()).as("coalesced, not one per event").isLessThan(storm / 10);
        }
    }

    @Test
    void aBurstEndSendsOnTheWatchersOwnThreadWithOneUpdatePerLink() throws Exception {
        Pushing p = new Pushing();
        List<String> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
        CountDownLatch synced = new CountDownLatch(1);
        try (LinkStateFeed f = LinkStateFeed.start(p.view, List.of("eth0"), l -> false, new Recorder(synced) {
            @Override
            public void state(LinkState s, boolean initial) {
                if (!initial) {
                    sent.add(Thread.currentThread().getName() + " " + s.mtu());
                }
            }
        })) {
            assertThat(synced.await(5, TimeUnit.SECONDS)).isTrue();
            String me = Thread.currentThread().getName();
            p.sink.get().burstEnd(); // as RtnlMonitor does when it starts: nothing queued yet
            // a burst: three events for one link, then the watcher has nothing more queued
            p.sink.get().accept(LinkEvent.changed(eth0(true, 1400)));
            p.sink.get().accept(LinkEvent.changed(eth0(true, 1450)));
            p.sink.get().accept(LinkEvent.changed(eth0(true, 1480)));
            p.sink.get().burstEnd();
            assertThat(sent).as("sent before burstEnd returned, on the watcher's thread, coalesced").containsExactly(me + " 1480");
            p.sink.get().accept(LinkEvent.changed(eth0(false, 1480)));
            p.sink.get().burstEnd();
            assertThat(sent).containsExactly(me + " 1480", me + " 1480");
        }
    }

    /** About a millisecond's pause per delivered event, like a client busy drawing. */
    private static final class LockSupportPause {
        static void pause() {
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        }
    }

    /**
     * Apply creates a link, then sets its alias in a second request; a dump between the two sees the link
     * without it. The alias arriving in the next event makes the link ours: the verdict is not kept from the dump.
     */
    @Test
    void anAliasArrivingInAnEventAfterTheDumpMakesTheLinkOurs() throws Exception {
        Pushing p = new Pushing();
        List<LinkState> changes = new java.util.concurrent.CopyOnWriteArrayList<>();
        CountDownLatch synced = new CountDownLatch(1);
        try (LinkStateFeed f = LinkStateFeed.start(p.view, List.of("mvt0"), l -> "ours".equals(l.alias()), new Recorder(synced) {
            @Override
            public void state(LinkState s, boolean initial) {
                if (!initial) {
                    changes.add(s);
                }
            }
        })) {
            assertThat(synced.await(5, TimeUnit.SECONDS)).isTrue();
            p.kernel.put(mvt0(false, null));
            p.sink.get().accept(LinkEvent.changed(mvt0(false, null)));
            awaitSize(changes, 1);
            assertThat(changes.get(0).ours()).isFalse();
            p.sink.get().accept(LinkEvent.changed(mvt0(true, "ours")));
            awaitSize(changes, 2);
            assertThat(changes.get(1).ours()).as("the state after the alias event").isTrue();
            assertThat(changes.get(1).adminUp()).isTrue();
        }
    }

    private static LinkInfo mvt0(boolean up, String alias) {
        return new LinkInfo(7, "mvt0", "macvtap", "bridge", "eth0", "02:00:00:00:00:07", up ? "UP" : "DOWN",
                up ? List.of("BROADCAST", "UP", "LOWER_UP") : List.of("BROADCAST"), 1500, 0, alias, null);
    }

    private static void awaitSize(List<?> l, int n) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (l.size() < n && System.nanoTime() < end) {
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        }
        assertThat(l).hasSizeGreaterThanOrEqualTo(n);
    }

    @Test
    void aResyncRereadsEverythingSoLostEventsDoNotLeaveStaleState() throws Exception {
        Pushing p = new Pushing();
        List<LinkState> changes = new java.util.concurrent.CopyOnWriteArrayList<>();
        CountDownLatch synced = new CountDownLatch(1);
        try (LinkStateFeed f = LinkStateFeed.start(p.view, List.of("eth1"), l -> false, new Recorder(synced) {
            @Override
            public void state(LinkState s, boolean initial) {
                if (!initial) {
                    changes.add(s);
                }
            }
        })) {
            assertThat(synced.await(5, TimeUnit.SECONDS)).isTrue();
            // the kernel changed, its event was lost (ENOBUFS): only a resync tells
            p.kernel.put(new LinkInfo(3, "eth1", "", null, null, "02:00:00:00:00:04", "DOWN", List.of("BROADCAST"), 1500, 0, null,
                    LinkStats.ZERO));
            p.sink.get().accept(LinkEvent.RESYNC);
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (changes.isEmpty() && System.nanoTime() < end) {
                Thread.onSpinWait();
            }
            assertThat(changes).extracting(LinkState::operstate).containsExactly("down");
        }
    }

    @Test
    void aSubscriberWhosePipeClosedEndsTheFeedWithoutAnExceptionOnAnyThread() throws Exception {
        Pushing p = new Pushing();
        List<Throwable> uncaught = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch synced = new CountDownLatch(1);
        CountDownLatch gone = new CountDownLatch(1);
        try (LinkStateFeed f = LinkStateFeed.start(p.view, List.of("eth0"), l -> false, new Recorder(synced) {
            @Override
            public void state(LinkState s, boolean initial) {
                if (!initial) {
                    calls.incrementAndGet();
                    gone.countDown();
                    throw new java.io.UncheckedIOException("client went away: pipe closed",
                            new java.io.IOException("pipe closed"));
                }
            }
        })) {
            assertThat(synced.await(5, TimeUnit.SECONDS)).isTrue();
            p.sink.get().accept(LinkEvent.changed(eth0(false, 1500)));
            assertThat(gone.await(5, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 50; i++) {
                p.sink.get().accept(LinkEvent.changed(eth0(i % 2 == 0, 1500 + i)));
            }
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
        assertThat(uncaught).as("exceptions that escaped to a thread").isEmpty();
        assertThat(calls.get()).as("nothing more is sent to a subscriber that is gone").isEqualTo(1);
    }
}
