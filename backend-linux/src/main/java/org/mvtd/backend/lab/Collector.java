package org.mvtd.backend.lab;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.mvtd.backend.sys.FrameChannel;
import org.mvtd.backend.sys.PacketSocket;
import org.mvtd.backend.sys.Poller;

/**
 * The receiving half of a probe run: one thread polls every receiver and counts what each node really
 * got. A guest (tap) or a closed tap's netdev counts frames as a NIC would: unicast probes to its own MAC,
 * ARP requests that are broadcasts. An IP stack counts only what its UDP socket, bound to its interface,
 * accepted (its broadcasts are read from neighbour tables by {@link Prober}).
 */
final class Collector {
    /** A node's receiver: a frame channel (tap, packet socket on its own netdev) or a UDP socket. */
    record Receiver(int node, FrameChannel frames, UdpListener udp) {
        int fd() {
            return frames != null ? frames.fd() : udp.fd();
        }
    }

    private final List<ProbeNode> nodes;
    private final List<Receiver> receivers;
    private final long runTag;
    private final Observations obs;
    private final Map<String, Integer> byIp = new HashMap<>();
    private final Map<String, Integer> sentinelByIp = new HashMap<>();
    private final List<List<Integer>> sentinelListeners;
    final AtomicLong lastArrival = new AtomicLong();
    final AtomicLong maxLatency = new AtomicLong();
    final AtomicInteger deliveries = new AtomicInteger();
    final AtomicReferenceArray<ProbeFrame> lastDelivered;
    final BitSet markersSeen = new BitSet();
    final BitSet sentinelsSeen = new BitSet();
    private volatile boolean stop;
    private volatile Exception failure;
    private Thread thread;

    Collector(List<ProbeNode> nodes, List<Receiver> receivers, List<Long> sentinelIps,
              List<List<Integer>> sentinelListeners, long runTag, Observations obs) {
        this.nodes = List.copyOf(Objects.requireNonNull(nodes, "nodes"));
        this.receivers = List.copyOf(receivers);
        this.runTag = runTag;
        this.obs = Objects.requireNonNull(obs, "obs");
        this.sentinelListeners = List.copyOf(sentinelListeners);
        for (int i = 0; i < nodes.size(); i++) {
            byIp.put(LabFrames.ip(nodes.get(i).ipv4()), i);
            byIp.put(nodes.get(i).ipv6(), i);
        }
        for (int i = 0; i < sentinelIps.size(); i++) {
            sentinelByIp.put(LabFrames.ip(sentinelIps.get(i)), i);
        }
        this.lastDelivered = new AtomicReferenceArray<>(nodes.size());
    }

    void start() {
        thread = new Thread(this::collect, "lab-collector");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops the thread; a receive failure surfaces here. */
    void stop() throws InterruptedException {
        stop = true;
        if (thread != null) {
            thread.join();
        }
        if (failure != null) {
            throw new IllegalStateException("receiving probes failed: " + failure.getMessage(), failure);
        }
    }

    /** Stops the thread after a failure elsewhere, which matters more than its own. */
    void stopQuietly() throws InterruptedException {
        stop = true;
        if (thread != null) {
            thread.join();
        }
    }

    /** The node index owning a lab address (IPv4 or IPv6, as LabFrames writes them), or null. */
    Integer nodeByIp(String ip) {
        return byIp.get(ip);
    }

    /** The sentinel speaking from {@code ip}, or null. */
    Integer sentinelByIp(String ip) {
        return sentinelByIp.get(ip);
    }

    void sentinelSeen(int sentinel, int listener) {
        if (sentinelListeners.get(sentinel).contains(listener)) {
            synchronized (sentinelsSeen) {
                sentinelsSeen.set(sentinel);
                sentinelsSeen.notifyAll();
            }
        }
    }

    private void collect() {
        List<Integer> fds = new ArrayList<>();
        receivers.forEach(r -> fds.add(r.fd()));
        byte[] buf = new byte[2048];
        try {
            Poller poller = new Poller(fds);
            while (!stop) {
                BitSet ready = poller.await(5);
                for (int i = ready.nextSetBit(0); i >= 0; i = ready.nextSetBit(i + 1)) {
                    drain(receivers.get(i), buf);
                }
            }
        } catch (Exception e) {
            failure = e;
        }
    }

    private void drain(Receiver rc, byte[] buf) throws Exception {
        int r = rc.node();
        if (rc.udp() != null) {
            int n;
            while ((n = rc.udp().receive(buf)) >= 0) {
                ProbeFrame p = ProbeFrame.fromPayload(buf, 0, n, runTag);
                if (p != null) {
                    unicast(r, p);
                }
            }
            return;
        }
        FrameChannel.Received got;
        while ((got = rc.frames().receive(buf)) != null) {
            boolean tap = got.pktType() < 0;
            if (got.pktType() == PacketSocket.PACKET_OUTGOING) {
                continue;
            }
            int off = LabFrames.udpPayload(buf, got.length());
            if (off >= 0) {
                ProbeFrame p = ProbeFrame.fromPayload(buf, off, got.length(), runTag);
                // A guest's NIC and a netdev take only frames to their own MAC; floods for others don't count.
                boolean forMe = tap ? nodes.get(r).mac().matches(buf, 0) : got.pktType() == PacketSocket.PACKET_HOST;
                if (p != null && forMe) {
                    unicast(r, p);
                }
                continue;
            }
            long sender = LabFrames.arpRequestSender(buf, got.length());
            if (sender >= 0) {
                broadcastFrame(r, LabFrames.ip(sender));
                continue;
            }
            byte[] ns = LabFrames.solicitation(buf, got.length());
            if (ns != null) {
                solicitationFrame(r, ns);
            }
        }
    }

    /** A guest's NIC takes a solicitation for its own address only: that group is the one it joined. */
    private void solicitationFrame(int r, byte[] addresses) {
        lastArrival.set(System.nanoTime());
        Integer f = byIp.get(LabFrames.ip6(java.util.Arrays.copyOfRange(addresses, 0, 16)));
        String target = LabFrames.ip6(java.util.Arrays.copyOfRange(addresses, 16, 32));
        if (f != null && f != r && target.equals(nodes.get(r).ipv6())) {
            obs.solicitation(f, r);
            deliveries.incrementAndGet();
        }
    }

    private void broadcastFrame(int r, String sender) {
        lastArrival.set(System.nanoTime());
        Integer s = sentinelByIp.get(sender);
        if (s != null) {
            sentinelSeen(s, r);
            return;
        }
        Integer f = byIp.get(sender);
        if (f != null && f != r) {
            obs.broadcast(f, r);
            deliveries.incrementAndGet();
        }
    }

    private void unicast(int r, ProbeFrame p) {
        long now = System.nanoTime();
        lastArrival.set(now);
        maxLatency.accumulateAndGet(now - p.sentNanos(), Math::max);
        if (p.to() != r || p.from() == r) {
            return; // for a sibling interface (weak host), or its own frame reflected back: not this pair
        }
        if (p.kind() == ProbeFrame.Kind.MARKER) {
            synchronized (markersSeen) {
                markersSeen.set(p.seq());
                markersSeen.notifyAll();
            }
            return;
        }
        obs.unicast(p.from(), r);
        lastDelivered.set(r, p);
        deliveries.incrementAndGet();
    }
}
