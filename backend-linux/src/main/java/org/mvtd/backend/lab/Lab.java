package org.mvtd.backend.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.mvtd.backend.ip.Ip;
import org.mvtd.backend.sys.DeviceNodes;
import org.mvtd.backend.sys.FrameChannel;
import org.mvtd.backend.sys.NetnsThread;
import org.mvtd.backend.sys.PacketSocket;
import org.mvtd.model.Design;
import org.mvtd.model.reach.ReachReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A design built as real kernel objects in namespaces this run owns (see {@link LabPlan}), with a
 * channel open for every node. Closing tears everything down (unless kept); a JVM shutdown hook does the
 * same on Ctrl-C, and the next run reaps what a crashed run left (see {@link LabOwners}).
 */
public final class Lab implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Lab.class);
    private static final int RECEIVE_BUFFER = 8 << 20;
    private static final int ETH_P_ALL = 0x0003;

    private final LabPlan plan;
    private final LabOwners owners;
    private final List<FrameChannel> senders = new ArrayList<>();
    private final List<Collector.Receiver> receivers = new ArrayList<>();
    private final List<UdpListener> listeners = new ArrayList<>();
    private final List<Prober.SentinelChannel> sentinels = new ArrayList<>();
    /** Threads inside the IP-stack namespaces, kept for reading their neighbour tables. */
    private final Map<String, NetnsThread> stackThreads = new LinkedHashMap<>();
    private final Thread shutdownHook;
    private long buildMillis;
    private long readyMillis;
    private long probeMillis;
    private long teardownMillis;
    private boolean keep;
    private boolean closed;

    private Lab(LabPlan plan, LabOwners owners) {
        this.plan = plan;
        this.owners = owners;
        this.shutdownHook = new Thread(this::teardownQuietly, "lab-teardown-" + plan.names().runId());
    }

    /** Builds {@code design} in fresh namespaces; on failure removes what it made and throws. */
    public static Lab build(Design design) throws LabException {
        return build(design, LabOwners.system(), new Random(), Set.of());
    }

    /**
     * As {@link #build(Design)}, leaving the taps of the macvtap endpoints in {@code unopened} (node ids)
     * closed, as when no guest runs there; those nodes are driven through a packet socket on the macvtap
     * netdev instead (the endpoint's own netdev), which shows what the host receives on it while no tap
     * reader exists.
     */
    static Lab build(Design design, LabOwners owners, Random rnd, Set<String> unopened) throws LabException {
        Objects.requireNonNull(design, "design");
        LabPlan plan;
        try {
            plan = LabPlan.of(design, LabNames.fresh(), rnd);
        } catch (IllegalArgumentException e) {
            throw new LabException("cannot build this design: " + e.getMessage(), e);
        }
        long t0 = System.nanoTime();
        try {
            owners.reapLeftovers();
        } catch (IOException e) {
            LOG.warn("could not reap leftovers of earlier labs: {}", e.getMessage());
        }
        Lab lab = new Lab(plan, owners);
        try {
            owners.claim(plan.names().runId());
            Runtime.getRuntime().addShutdownHook(lab.shutdownHook);
            lab.create(unopened);
        } catch (LabException | IOException | RuntimeException e) {
            lab.close();
            if (e instanceof LabException le) {
                throw le;
            }
            throw new LabException("building the lab failed: " + e.getMessage(), e);
        }
        lab.buildMillis = (System.nanoTime() - t0) / 1_000_000;
        return lab;
    }

    private void create(Set<String> unopened) throws LabException, IOException {
        String run = plan.names().runId();
        IpLines.run(Ip.host(), plan.namespaces().stream().map(n -> "netns add " + n).toList(), "creating namespaces");
        Path scratch = owners.scratch(run);
        Files.createDirectories(scratch);
        Map<String, NetnsThread> threads = new LinkedHashMap<>();
        try {
            for (String ns : plan.namespaces()) {
                Path s = null;
                if (plan.needsTaps(ns)) {
                    s = Files.createDirectory(scratch.resolve(ns.substring(ns.lastIndexOf('-') + 1)));
                }
                NetnsThread t = NetnsThread.enter(ns, s);
                threads.put(ns, t);
                judgePerInterface(t, !plan.switchBatches().containsKey(ns));
            }
            for (Map<String, List<String>> phase : List.of(plan.hostBatches(), plan.switchBatches(), plan.stationBatches())) {
                for (Map.Entry<String, List<String>> e : phase.entrySet()) {
                    IpLines.run(Ip.in(e.getKey()), e.getValue(), "building namespace " + e.getKey());
                }
            }
            try {
                readyMillis = LinkReadiness.await(plan.namespaces(), 10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LabException("interrupted while waiting for links to come up", e);
            }
            openChannels(threads, unopened);
            for (String ns : plan.stackNamespaces()) {
                stackThreads.put(ns, threads.remove(ns));
            }
        } finally {
            threads.values().forEach(NetnsThread::close);
        }
    }

    /**
     * Each node is judged as its user sees it: a guest through its tap, an IP stack through a UDP socket
     * bound to its interface (it sends through a packet socket that receives nothing), a closed tap's
     * netdev through a packet socket on it.
     */
    private void openChannels(Map<String, NetnsThread> threads, Set<String> unopened) throws IOException {
        List<ProbeNode> nodes = plan.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            ProbeNode n = nodes.get(i);
            NetnsThread t = threads.get(n.netns());
            if (n.channel() == ChannelKind.STACK) {
                senders.add(t.call(() -> PacketSocket.open(n.ifname(), 0, 4096)));
                UdpListener u = t.call(() -> UdpListener.open(n.ifname(), RECEIVE_BUFFER));
                listeners.add(u);
                receivers.add(new Collector.Receiver(i, null, u));
                continue;
            }
            FrameChannel ch = n.channel() == ChannelKind.TAP && !unopened.contains(n.id())
                    ? DeviceNodes.openTap(t, n.ifname())
                    : t.call(() -> PacketSocket.open(n.ifname(), ETH_P_ALL, RECEIVE_BUFFER));
            senders.add(ch);
            receivers.add(new Collector.Receiver(i, ch, null));
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        for (ProbeNode n : nodes) {
            index.put(n.id(), index.size());
        }
        for (LabPlan.Sentinel s : plan.sentinels()) {
            // Send-only: protocol 0 receives nothing.
            PacketSocket ps = threads.get(s.netns()).call(() -> PacketSocket.open(s.ifname(), 0, 4096));
            sentinels.add(new Prober.SentinelChannel(ps, s.src(), s.ip(),
                    s.listeners().stream().map(index::get).toList()));
        }
    }

    /**
     * IPv4 judged per interface, as FORMAT.md models delivery: only the interface holding an address
     * answers ARP for it (arp_ignore 1) and names it as sender (arp_announce 2); no reverse-path filter,
     * and a sibling interface's address is accepted as a source (accept_local), since the lab's nodes of
     * one host share a namespace; no forwarding, so a datagram for another address ends silently.
     */
    private static void judgePerInterface(NetnsThread t, boolean ipv6) throws IOException {
        // IPv6 only where nodes live, with only the lab's own addresses (addr_gen_mode 1: none), no DAD and
        // no router solicitations: besides MLD reports only probes flow. The switch has no IPv6 at all.
        t.sysctl("net.ipv6.conf.all.disable_ipv6", ipv6 ? "0" : "1");
        t.sysctl("net.ipv6.conf.default.disable_ipv6", ipv6 ? "0" : "1");
        if (ipv6) {
            for (String scope : List.of("all", "default")) {
                t.sysctl("net.ipv6.conf." + scope + ".accept_dad", "0");
                t.sysctl("net.ipv6.conf." + scope + ".router_solicitations", "0");
            }
            t.sysctl("net.ipv6.conf.default.addr_gen_mode", "1");
        }
        for (String scope : List.of("all", "default")) {
            t.sysctl("net.ipv4.conf." + scope + ".arp_ignore", "1");
            t.sysctl("net.ipv4.conf." + scope + ".arp_announce", "2");
            t.sysctl("net.ipv4.conf." + scope + ".rp_filter", "0");
            t.sysctl("net.ipv4.conf." + scope + ".accept_local", "1");
        }
        t.sysctl("net.ipv4.ip_forward", "0");
    }

    public LabPlan plan() {
        return plan;
    }

    public List<ProbeNode> nodes() {
        return plan.nodes();
    }

    /** Probes every ordered pair in node order. */
    public ReachReport probe() throws LabException {
        return probe(naturalOrder()).report();
    }

    /** Node indices in node order. */
    public List<Integer> naturalOrder() {
        return IntStream.range(0, plan.nodes().size()).boxed().toList();
    }

    /** Probes with senders and targets visited in {@code order} (a permutation of node indices). */
    public ProbeOutcome probe(List<Integer> order) throws LabException {
        if (closed) {
            throw new IllegalStateException("lab is torn down");
        }
        long t0 = System.nanoTime();
        long tag = new Random().nextLong();
        try {
            Prober.Result r = new Prober(plan.nodes(), senders, receivers, sentinels, new NeighbourTables(stackThreads), tag)
                    .run(order);
            probeMillis = (System.nanoTime() - t0) / 1_000_000;
            return new ProbeOutcome(r.observations().report(), r.stats(), filterAdmitted(r.observations()));
        } catch (IOException | RuntimeException e) {
            throw new LabException("probing failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("probing interrupted", e);
        }
    }

    /**
     * Guests that took a solicitation for a group their macvtap never joined (read from its multicast
     * list, {@code ip maddr}): the hash filter let it through by a shared bucket. None while the lab's macvtaps
     * have allmulticast on, as apply sets them: then every group is admitted by design, as the engine predicts, and
     * every guest's ping6 is judged.
     */
    private Set<String> filterAdmitted(Observations obs) throws LabException {
        Set<String> out = new java.util.TreeSet<>();
        if (LabPlan.GUEST_ALLMULTICAST.equals("on")) {
            return out;
        }
        List<ProbeNode> nodes = plan.nodes();
        for (int r = 0; r < nodes.size(); r++) {
            ProbeNode n = nodes.get(r);
            int to = r;
            if (n.channel() == ChannelKind.STACK || IntStream.range(0, nodes.size()).noneMatch(f -> obs.hasSolicitation(f, to))) {
                continue;
            }
            org.mvtd.backend.ip.IpResult m = Ip.in(n.netns()).tryRun("maddr", "show", "dev", n.ifname());
            if (!m.ok()) {
                throw new LabException("reading the multicast list of " + n.id() + " failed: " + m.stderr().strip());
            }
            String group = LabFrames.solicitedNodeMac(n.ipv6());
            if (!m.stdout().toLowerCase(java.util.Locale.ROOT).contains("link  " + group)) {
                out.add(n.id());
            }
        }
        if (!out.isEmpty()) {
            LOG.info("multicast filter let unjoined solicited-node groups into {}: ping6 into them not judged", out);
        }
        return out;
    }

    /** A shuffled node order, for order-independence checks. */
    public List<Integer> shuffledOrder(long seed) {
        List<Integer> order = new ArrayList<>(naturalOrder());
        Collections.shuffle(order, new Random(seed));
        return order;
    }

    /**
     * Leave the namespaces in place on close (the CLI's --keep); channels still close, and the run is
     * marked kept so later runs do not reap it.
     */
    public void keep() {
        keep = true;
    }

    /** How long the build waited for the kernel's linkwatch to bring carriers up. */
    public long readyMillis() {
        return readyMillis;
    }

    public LabTimings timings() {
        return new LabTimings(buildMillis, probeMillis, teardownMillis);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        teardownQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // already shutting down, or never registered: the hook itself does the work then
        }
    }

    private synchronized void teardownQuietly() {
        if (closed) {
            return;
        }
        closed = true;
        long t0 = System.nanoTime();
        senders.forEach(FrameChannel::close);
        receivers.forEach(r -> {
            if (r.frames() != null) {
                r.frames().close();
            }
        });
        listeners.forEach(UdpListener::close);
        sentinels.forEach(sc -> sc.channel().close());
        stackThreads.values().forEach(NetnsThread::close);
        if (keep) {
            try {
                owners.markKept(plan.names().runId());
                owners.removeScratch(plan.names().runId()); // only mount points of the ended namespace threads
            } catch (IOException e) {
                LOG.warn("could not mark the kept lab: {}", e.getMessage());
            }
        } else {
            String run = plan.names().runId();
            for (String ns : plan.namespaces()) {
                // Big hosts go a link group at a time, so no single delete holds rtnl for seconds.
                for (int g = 1; g < plan.groups(ns); g++) {
                    Ip.in(ns).tryRun("link", "delete", "group", Integer.toString(LabPlan.FIRST_GROUP + g));
                }
            }
            List<String> failures = LabOwners.deleteNamespaces(existing(plan.namespaces()));
            failures.forEach(f -> LOG.warn("teardown: {}", f));
            try {
                owners.removeScratch(run);
                owners.release(run);
            } catch (IOException e) {
                LOG.warn("teardown: {}", e.getMessage());
            }
        }
        teardownMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    private static List<String> existing(List<String> namespaces) {
        return namespaces.stream().filter(n -> Files.exists(Path.of("/run/netns", n))).toList();
    }
}
