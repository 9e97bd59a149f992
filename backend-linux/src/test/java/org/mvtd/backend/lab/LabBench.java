package org.mvtd.backend.lab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mvtd.backend.sys.Privileges;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Host;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Station;
import org.mvtd.model.Switch;

/**
 * Benchmark harness (root): builds, probes and tears down a 10-node design (and optionally bigger ones)
 * several times and prints per-phase timings (ready: the part of the build spent waiting for carriers;
 * settle: the part of probing spent waiting for the last deliveries). The target: a 10-node design in under 5 s.
 *
 * <p>Run: {@code mvn -B -q -pl backend-linux -am -Plab-bench test -DskipTests} (arguments through
 * {@code -Dlab.bench.args="ROUNDS NODES..."}, default "5 10 40").
 */
public final class LabBench {
    private LabBench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> missing = Privileges.missingForLab();
        if (!missing.isEmpty()) {
            System.out.println("lab benchmark skipped: " + String.join("; ", missing));
            return;
        }
        String[] a = args.length > 0 ? args : "5 10 40".split(" ");
        int rounds = Integer.parseInt(a[0]);
        for (String n : Arrays.copyOfRange(a, 1, a.length)) {
            run(Integer.parseInt(n), rounds);
        }
    }

    private static void run(int nodes, int rounds) throws LabException {
        Design d = design(nodes);
        System.out.printf("%d-node design (%d pairs), %d rounds; round 1 includes JVM warm-up (jnr-ffi, Jackson)%n",
                nodes, nodes * (nodes - 1), rounds);
        System.out.printf("%6s %9s %9s %9s %9s %9s %9s%n", "round", "build", "(ready)", "probe", "(settle)", "teardown", "total");
        long[] totals = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            Lab lab = Lab.build(d);
            ProbeOutcome o;
            try {
                o = lab.probe(lab.naturalOrder());
            } finally {
                lab.close();
            }
            LabTimings t = lab.timings();
            totals[i] = t.totalMillis();
            System.out.printf("%6d %6d ms %6d ms %6d ms %6d ms %6d ms %6d ms%n", i + 1, t.buildMillis(), lab.readyMillis(),
                    t.probeMillis(), o.stats().settleMillis(), t.teardownMillis(), t.totalMillis());
        }
        long[] warm = Arrays.copyOfRange(totals, Math.min(1, rounds - 1), rounds);
        Arrays.sort(warm);
        long median = warm[warm.length / 2];
        System.out.printf("median warm total %d ms%s%n%n", median,
                nodes <= 10 ? String.format(" (target 5000 ms: %.1fx headroom)", 5000.0 / Math.max(1, median)) : "");
    }

    /** {@code nodes} nodes: two stations, then hosts of one host-stack device and three endpoints of mixed modes. */
    static Design design(int nodes) {
        if (nodes < 3) {
            throw new IllegalArgumentException("at least 3 nodes");
        }
        List<Host> hosts = new ArrayList<>();
        MacvlanMode[] modes = {MacvlanMode.VEPA, MacvlanMode.BRIDGE, MacvlanMode.PRIVATE};
        int left = nodes - 2;
        for (int h = 0; left > 0; h++) {
            List<Endpoint> eps = new ArrayList<>();
            left--;
            for (int e = 0; e < 3 && left > 0; e++, left--) {
                Endpoint ep = e == 2 ? Endpoint.macvlan("mvl" + e, "eth0", modes[e]) : Endpoint.macvtap("mvt" + e, "eth0", modes[e]);
                eps.add(ep);
            }
            hosts.add(Host.of("h" + h, List.of(Device.of("eth0", "sw")), eps));
        }
        return Design.empty("bench").withSwitches(List.of(Switch.of("sw", true)))
                .withStations(List.of(Station.of("st0", "sw"), Station.of("st1", "sw"))).withHosts(hosts);
    }
}
