package org.mvtd.backend.lab;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import org.mvtd.backend.sys.FrameChannel;
import org.mvtd.backend.sys.Sys;
import org.mvtd.backend.sys.SysException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Judges every ordered pair the way the nodes' users would (kernel-truth.md, "How to measure"). Every
 * node sends real frames from its own interface or tap: a UDP datagram to each other node's MAC and
 * address (one-way unicast, no ARP needed, as with static neighbours), and an ARP request for each other
 * node's address (broadcast). What counts is what the receiver's user sees: its UDP socket (an IP stack),
 * its tap (a guest), its neighbour table for the ARP requests its stack took.
 *
 * <p>Settling is measured: every datagram carries its send time; after the last send the prober waits
 * for a quiet period of a few times the slowest latency seen, then sends one marker per receiving node
 * along a path that already delivered to it. ARP requests go in rounds that keep neighbour tables small;
 * each round ends with one sentinel ARP request per listening endpoint into every lower device with
 * endpoints (the macvlan driver delivers broadcasts from the wire later, from a queue, in order), and
 * its tables are read once every sentinel has arrived, then emptied.
 */
final class Prober {
    private static final Logger LOG = LoggerFactory.getLogger(Prober.class);
    private static final long MIN_QUIET_NANOS = 20_000_000L;
    private static final long MAX_QUIET_NANOS = 500_000_000L;
    private static final long MARKER_BOUND_NANOS = 3_000_000_000L;
    private static final long SETTLE_BOUND_NANOS = 5_000_000_000L;
    /**
     * Requests of one family per round: each neighbour table (ARP, ND) is shared by every namespace of the
     * machine (gc_thresh3 1024, entries younger than 5 s are never reclaimed): leave room for other labs.
     */
    static final int ROUND_BUDGET = 500;

    /** A sentinel's sending channel and the node indices of the endpoints that must see it. */
    record SentinelChannel(FrameChannel channel, Mac src, long ip, List<Integer> listeners) {
    }

    private final List<ProbeNode> nodes;
    private final List<FrameChannel> senders;
    private final List<SentinelChannel> sentinels;
    private final NeighbourTables tables;
    private final long runTag;
    private final Observations obs;
    private final Collector rx;
    private final List<String> markerPaths = new ArrayList<>();
    private int seq;

    Prober(List<ProbeNode> nodes, List<FrameChannel> senders, List<Collector.Receiver> receivers,
           List<SentinelChannel> sentinels, NeighbourTables tables, long runTag) {
        this.nodes = List.copyOf(Objects.requireNonNull(nodes, "nodes"));
        this.senders = List.copyOf(Objects.requireNonNull(senders, "senders"));
        this.sentinels = List.copyOf(Objects.requireNonNull(sentinels, "sentinels"));
        this.tables = Objects.requireNonNull(tables, "tables");
        if (nodes.size() != senders.size()) {
            throw new IllegalArgumentException(nodes.size() + " nodes but " + senders.size() + " senders");
        }
        this.runTag = runTag;
        this.obs = new Observations(nodes.stream().map(ProbeNode::node).toList());
        this.rx = new Collector(nodes, receivers, sentinels.stream().map(SentinelChannel::ip).toList(),
                sentinels.stream().map(SentinelChannel::listeners).toList(), runTag, obs);
    }

    record Result(Observations observations, ProbeStats stats) {
    }

    /** Probes with senders (and, for each sender, targets) taken in {@code order}, a permutation of node indices. */
    Result run(List<Integer> order) throws SysException, IOException, LabException, InterruptedException {
        rx.start();
        int[] sent = new int[2];
        try {
            for (int f : order) {
                for (int t : order) {
                    if (t != f) {
                        ProbeFrame p = new ProbeFrame(ProbeFrame.Kind.UNICAST, f, t, seq++, System.nanoTime());
                        count(sent, send(f, udp(f, t, p)));
                    }
                }
            }
            long sentAt = System.nanoTime();
            awaitQuiet(sentAt);
            long quiet = quietNanos();
            int markers = sendMarkers();
            awaitSeen(rx.markersSeen, markers);
            int rounds = 0;
            int sentinelsExpected = 0;
            int sentinelsSeen = 0;
            int perRound = Math.max(1, ROUND_BUDGET / Math.max(1, nodes.size() - 1));
            for (int start = 0; start < order.size(); start += perRound) {
                if (rounds++ > 0) {
                    tables.flush();
                }
                for (int f : order.subList(start, Math.min(order.size(), start + perRound))) {
                    for (int t : order) {
                        if (t != f) {
                            ProbeNode from = nodes.get(f);
                            count(sent, send(f, LabFrames.arpRequest(from.mac(), from.ipv4(), nodes.get(t).ipv4())));
                            count(sent, send(f, LabFrames.neighbourSolicitation(from.mac(), bytes(from.ipv6()),
                                    bytes(nodes.get(t).ipv6()))));
                        }
                    }
                }
                sentinelsExpected += sentinels.size();
                sentinelsSeen += settleRound();
            }
            rx.stop();
            long settle = System.nanoTime() - sentAt;
            int seen = count(rx.markersSeen) + sentinelsSeen;
            ProbeStats stats = new ProbeStats(sent[0], sent[1], rx.deliveries.get(), rx.maxLatency.get() / 1000,
                    quiet / 1_000_000, markers + sentinelsExpected, seen, settle / 1_000_000);
            if (!stats.settled()) {
                LOG.warn("only {} of {} markers and sentinels arrived over {} ARP rounds: the lab did not settle"
                        + " (markers missing: {})", seen, markers + sentinelsExpected, rounds, missingMarkers());
            }
            return new Result(obs, stats);
        } finally {
            rx.stopQuietly();
        }
    }

