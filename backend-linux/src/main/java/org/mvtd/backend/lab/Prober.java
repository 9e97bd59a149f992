package org.mvtd.backend.lab;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.mvtd.backend.sys.FrameChannel;
import org.mvtd.backend.sys.PacketSocket;
import org.mvtd.backend.sys.Poller;
import org.mvtd.backend.sys.Sys;
import org.mvtd.backend.sys.SysException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one broadcast from every node and one unicast from every node to every other node's MAC, while a
 * collector thread polls every channel and counts what each target really receives. No ARP and no IP:
 * a probe teaches no neighbour table, and bridge learning only decides which other ports see a copy,
 * never whether the target gets it, so the order of probes cannot change the result (tested).
 *
 * <p>Settling is measured: every probe carries its send time; after the last send the collector waits
 * for a quiet period of a few times the slowest latency seen, then one marker per receiving node is sent
 * along a path that already delivered to it, then one sentinel broadcast into every lower device with
 * endpoints (the macvlan driver delivers broadcasts from the wire later, from a queue, in order), and
 * collection ends once every marker and sentinel has arrived.
 */
final class Prober {
    private static final Logger LOG = LoggerFactory.getLogger(Prober.class);
    private static final long MIN_QUIET_NANOS = 20_000_000L;
    private static final long MAX_QUIET_NANOS = 500_000_000L;
    private static final long MARKER_BOUND_NANOS = 3_000_000_000L;
    private static final long SETTLE_BOUND_NANOS = 5_000_000_000L;

    private final List<ProbeNode> nodes;
    private final List<FrameChannel> channels;
    private final long runTag;
    private final Observations obs;
    private final AtomicLong lastArrival = new AtomicLong();
    private final AtomicLong maxLatency = new AtomicLong();
    private final AtomicInteger deliveries = new AtomicInteger();
    private final AtomicReferenceArray<ProbeFrame> lastDelivered;
    private final BitSet markersSeen = new BitSet();
    private final List<String> markerPaths = new ArrayList<>();
    private volatile boolean stop;
    private volatile Exception collectorFailure;
    private int seq;

    /** A sentinel's sending channel and the node indices of the endpoints that must see it. */
    record SentinelChannel(FrameChannel channel, Mac src, List<Integer> listeners) {
    }

    private final List<SentinelChannel> sentinels;
    private final BitSet sentinelsSeen = new BitSet();

    Prober(List<ProbeNode> nodes, List<FrameChannel> channels, List<SentinelChannel> sentinels, long runTag) {
        this.sentinels = List.copyOf(Objects.requireNonNull(sentinels, "sentinels"));
        this.nodes = List.copyOf(Objects.requireNonNull(nodes, "nodes"));
        this.channels = List.copyOf(Objects.requireNonNull(channels, "channels"));
        if (nodes.size() != channels.size()) {
            throw new IllegalArgumentException(nodes.size() + " nodes but " + channels.size() + " channels");
        }
        this.runTag = runTag;
        this.obs = new Observations(nodes.stream().map(ProbeNode::node).toList());
        this.lastDelivered = new AtomicReferenceArray<>(nodes.size());
    }

    record Result(Observations observations, ProbeStats stats) {
    }

