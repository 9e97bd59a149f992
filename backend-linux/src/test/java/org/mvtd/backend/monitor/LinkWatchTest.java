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
import org.mvtd.backend.link.Kernel;
import org.mvtd.backend.link.LinkEvent;
import org.mvtd.backend.link.LinkEventSink;
import org.mvtd.backend.link.LinkInfo;

/** However many feeds subscribe, the kernel is watched once and the same two workers serve them all. */
class LinkWatchTest {
    private final FakeKernel kernel = FakeKernel.withDevices("eth0", "eth1");
    private final AtomicReference<LinkEventSink> sink = new AtomicReference<>();
    private final AtomicInteger watchesOpened = new AtomicInteger();
    private final AtomicInteger watchesOpen = new AtomicInteger();
    private final Kernel view = kernel.withFeed(onEvent -> {
        watchesOpened.incrementAndGet();
        watchesOpen.incrementAndGet();
        sink.set(onEvent);
        return watchesOpen::decrementAndGet;
    });

    private static long feedThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("link-state-")).count();
    }

    private static void awaitNoFeedThreads() throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (feedThreads() > 0 && System.nanoTime() < until) {
            Thread.sleep(10);
        }
    }

    /** Counts the initial listing, and changes of eth0's MTU. */
    private static final class Counting implements LinkStateFeed.Listener {
        final CountDownLatch synced;
        final CountDownLatch changed;

        Counting(CountDownLatch synced, CountDownLatch changed) {
            this.synced = synced;
            this.changed = changed;
        }

        @Override
        public void state(LinkState s, boolean initial) {
            if (!initial && s.name().equals("eth0") && s.mtu() == 9000) {
                changed.countDown();
            }
        }

        @Override
        public void synced() {
            synced.countDown();
        }

        @Override
        public void failed(String reason) {
        }
    }

    @Test
    void fiftySubscribersShareOneWatchAndTwoThreadsAndAllGetEveryChange() throws Exception {
        awaitNoFeedThreads();
        int n = 50;
        LinkWatch watch = new LinkWatch(view);
        CountDownLatch synced = new CountDownLatch(n);
        CountDownLatch changed = new CountDownLatch(n);
        List<LinkStateFeed> feeds = new ArrayList<>();
        long threadsWithOne = 0;
        for (int i = 0; i < n; i++) {
            feeds.add(watch.subscribe(List.of("eth0", "eth1"), l -> false, new Counting(synced, changed)));
            if (i == 0) {
                threadsWithOne = feedThreads();
            }
        }
        assertThat(synced.await(10, TimeUnit.SECONDS)).as("every subscriber got its initial listing").isTrue();
        assertThat(threadsWithOne).as("threads of one subscriber").isEqualTo(2);
        assertThat(feedThreads()).as("threads of %d subscribers", n).isEqualTo(threadsWithOne);
        assertThat(watchesOpened.get()).as("kernel watches opened").isEqualTo(1);
        assertThat(watch.subscribers()).isEqualTo(n);

        sink.get().accept(LinkEvent.changed(new LinkInfo(2, "eth0", "", null, null, "02:00:00:00:00:03", "UP",
                List.of("BROADCAST", "UP", "LOWER_UP"), 9000, 0, null, null)));
        assertThat(changed.await(10, TimeUnit.SECONDS)).as("every subscriber got the change").isTrue();

        feeds.subList(1, n).forEach(LinkStateFeed::close);
        assertThat(watchesOpen.get()).as("the watch stays while one subscriber is left").isEqualTo(1);
        feeds.get(0).close();
        assertThat(watchesOpen.get()).as("the last subscriber out closes the watch").isZero();
        awaitNoFeedThreads();
        assertThat(feedThreads()).as("threads left once nobody subscribes").isZero();
    }

    @Test
    void aSubscriberAfterTheLastLeftStartsTheWatchAgain() throws Exception {
        LinkWatch watch = new LinkWatch(view);
        CountDownLatch first = new CountDownLatch(1);
        watch.subscribe(List.of("eth0"), l -> false, new Counting(first, new CountDownLatch(1))).close();
        CountDownLatch second = new CountDownLatch(1);
        try (LinkStateFeed f = watch.subscribe(List.of("eth1"), l -> false, new Counting(second, new CountDownLatch(1)))) {
            assertThat(second.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(watchesOpened.get()).isEqualTo(2);
            assertThat(watchesOpen.get()).isEqualTo(1);
        }
    }
}
