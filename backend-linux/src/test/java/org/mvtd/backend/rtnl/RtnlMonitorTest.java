package org.mvtd.backend.rtnl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mvtd.backend.ip.IpResult;
import org.mvtd.backend.link.LinkEvent;
import org.mvtd.backend.link.Netns;

/** What the monitor does when the kernel had to drop events, against the real kernel in a test namespace. */
class RtnlMonitorTest {

    @Test
    void anOverflowedBufferBecomesAResyncAndTheMonitorGoesOn() throws Exception {
        Netns.assumeRoot();
        try (Netns ns = Netns.create("rtnlnobufs")) {
            CountDownLatch firstEvent = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch resynced = new CountDownLatch(1);
            CountDownLatch lastSeen = new CountDownLatch(1);
            AtomicInteger events = new AtomicInteger();
            AtomicInteger resyncs = new AtomicInteger();
            // The smallest buffer the kernel allows, and a sink that stalls on the first event: the next
            // hundreds of events cannot fit, as with a slow reader of a burst.
            try (RtnlMonitor m = RtnlMonitor.start(ns.name(), 1, e -> {
                if (e.resync()) {
                    resyncs.incrementAndGet();
                    resynced.countDown();
                    return;
                }
                events.incrementAndGet();
                if ("last0".equals(e.name())) {
                    lastSeen.countDown();
                }
                if (firstEvent.getCount() > 0) {
                    firstEvent.countDown();
                    await(release);
                }
            })) {
                ns.ip("link", "add", "link", "eth0", "name", "first0", "type", "macvlan", "mode", "bridge");
                assertThat(firstEvent.await(10, TimeUnit.SECONDS)).as("first event").isTrue();
                List<String> lines = new ArrayList<>();
                for (int i = 0; i < 300; i++) {
                    lines.add("link add link eth0 name fl" + i + " type macvlan mode bridge");
                }
                IpResult r = ns.ip().batch(lines, false);
                assertThat(r.ok()).as(r.stderr()).isTrue();
                release.countDown();
                assertThat(resynced.await(10, TimeUnit.SECONDS)).as("ENOBUFS told as a resync").isTrue();
                assertThat(events.get()).as("events were lost").isLessThan(301);
                int resyncsBefore = resyncs.get();
                ns.ip("link", "add", "link", "eth0", "name", "last0", "type", "macvlan", "mode", "bridge");
                // With the kernel's smallest buffer the new link's messages may overflow it again; then the
                // monitor must say so with another resync. Either way it is still reading.
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (lastSeen.getCount() > 0 && resyncs.get() == resyncsBefore && System.nanoTime() < end) {
                    lastSeen.await(20, TimeUnit.MILLISECONDS);
                }
                assertThat(lastSeen.getCount() == 0 || resyncs.get() > resyncsBefore)
                        .as("the monitor goes on after the overflow (last0 seen, or a new resync told)").isTrue();
            }
        }
    }

    @Test
    void theDefaultBufferTakesABurstOfThousandsWithoutLoss() throws Exception {
        Netns.assumeRoot();
        try (Netns ns = Netns.create("rtnlburst")) {
            CountDownLatch adds = new CountDownLatch(2000);
            CountDownLatch resynced = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            try (RtnlMonitor m = RtnlMonitor.start(ns.name(), e -> {
                if (e.resync()) {
                    resynced.countDown();
                } else if (e.name().startsWith("bu") && e.info() != null) {
                    await(release); // a reader held up for the whole burst
                    adds.countDown();
                }
            })) {
                List<String> lines = new ArrayList<>();
                for (int i = 0; i < 2000; i++) {
                    lines.add("link add link eth0 name bu" + i + " type macvlan mode bridge");
                }
                IpResult r = ns.ip().batch(lines, false);
                assertThat(r.ok()).as(r.stderr()).isTrue();
                release.countDown();
                assertThat(adds.await(30, TimeUnit.SECONDS)).as("every creation event arrives, " + adds.getCount() + " missing").isTrue();
                assertThat(resynced.getCount()).as("no ENOBUFS with 8 MiB").isEqualTo(1);
            }
        }
    }

    private static void await(CountDownLatch l) {
        try {
            l.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