    /** Probes with senders (and, for each sender, targets) taken in {@code order}, a permutation of node indices. */
    Result run(List<Integer> order) throws SysException, InterruptedException {
        Thread collector = new Thread(this::collect, "lab-collector");
        collector.setDaemon(true);
        collector.start();
        int sent = 0;
        int refused = 0;
        try {
            for (int f : order) {
                for (int t : withBroadcastFirst(order, f)) {
                    ProbeFrame p = t < 0
                            ? frame(Mac.BROADCAST, f, -1, ProbeFrame.Kind.BROADCAST)
                            : frame(nodes.get(t).mac(), f, t, ProbeFrame.Kind.UNICAST);
                    if (send(f, p)) {
                        sent++;
                    } else {
                        refused++;
                    }
                }
            }
            long sentAt = System.nanoTime();
            awaitQuiet(sentAt);
            long quiet = quietNanos();
            int markers = sendMarkers();
            awaitSeen(markersSeen, markers);
            int sentinelsSent = sendSentinels();
            awaitSeen(sentinelsSeen, sentinelsSent);
            awaitQuiet(System.nanoTime());
            long settle = System.nanoTime() - sentAt;
            stop = true;
            collector.join();
            if (collectorFailure != null) {
                throw new IllegalStateException("receiving probes failed: " + collectorFailure.getMessage(), collectorFailure);
            }
            int seen = count(markersSeen) + count(sentinelsSeen);
            int expected = markers + sentinelsSent;
            ProbeStats stats = new ProbeStats(sent, refused, deliveries.get(), maxLatency.get() / 1000, quiet / 1_000_000,
                    expected, seen, settle / 1_000_000);
            if (!stats.settled()) {
                LOG.warn("only {} of {} markers and sentinels arrived: the lab did not settle (markers missing: {};"
                        + " sentinels missing from: {})", seen, expected, missingMarkers(), missingSentinels());
            }
            return new Result(obs, stats);
        } finally {
            stop = true;
            collector.join();
        }
    }

    private static List<Integer> withBroadcastFirst(List<Integer> order, int from) {
        List<Integer> out = new ArrayList<>(order.size());
        out.add(-1);
        for (int t : order) {
            if (t != from) {
                out.add(t);
            }
        }
        return out;
    }

    private ProbeFrame frame(Mac dst, int from, int to, ProbeFrame.Kind kind) {
        return new ProbeFrame(dst, nodes.get(from).mac(), runTag, kind, from, to, seq++, System.nanoTime());
    }

    /** False when the kernel refuses because the interface is down (a down node sends nothing). */
    private boolean send(int from, ProbeFrame p) throws SysException {
        try {
            channels.get(from).send(p.encode());
            return true;
        } catch (SysException e) {
            if (e.errno() == Sys.ENETDOWN || e.errno() == Sys.ENXIO) {
                return false;
            }
            throw e;
        }
    }

    private long quietNanos() {
        return Math.min(MAX_QUIET_NANOS, Math.max(MIN_QUIET_NANOS, 4 * maxLatency.get() + 10_000_000L));
    }

    private void awaitQuiet(long since) throws InterruptedException {
        long deadline = since + SETTLE_BOUND_NANOS;
        while (System.nanoTime() < deadline) {
            long idle = System.nanoTime() - Math.max(since, lastArrival.get());
            long left = quietNanos() - idle;
            if (left <= 0) {
                return;
            }
            Thread.sleep(Math.max(1, left / 1_000_000));
        }
    }

    /** One marker per node that received anything, resent along the last path that delivered to it. */
    private int sendMarkers() throws SysException {
        int markers = 0;
        for (int r = 0; r < nodes.size(); r++) {
            ProbeFrame last = lastDelivered.get(r);
            if (last == null) {
                continue;
            }
            ProbeFrame marker = new ProbeFrame(last.dst(), last.src(), runTag, ProbeFrame.Kind.MARKER, last.from(), r,
                    markers, System.nanoTime());
            if (send(last.from(), marker)) {
                markerPaths.add(nodes.get(last.from()).id() + " -> " + nodes.get(r).id()
                        + (last.dst().isBroadcast() ? " (broadcast)" : " (unicast)"));
                markers++;
            }
        }
        return markers;
    }

