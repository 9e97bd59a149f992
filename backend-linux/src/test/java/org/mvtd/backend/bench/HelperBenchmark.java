package org.mvtd.backend.bench;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import jnr.posix.POSIXFactory;
import org.mvtd.backend.client.HelperClient;
import org.mvtd.backend.client.LinkStateListener;
import org.mvtd.backend.client.Results;
import org.mvtd.backend.client.Subscription;
import org.mvtd.backend.helper.HelperProcess;
import org.mvtd.backend.ip.Ip;
import org.mvtd.backend.ip.IpResult;
import org.mvtd.backend.link.Designs;
import org.mvtd.backend.link.Netns;
import org.mvtd.backend.monitor.LinkState;
import org.mvtd.model.Design;

/**
 * The helper's performance figures, measured in one run inside namespaces it makes (root only):
 * <ol>
 * <li>apply of N endpoints through the helper (rtnetlink) against the kernel's floor (the same requests as raw
 *     pipelined rtnetlink from this process) and against one {@code ip link add} + {@code ip link set up}
 *     process per endpoint (the way hand-written scripts do it: a shell inside the namespace; also the older
 *     Java-driven {@code ip -n} variant) and against one raw {@code ip -batch} of the same links;</li>
 * <li>teardown of the N endpoints (verified whole-group delete) against one-by-one deletes of a sample;</li>
 * <li>link-state latency: a link toggled through a running {@code ip -batch} and by an RTM_NEWLINK sent from
 *     this process, to the subscriber's callback, p50/p99 over M toggles, also from the kernel's ack and from a
 *     bare rtnetlink listener's receipt of the event;</li>
 * <li>a synthetic storm of 10,000 events/s through the real session and client, counting what arrives.</li>
 * </ol>
 * Run: {@code mvn -B -q -pl backend-linux -am -Pbench test-compile exec:exec} (see the module pom). Arguments:
 * endpoints (1000), toggles (500), parts (apply,latency,storm).
 */
public final class HelperBenchmark {
    private HelperBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (POSIXFactory.getNativePOSIX().geteuid() != 0) {
            System.out.println("HelperBenchmark needs root (network namespaces); skipped.");
            return;
        }
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int toggles = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        List<String> parts = List.of((args.length > 2 ? args[2] : "apply,latency,storm").split(","));
        System.out.printf(Locale.ROOT, "helper benchmark: %d endpoints, %d toggles, %s; load average %s%n", n, toggles, parts,
                java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip());
        if (parts.contains("apply")) {
            applyAndTeardown(n);
        }
        if (parts.contains("latency")) {
            latency(toggles, 0);
            latency(toggles, n);
        }
        if (parts.contains("storm")) {
            syntheticStorm(100, 10_000, 3);
        }
        System.out.printf(Locale.ROOT, "load average at the end: %s%n", java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip());
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** Timings by name, several per name; ratios are taken best to best and median to median. */
    private static final class Samples {
        private final java.util.Map<String, List<Long>> byName = new java.util.HashMap<>();

        void add(String name, long nanos) {
            byName.computeIfAbsent(name, k -> new ArrayList<>()).add(nanos);
        }

        long best(String name) {
            return byName.get(name).stream().mapToLong(Long::longValue).min().orElseThrow();
        }

        long median(String name) {
            long[] v = byName.get(name).stream().mapToLong(Long::longValue).sorted().toArray();
            return v[v.length / 2];
        }

        String describe(String name) {
            return String.format(Locale.ROOT, "best %.3f s, median %.3f s of %d", seconds(best(name)), seconds(median(name)),
                    byName.get(name).size());
        }

        String ratio(String num, String den) {
            return String.format(Locale.ROOT, "%.2fx best-to-best, %.2fx median-to-median", (double) best(num) / best(den),
                    (double) median(num) / median(den));
        }
    }