    private static void count(int[] sent, boolean ok) {
        sent[ok ? 0 : 1]++;
    }

    private byte[] udp(int from, int to, ProbeFrame p) {
        ProbeNode f = nodes.get(from);
        ProbeNode t = nodes.get(to);
        return LabFrames.udp(t.mac(), f.mac(), f.ipv4(), t.ipv4(), p.payload(runTag));
    }

    /**
     * Ends one ARP round: sentinels into every device, then neighbour tables read until each sentinel is
     * seen by a listener (or the bound passes); returns how many were seen.
     */
    private int settleRound() throws SysException, IOException, LabException, InterruptedException {
        synchronized (rx.sentinelsSeen) {
            rx.sentinelsSeen.clear();
        }
        for (int i = 0; i < sentinels.size(); i++) {
            SentinelChannel sc = sentinels.get(i);
            for (int l : sc.listeners()) {
                try {
                    sc.channel().send(LabFrames.arpRequest(sc.src(), sc.ip(), nodes.get(l).ipv4()));
                } catch (SysException e) {
                    if (e.errno() != Sys.ENETDOWN) {
                        throw e;
                    }
                    rx.sentinelSeen(i, l); // a down link queues nothing behind it
                }
            }
        }
        long deadline = System.nanoTime() + MARKER_BOUND_NANOS;
        // The sentinels prove the broadcast queues drained; a short quiet covers what taps still read.
        awaitQuiet(System.nanoTime(), MIN_QUIET_NANOS);
        while (true) {
            record(tables.read());
            if (count(rx.sentinelsSeen) == sentinels.size() || System.nanoTime() > deadline) {
                record(tables.readAll());
                return count(rx.sentinelsSeen);
            }
            Thread.sleep(20);
        }
    }

    private static byte[] bytes(String ip6) {
        try {
            return java.net.InetAddress.getByName(ip6).getAddress(); // a literal: no lookup
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException("lab address " + ip6, e);
        }
    }

    /**
     * Records every ARP request and Neighbour Solicitation an IP stack took: an entry for a node's address
     * on another node's interface.
     */
    private void record(List<NeighbourTables.Entry> entries) {
        for (NeighbourTables.Entry e : entries) {
            int r = stackAt(e.netns(), e.ifname());
            if (r < 0) {
                continue;
            }
            Integer s = rx.sentinelByIp(e.address());
            if (s != null) {
                rx.sentinelSeen(s, r);
                continue;
            }
            Integer f = rx.nodeByIp(e.address());
            if (f != null && f != r) {
                if (e.address().indexOf(':') >= 0) {
                    obs.solicitation(f, r);
                } else {
                    obs.broadcast(f, r);
                }
            }
        }
    }

    private int stackAt(String netns, String ifname) {
        for (int i = 0; i < nodes.size(); i++) {
            ProbeNode n = nodes.get(i);
            if (n.channel() == ChannelKind.STACK && n.netns().equals(netns) && n.ifname().equals(ifname)) {
                return i;
            }
        }
        return -1;
    }

    /** False when the kernel refuses because the interface is down (a down node sends nothing). */
    private boolean send(int from, byte[] frame) throws SysException {
        try {
            senders.get(from).send(frame);
            return true;
        } catch (SysException e) {
            if (e.errno() == Sys.ENETDOWN || e.errno() == Sys.ENXIO) {
                return false;
            }
            throw e;
        }
    }

    private long quietNanos() {
        return Math.min(MAX_QUIET_NANOS, Math.max(MIN_QUIET_NANOS, 4 * rx.maxLatency.get() + 10_000_000L));
    }

    private void awaitQuiet(long since) throws InterruptedException {
        awaitQuiet(since, quietNanos());
    }

    private void awaitQuiet(long since, long quiet) throws InterruptedException {
        long deadline = since + SETTLE_BOUND_NANOS;
        while (System.nanoTime() < deadline) {
            long idle = System.nanoTime() - Math.max(since, rx.lastArrival.get());
            long left = quiet - idle;
            if (left <= 0) {
                return;
            }
            Thread.sleep(Math.max(1, left / 1_000_000));
        }
    }

    /** One marker per node that received a unicast, resent along the last path that delivered to it. */
    private int sendMarkers() throws SysException {
        int markers = 0;
        for (int r = 0; r < nodes.size(); r++) {
            ProbeFrame last = rx.lastDelivered.get(r);
            if (last == null) {
                continue;
            }
            ProbeFrame marker = new ProbeFrame(ProbeFrame.Kind.MARKER, last.from(), r, markers, System.nanoTime());
            if (send(last.from(), udp(last.from(), r, marker))) {
                markerPaths.add(nodes.get(last.from()).id() + " -> " + nodes.get(r).id());
                markers++;
            }
        }
        return markers;
    }

    private List<String> missingMarkers() {
        List<String> out = new ArrayList<>();
        synchronized (rx.markersSeen) {
            for (int i = 0; i < markerPaths.size(); i++) {
                if (!rx.markersSeen.get(i)) {
                    out.add(markerPaths.get(i));
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
}