    /**
     * One broadcast into every lower device with up endpoints, from the device's far end; returns how
     * many must be seen (all of them: one refused by a down link is marked seen, nothing can queue behind it).
     */
    private int sendSentinels() throws SysException {
        for (int i = 0; i < sentinels.size(); i++) {
            SentinelChannel sc = sentinels.get(i);
            ProbeFrame f = new ProbeFrame(Mac.BROADCAST, sc.src(), runTag, ProbeFrame.Kind.SENTINEL, -1, i, i, System.nanoTime());
            try {
                sc.channel().send(f.encode());
            } catch (SysException e) {
                if (e.errno() != Sys.ENETDOWN) {
                    throw e;
                }
                synchronized (sentinelsSeen) {
                    sentinelsSeen.set(i);
                }
            }
        }
        return sentinels.size();
    }

    private List<String> missingMarkers() {
        List<String> out = new ArrayList<>();
        synchronized (markersSeen) {
            for (int i = 0; i < markerPaths.size(); i++) {
                if (!markersSeen.get(i)) {
                    out.add(markerPaths.get(i));
                }
            }
        }
        return out;
    }

    private List<String> missingSentinels() {
        List<String> out = new ArrayList<>();
        synchronized (sentinelsSeen) {
            for (int i = 0; i < sentinels.size(); i++) {
                if (!sentinelsSeen.get(i)) {
                    out.add(sentinels.get(i).channel().name());
                }
            }
        }
        return out;
    }

    private static int count(BitSet seen) {
        synchronized (seen) {
            return seen.cardinality();
        }
    }

    private static void awaitSeen(BitSet seen, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + MARKER_BOUND_NANOS;
        synchronized (seen) {
            while (seen.cardinality() < expected) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                seen.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    private void collect() {
        List<Integer> fds = channels.stream().map(FrameChannel::fd).toList();
        byte[] buf = new byte[2048];
        try {
            Poller poller = new Poller(fds);
            while (!stop) {
                BitSet ready = poller.await(5);
                for (int r = ready.nextSetBit(0); r >= 0; r = ready.nextSetBit(r + 1)) {
                    FrameChannel.Received got;
                    while ((got = channels.get(r).receive(buf)) != null) {
                        ProbeFrame p = ProbeFrame.decode(buf, got.length(), runTag);
                        if (p != null) {
                            account(r, p, got.pktType());
                        }
                    }
                }
            }
        } catch (Exception e) {
            collectorFailure = e;
        }
    }

    private void account(int r, ProbeFrame p, int pktType) {
        long now = System.nanoTime();
        lastArrival.set(now);
        maxLatency.accumulateAndGet(now - p.sentNanos(), Math::max);
        if (p.kind() == ProbeFrame.Kind.SENTINEL) {
            if (p.to() >= 0 && p.to() < sentinels.size() && sentinels.get(p.to()).listeners().contains(r)) {
                synchronized (sentinelsSeen) {
                    sentinelsSeen.set(p.to());
                    sentinelsSeen.notifyAll();
                }
            }
            return;
        }
        if (p.from() == r) {
            return; // its own frame reflected back: not a pair
        }
        boolean tap = pktType < 0;
        switch (p.kind()) {
            case UNICAST -> {
                // A guest's NIC and a stack accept only frames to their own MAC; floods for others don't count.
                boolean forMe = p.to() == r && (tap ? nodes.get(r).mac().equals(p.dst()) : pktType == PacketSocket.PACKET_HOST);
                if (forMe) {
                    obs.unicast(p.from(), r);
                    lastDelivered.set(r, p);
                    deliveries.incrementAndGet();
                }
            }
            case BROADCAST -> {
                boolean bc = tap ? p.dst().isBroadcast() : pktType == PacketSocket.PACKET_BROADCAST;
                if (bc) {
                    obs.broadcast(p.from(), r);
                    if (lastDelivered.get(r) == null) {
                        lastDelivered.set(r, p);
                    }
                    deliveries.incrementAndGet();
                }
            }
            case MARKER -> {
                if (p.to() == r) {
                    synchronized (markersSeen) {
                        markersSeen.set(p.seq());
                        markersSeen.notifyAll();
                    }
                }
            }
            default -> throw new IllegalStateException("unknown probe kind " + p.kind());
        }
    }
}