    private static void applyAndTeardown(int n) throws Exception {
        try (Netns ns = Netns.create("bench")) {
            HelperProcess helper = HelperProcess.in(ns);
            Design d = Designs.many("bench", "bm", n);
            try (HelperClient c = HelperClient.connect(helper.transport(), OptionalInt.of(0))) {
                c.apply(Designs.many("bench", "bm", 10), "kvm1", null); // warm the helper's code paths
                c.teardown(d, "kvm1");
                // The machine is shared: run the contenders interleaved, several rounds (alternating who goes
                // first), and report each one's best and median; the ratios are taken within this one run.
                int rounds = 5;
                Samples t = new Samples();
                List<Long> groups = List.of();
                boolean empty = false;
                for (int round = 0; round < rounds; round++) {
                    if (round % 2 == 1) {
                        raws(ns, n, t);
                    }
                    long t0 = System.nanoTime();
                    c.apply(d, "kvm1", null);
                    t.add("apply", System.nanoTime() - t0);
                    require(ns.links().size() == n + 3, "apply made " + (ns.links().size() - 3) + " links");
                    empty = c.plan(d, "kvm1").nothingToDo();
                    // where a teardown's time goes: the verification dump, in-process and through ip, on these links
                    long d0 = System.nanoTime();
                    require(org.mvtd.backend.rtnl.RtnlDump.links(ns.name()).size() == n + 3, "rtnl dump size");
                    long d1 = System.nanoTime();
                    require(ns.ip().tryRun("-N", "-s", "-d", "-json", "link", "show").ok(), "ip dump");
                    t.add("dump-rtnl", d1 - d0);
                    t.add("dump-ip", System.nanoTime() - d1);
                    t0 = System.nanoTime();
                    Results.TeardownResult td = c.teardown(d, "kvm1");
                    t.add("teardown", System.nanoTime() - t0);
                    groups = td.groups();
                    require(ns.links().size() == 3, "teardown left " + (ns.links().size() - 3) + " links");
                    InProcessApply.Times in = InProcessApply.run(ns, d);
                    t.add("apply-inprocess", in.apply());
                    t.add("teardown-inprocess", in.teardown());
                    if (round % 2 == 0) {
                        raws(ns, n, t);
                    }
                    if (round < 2) {
                        t.add("script", perProcessScript(ns, n));
                        t.add("java", perProcess(ns, n));
                    }
                }
                int sample = 50;
                long tOneByOne = oneByOne(ns, sample);

                System.out.printf(Locale.ROOT, "apply %d endpoints via the helper (dump + plan + journal + pipelined rtnetlink by ifindex): %s (%d rounds; re-plan empty=%s)%n",
                        n, t.describe("apply"), rounds, empty);
                System.out.printf(Locale.ROOT, "  one ip process per add + per up, a shell script inside the namespace (script style): %s -> helper is %s faster%n",
                        t.describe("script"), t.ratio("script", "apply"));
                System.out.printf(Locale.ROOT, "  one ip -n NS process per add + per up, started from Java (the earlier baseline): %s -> helper is %s faster%n",
                        t.describe("java"), t.ratio("java", "apply"));
                System.out.printf(Locale.ROOT, "  one raw ip -batch of the same links (add; alias + addrgenmode none; up): %s -> helper/raw = %s%n",
                        t.describe("raw"), t.ratio("apply", "raw"));
                System.out.printf(Locale.ROOT, "  one raw ip -batch, plain add + up (IPv6 address generation on): %s%n", t.describe("raw-plain"));
                System.out.printf(Locale.ROOT, "  one raw ip -batch, add; alias + addrgenmode none; then one link set group up: %s%n", t.describe("raw-group-up"));
                System.out.printf(Locale.ROOT, "  the raw batch against the script: %s faster (the floor for any ip -batch apply)%n", t.ratio("script", "raw"));
                System.out.printf(Locale.ROOT, "  the same requests as raw rtnetlink from this process, one at a time: %s -> %s faster than the script%n",
                        t.describe("floor"), t.ratio("script", "floor"));
                System.out.printf(Locale.ROOT, "  the same requests as raw rtnetlink, pipelined (many per datagram): %s -> %s faster than the script%n",
                        t.describe("floor-pipelined"), t.ratio("script", "floor-pipelined"));
                System.out.printf(Locale.ROOT, "  the same, with one group-wide up as the helper sends it: %s%n", t.describe("floor-group-up"));
                System.out.printf(Locale.ROOT, "  TARGETS apply/floor-pipelined = %s (target <= 1.25); script/apply = %s (target >= 10)%n",
                        t.ratio("apply", "floor-pipelined"), t.ratio("script", "apply"));
                System.out.printf(Locale.ROOT, "  apply/floor-group-up (the helper's exact requests) = %s%n", t.ratio("apply", "floor-group-up"));
                System.out.printf(Locale.ROOT, "  inside the helper (dump, plan, journal, pipelined rtnetlink; no client, JSON or validator): %s"
                        + " -> apply-inside/floor-pipelined = %s%n", t.describe("apply-inprocess"), t.ratio("apply-inprocess", "floor-pipelined"));
                System.out.printf(Locale.ROOT, "teardown %d endpoints via the helper: %s (whole groups %s, every member verified ours)%n",
                        n, t.describe("teardown"), groups);
                System.out.printf(Locale.ROOT, "  inside the helper (dump, verified group delete; target < 0.5 s): %s%n",
                        t.describe("teardown-inprocess"));
                System.out.printf(Locale.ROOT, "  one raw ip link delete group of %d: %s -> helper/raw = %s%n",
                        n, t.describe("delete-group"), t.ratio("teardown", "delete-group"));
                System.out.printf(Locale.ROOT, "  verification dump of the %d links: rtnetlink in-process %s; ip -N -s -d -json link show %s%n",
                        n + 3, t.describe("dump-rtnl"), t.describe("dump-ip"));
                System.out.printf(Locale.ROOT, "  one-by-one ip link delete: %.3f s for %d -> %.1f s per %d (helper is %.0fx faster)%n",
                        seconds(tOneByOne), sample, seconds(tOneByOne) * n / sample, n, (double) tOneByOne * n / sample / t.best("teardown"));
            } finally {
                helper.cleanUp();
            }
        }
    }

