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
 * <li>apply of N endpoints through the helper against one {@code ip link add} + {@code ip link set up}
 *     process per endpoint (the way hand-written scripts do it) and against one raw {@code ip -batch} of the
 *     same links;</li>
 * <li>teardown of the N endpoints (verified whole-group delete) against one-by-one deletes of a sample;</li>
 * <li>link-state latency: a link toggled through a running {@code ip -batch} to the subscriber's callback,
 *     p50/p99 over M toggles;</li>
 * <li>a storm: links flapped as fast as iproute2 can, counting what reaches the subscriber.</li>
 * </ol>
 * Run: {@code mvn -B -q -pl backend-linux -am -Pbench test-compile exec:exec} (see the module pom).
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
        System.out.printf(Locale.ROOT, "helper benchmark: %d endpoints, %d toggles%n", n, toggles);
        applyAndTeardown(n);
        latency(toggles);
        storm();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void applyAndTeardown(int n) throws Exception {
        try (Netns ns = Netns.create("bench")) {
            HelperProcess helper = HelperProcess.in(ns);
            Design d = Designs.many("bench", "bm", n);
            try (HelperClient c = HelperClient.connect(helper.transport(), OptionalInt.of(0))) {
                c.list(); // warm the helper JVM's code paths
                long t0 = System.nanoTime();
                Results.PlanResult plan = c.plan(d, "kvm1");
                long tPlan = System.nanoTime() - t0;
                t0 = System.nanoTime();
                c.apply(d, "kvm1", plan.digest());
                long tApply = System.nanoTime() - t0;
                require(ns.links().size() == n + 3, "apply made " + (ns.links().size() - 3) + " links");
                t0 = System.nanoTime();
                boolean empty = c.plan(d, "kvm1").nothingToDo();
                long tReplan = System.nanoTime() - t0;
                t0 = System.nanoTime();
                Results.TeardownResult td = c.teardown(d, "kvm1");
                long tTeardown = System.nanoTime() - t0;
                require(ns.links().size() == 3, "teardown left " + (ns.links().size() - 3) + " links");

                long tScript = perProcess(ns, n);
                long tRaw = rawBatch(ns, n, true);
                long tRawPlain = rawBatch(ns, n, false);
                int sample = 50;
                long tOneByOne = oneByOne(ns, sample);

                System.out.printf(Locale.ROOT, "apply %d endpoints via helper: %.3f s (plan %.3f s before it; re-plan %.3f s, empty=%s)%n",
                        n, seconds(tApply), seconds(tPlan), seconds(tReplan), empty);
                System.out.printf(Locale.ROOT, "  one ip process per add + per up (script style): %.3f s -> helper is %.1fx faster%n",
                        seconds(tScript), (double) tScript / tApply);
                System.out.printf(Locale.ROOT, "  one raw ip -batch of the same links (alias, addrgenmode none, up): %.3f s -> helper/raw = %.2f%n",
                        seconds(tRaw), (double) tApply / tRaw);
                System.out.printf(Locale.ROOT, "  one raw ip -batch, plain add + up (IPv6 addrgen on): %.3f s%n", seconds(tRawPlain));
                System.out.printf(Locale.ROOT, "teardown %d endpoints via helper: %.3f s (whole groups %s)%n", n, seconds(tTeardown), td.groups());
                System.out.printf(Locale.ROOT, "  one-by-one ip link delete: %.3f s for %d -> %.1f s per %d (helper is %.0fx faster)%n",
                        seconds(tOneByOne), sample, seconds(tOneByOne) * n / sample, n, (double) tOneByOne * n / sample / tTeardown);
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

    private static long rawBatch(Netns ns, int n, boolean likeHelper) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add("link add link eth0 name rb" + i + " group 78 type macvtap mode bridge");
            lines.add(likeHelper ? "link set dev rb" + i + " alias macvtap-designer:raw:rb" + i + " addrgenmode none up"
                    : "link set dev rb" + i + " up");
        }
        long t0 = System.nanoTime();
        IpResult r = ns.ip().batch(lines, false);
        long t = System.nanoTime() - t0;
        require(r.ok(), "raw batch failed: " + r.stderr());
        ns.ip("link", "delete", "group", "78");
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

    private static void latency(int toggles) throws Exception {
        try (Netns ns = Netns.create("lat")) {
            HelperProcess helper = HelperProcess.in(ns);
            Design d = Designs.many("lat", "lt", 3);
            BlockingQueue<LinkState> q = new LinkedBlockingQueue<>();
            try (HelperClient c = HelperClient.connect(helper.transport(), OptionalInt.of(0))) {
                c.apply(d, "kvm1", null);
                Subscription s = c.subscribe(d, "kvm1", new LinkStateListener() {
                    @Override
                    public void state(LinkState state, boolean initial) {
                        if (!initial && state.name().equals("lt1")) {
                            q.add(state);
                        }
                    }
                });
                Process batch = new ProcessBuilder("ip", "-n", ns.name(), "-batch", "-").redirectErrorStream(true).start();
                OutputStream toIp = batch.getOutputStream();
                long[] lat = new long[toggles];
                boolean up = true;
                TimeUnit.MILLISECONDS.sleep(500); // let the initial listing pass
                q.clear();
                for (int i = 0; i < toggles; i++) {
                    up = !up;
                    long t0 = System.nanoTime();
                    toIp.write(("link set dev lt1 " + (up ? "up" : "down") + "\n").getBytes(StandardCharsets.US_ASCII));
                    toIp.flush();
                    while (true) {
                        LinkState st = q.poll(5, TimeUnit.SECONDS);
                        require(st != null, "no event for toggle " + i);
                        if (st.adminUp() == up) {
                            break;
                        }
                    }
                    lat[i] = System.nanoTime() - t0;
                    TimeUnit.MILLISECONDS.sleep(2); // distinct toggles, not a storm
                }
                toIp.close();
                batch.waitFor();
                Arrays.sort(lat);
                System.out.printf(Locale.ROOT, "link-state latency over %d toggles (ip -batch write to subscriber callback): p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                        toggles, lat[toggles / 2] / 1e6, lat[(int) Math.ceil(toggles * 0.99) - 1] / 1e6, lat[toggles - 1] / 1e6);
                s.close();
            } finally {
                helper.cleanUp();
            }
        }
    }

    private static void storm() throws Exception {
        int links = 50;
        try (Netns ns = Netns.create("storm")) {
            HelperProcess helper = HelperProcess.in(ns);
            Design d = Designs.many("storm", "st", links);
            AtomicLong events = new AtomicLong();
            try (HelperClient c = HelperClient.connect(helper.transport(), OptionalInt.of(0))) {
                c.apply(d, "kvm1", null);
                Subscription s = c.subscribe(d, "kvm1", (state, initial) -> {
                    if (!initial) {
                        events.incrementAndGet();
                    }
                });
                TimeUnit.MILLISECONDS.sleep(500);
                List<String> lines = new ArrayList<>();
                int rounds = 100;
                for (int r = 0; r < rounds; r++) {
                    for (int i = 0; i < links; i++) {
                        lines.add("link set dev st" + i + (r % 2 == 0 ? " down" : " up"));
                    }
                }
                long t0 = System.nanoTime();
                require(ns.ip().batch(lines, false).ok(), "storm batch failed");
                double secs = seconds(System.nanoTime() - t0);
                TimeUnit.SECONDS.sleep(2);
                Runtime rt = Runtime.getRuntime();
                System.out.printf(Locale.ROOT, "storm: %d kernel link changes in %.2f s (%.0f/s) reached the subscriber as %d coalesced events (%.1f%%)%n",
                        lines.size(), secs, lines.size() / secs, events.get(), 100.0 * events.get() / lines.size());
                System.out.printf(Locale.ROOT, "  client heap after the storm: %d MiB used%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
                s.close();
            } finally {
                helper.cleanUp();
            }
        }
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(what);
        }
    }

}