    private static long perProcess(Netns ns, int n) throws Exception {
        Ip ip = ns.ip();
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            ip.run("link", "add", "link", "eth0", "name", "sp" + i, "group", "77", "type", "macvtap", "mode", "bridge");
            ip.run("link", "set", "sp" + i, "up");
        }
        long t = System.nanoTime() - t0;
        ip.run("link", "delete", "group", "77");
        return t;
    }

    /** What a hand-written script does: a shell inside the namespace running ip once per add and per up. */
    private static long perProcessScript(Netns ns, int n) throws Exception {
        String script = "i=0; while [ $i -lt " + n + " ]; do ip link add link eth0 name ss$i group 79 type macvtap mode bridge"
                + " && ip link set ss$i up || exit 1; i=$((i+1)); done\n";
        Process p = new ProcessBuilder("ip", "netns", "exec", ns.name(), "sh", "-s").redirectErrorStream(true).start();
        long t0 = System.nanoTime();
        try (OutputStream os = p.getOutputStream()) {
            os.write(script.getBytes(StandardCharsets.US_ASCII));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        require(p.waitFor() == 0, "script failed: " + out);
        long t = System.nanoTime() - t0;
        ns.ip("link", "delete", "group", "79");
        return t;
    }

    /** The raw batches compared: as the helper sends them, plain (IPv6 on), and with one group-wide up. */
    private enum RawStyle { LIKE_HELPER, PLAIN, GROUP_UP }

    /** The three raw batches of one round, each followed by a timed raw group delete. */
    private static void raws(Netns ns, int n, Samples t) throws Exception {
        t.add("raw", rawBatch(ns, n, RawStyle.LIKE_HELPER, t));
        t.add("raw-plain", rawBatch(ns, n, RawStyle.PLAIN, t));
        t.add("raw-group-up", rawBatch(ns, n, RawStyle.GROUP_UP, t));
        t.add("floor", floor(ns, n, false, false));
        t.add("floor-pipelined", floor(ns, n, true, false));
        t.add("floor-group-up", floor(ns, n, true, true));
    }

    /** The same links and requests as the helper's batch, as raw rtnetlink from this process (no iproute2). */
    private static long floor(Netns ns, int n, boolean pipelined, boolean groupUp) throws Exception {
        int eth0 = ns.links().stream().filter(l -> l.name().equals("eth0")).findFirst().orElseThrow().ifindex();
        NetlinkFloor.Times times = NetlinkFloor.run(ns.name(), eth0, "nf", n, 76, pipelined, groupUp);
        require(ns.links().size() == n + 3, "the floor made " + (ns.links().size() - 3) + " links");
        ns.ip("link", "delete", "group", "76");
        return times.total();
    }

    private static long rawBatch(Netns ns, int n, RawStyle style, Samples samples) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add("link add link eth0 name rb" + i + " group 78 type macvtap mode bridge");
            if (style == RawStyle.PLAIN) {
                lines.add("link set dev rb" + i + " up");
            } else {
                // addrgenmode before up, in its own line: in one request the kernel would bring the link up first
                lines.add("link set dev rb" + i + " alias macvtap-designer:raw:rb" + i + " addrgenmode none");
                if (style == RawStyle.LIKE_HELPER) {
                    lines.add("link set dev rb" + i + " up");
                }
            }
        }
        if (style == RawStyle.GROUP_UP) {
            lines.add("link set group 78 up");
        }
        long t0 = System.nanoTime();
        IpResult r = ns.ip().batch(lines, false);
        long t = System.nanoTime() - t0;
        require(r.ok(), "raw batch failed: " + r.stderr());
        t0 = System.nanoTime();
        ns.ip("link", "delete", "group", "78");
        samples.add("delete-group", System.nanoTime() - t0);
        return t;
    }

    private static long oneByOne(Netns ns, int n) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add("link add link eth0 name ob" + i + " type macvtap mode bridge");
        }
        require(ns.ip().batch(lines, false).ok(), "one-by-one setup failed");
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            ns.ip("link", "delete", "ob" + i);
        }
        return System.nanoTime() - t0;
    }

    /** How a toggle reaches the kernel. */
    private interface Toggler extends AutoCloseable {
        /** Sets lt1 up or down; returns System.nanoTime() when the kernel had done it (its ack), or -1 if unknown. */
        long toggle(boolean up) throws Exception;

        @Override
        void close() throws Exception;
    }

    /** Lines written to a running {@code ip -batch -} (a process must wake up, read and send each). */
    private static Toggler ipBatch(Netns ns) throws java.io.IOException {
        Process batch = new ProcessBuilder("ip", "-n", ns.name(), "-batch", "-").redirectErrorStream(true).start();
        OutputStream toIp = batch.getOutputStream();
        return new Toggler() {
            @Override
            public long toggle(boolean up) throws Exception {
                toIp.write(("link set dev lt1 " + (up ? "up" : "down") + "\n").getBytes(StandardCharsets.US_ASCII));
                toIp.flush();
                return -1;
            }

            @Override
            public void close() throws Exception {
                toIp.close();
                batch.waitFor();
            }
        };
    }

    /** One RTM_NEWLINK (IFF_UP changed) sent from this process; the kernel's ack comes after its event went out. */
    private static Toggler netlink(Netns ns, int ifindex) throws java.io.IOException {
        org.mvtd.backend.sys.RtnlSocket sock = org.mvtd.backend.sys.RtnlSocket.open(ns.name(), 0, 1 << 16);
        org.mvtd.backend.sys.Poller poll = new org.mvtd.backend.sys.Poller(List.of(sock.fd()));
        byte[] ack = new byte[4096];
        return new Toggler() {
            private int seq;

            @Override
            public long toggle(boolean up) throws Exception {
                java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(32).order(java.nio.ByteOrder.nativeOrder());
                b.putInt(32).putShort((short) 16).putShort((short) 0x5).putInt(++seq).putInt(0); // RTM_NEWLINK, REQUEST|ACK
                b.put((byte) 0).put((byte) 0).putShort((short) 0).putInt(ifindex).putInt(up ? 1 : 0).putInt(1); // IFF_UP
                sock.send(b.array());
                int n;
                while ((n = sock.receive(ack)) < 0) {
                    poll.await(1000);
                }
                long t = System.nanoTime();
                require(org.mvtd.backend.rtnl.RtnlParser.parse(ack, n).error() == 0, "toggle refused");
                return t;
            }

            @Override
            public void close() {
                sock.close();
            }
        };
    }

    private static void latency(int toggles, int crowd) throws Exception {
        try (Netns ns = Netns.create("lat")) {
            if (crowd > 0) {
                List<String> lines = new ArrayList<>();
                for (int i = 0; i < crowd; i++) {
                    lines.add("link add link eth0 name cr" + i + " type macvlan mode bridge");
                }
                require(ns.ip().batch(lines, false).ok(), "crowd failed");
            }
            HelperProcess helper = HelperProcess.in(ns);
            Design d = Designs.many("lat", "lt", 3);
            BlockingQueue<Arrival> q = new LinkedBlockingQueue<>();
            try (HelperClient c = HelperClient.connect(helper.transport(), OptionalInt.of(0))) {
                c.apply(d, "kvm1", null);
                int ifindex = ns.links().stream().filter(l -> l.name().equals("lt1")).findFirst().orElseThrow().ifindex();
                Subscription s = c.subscribe(d, "kvm1", new LinkStateListener() {
                    @Override
                    public void state(LinkState state, boolean initial) {
                        if (!initial && state.name().equals("lt1")) {
                            q.add(new Arrival(state, System.nanoTime())); // when the subscriber's callback runs
                        }
                    }
                });
                // A bare rtnetlink listener in this process timestamps when the kernel's event is out, so the
                // helper's own share (event to subscriber) can be told from the kernel's (write to event).
                BlockingQueue<Long> seen = new LinkedBlockingQueue<>();
                try (AutoCloseable ref = org.mvtd.backend.rtnl.RtnlMonitor.start(ns.name(), e -> {
                    if ("lt1".equals(e.name())) {
                        seen.add(System.nanoTime());
                    }
                })) {
                    TimeUnit.MILLISECONDS.sleep(500); // let the initial listing pass
                    try (Toggler viaIp = ipBatch(ns)) {
                        measure("ip -batch line written", viaIp, toggles, crowd, q, seen);
                    }
                    try (Toggler viaNetlink = netlink(ns, ifindex)) {
                        measure("RTM_NEWLINK sent", viaNetlink, toggles, crowd, q, seen);
                    }
                }
                s.close();
            } finally {
                helper.cleanUp();
            }
        }
    }

    /** A state as the subscriber's callback got it, and when. */
    private record Arrival(LinkState state, long at) {
    }

    private static void measure(String how, Toggler toggler, int toggles, int crowd, BlockingQueue<Arrival> q,
                                BlockingQueue<Long> seen) throws Exception {
        long[] lat = new long[toggles];
        long[] own = new long[toggles];
        long[] afterAck = new long[toggles];
        long[] kernel = new long[toggles];
        boolean up = true;
        q.clear();
        seen.clear();
        for (int i = 0; i < toggles; i++) {
            up = !up;
            long t0 = System.nanoTime();
            long acked = toggler.toggle(up);
            long t1;
            while (true) {
                Arrival a = q.poll(5, TimeUnit.SECONDS);
                require(a != null, "no event for toggle " + i);
                if (a.state().adminUp() == up) {
                    t1 = a.at();
                    break;
                }
            }
            lat[i] = t1 - t0;
            afterAck[i] = acked < 0 ? -1 : Math.max(0, t1 - acked);
            Long kernelSeen = seen.poll(5, TimeUnit.SECONDS);
            require(kernelSeen != null, "the bare listener missed toggle " + i);
            own[i] = Math.max(0, t1 - kernelSeen);
            kernel[i] = Math.max(0, kernelSeen - t0);
            TimeUnit.MILLISECONDS.sleep(2); // distinct toggles, not a storm
            seen.clear();
        }
        System.out.printf(Locale.ROOT, "link-state latency over %d toggles, %d other links, %s -> subscriber callback: %s%n",
                toggles, crowd, how, percentiles(lat));
        if (afterAck[0] >= 0) {
            System.out.printf(Locale.ROOT, "  from the kernel's ack (its event already queued to every listener): %s%n", percentiles(afterAck));
        }
        System.out.printf(Locale.ROOT, "  from a bare in-process rtnetlink listener's receipt (the helper's own share): %s%n", percentiles(own));
        System.out.printf(Locale.ROOT, "  the kernel's share, write -> that listener's receipt: %s%n", percentiles(kernel));
    }

    private static String percentiles(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return String.format(Locale.ROOT, "p50 %.2f ms, p99 %.2f ms, max %.2f ms", v[v.length / 2] / 1e6,
                v[(int) Math.ceil(v.length * 0.99) - 1] / 1e6, v[v.length - 1] / 1e6);
    }

    /**
     * The kernel here flaps links at only ~125 changes/s (each admin change waits for the kernel to
     * quiesce), far from a 10,000 events/s storm. So the storm is synthetic: a kernel whose monitor emits
     * {@code rate} events per second over {@code links} links for {@code seconds}, into the real helper
     * session and client (in-process, over pipes). Reports what reached the client and the heap.
     */
    private static void syntheticStorm(int links, int rate, int seconds) throws Exception {
        org.mvtd.backend.link.FakeKernel fake = org.mvtd.backend.link.FakeKernel.withDevices("eth0");
        AtomicLong pushed = new AtomicLong();
        org.mvtd.backend.link.Kernel storming = fake.withFeed(onEvent -> {
            Thread t = new Thread(() -> {
                long start = System.nanoTime();
                long end = start + TimeUnit.SECONDS.toNanos(seconds);
                long n = 0;
                while (System.nanoTime() < end) {
                    long due = (System.nanoTime() - start) * rate / 1_000_000_000L;
                    for (; n < due; n++) {
                        String name = "st" + (n % links);
                        boolean up = (n / links) % 2 == 0;
                        onEvent.accept(org.mvtd.backend.link.LinkEvent.changed(new org.mvtd.backend.link.LinkInfo(
                                10, name, "macvtap", "bridge", "eth0", "02:00:00:00:00:10", up ? "UP" : "DOWN",
                                up ? List.of("UP", "LOWER_UP") : List.of("BROADCAST"), 1500, 0, null, null)));
                        pushed.incrementAndGet();
                    }
                    java.util.concurrent.locks.LockSupport.parkNanos(200_000);
                }
            }, "synthetic-storm");
            t.setDaemon(true);
            t.start();
            return t::interrupt;
        });
        Design d = Designs.many("storm", "st", links);
        org.mvtd.backend.helper.HelperConfig cfg = new org.mvtd.backend.helper.HelperConfig(storming,
                new org.mvtd.backend.link.FakeTapNodes(), new org.mvtd.backend.link.Journal(org.mvtd.backend.helper.ScratchDirs.create("mvtd-storm"), org.mvtd.backend.protocol.JournalJson::read),
                java.nio.file.Path.of("/dev/mvtd-storm"), java.util.Optional.empty(), uid -> true);
        AtomicLong delivered = new AtomicLong();
        try (HelperClient c = HelperClient.connect(new org.mvtd.backend.client.InProcessTransport(cfg), OptionalInt.empty())) {
            c.apply(d, "kvm1", null);
            long heapBefore = usedHeapAfterGc();
            Subscription s = c.subscribe(d, "kvm1", (state, initial) -> {
                if (!initial) {
                    delivered.incrementAndGet();
                }
            });
            long peak = 0;
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds + 1);
            while (System.nanoTime() < end) {
                TimeUnit.MILLISECONDS.sleep(250);
                Runtime rt = Runtime.getRuntime();
                peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
            }
            long heapAfter = usedHeapAfterGc();
            System.out.printf(Locale.ROOT, "synthetic storm: %d events in %d s (%.0f/s) over %d links reached the client as %d events (%.1f%%, coalesced per link)%n",
                    pushed.get(), seconds, pushed.get() / (double) seconds, links, delivered.get(), 100.0 * delivered.get() / pushed.get());
            System.out.printf(Locale.ROOT, "  heap of helper session + client (one JVM) after GC: %d KiB before, %d KiB after; peak before GC %d MiB%n",
                    heapBefore >> 10, heapAfter >> 10, peak >> 20);
            s.close();
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            TimeUnit.MILLISECONDS.sleep(50);
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(what);
        }
    }

}
