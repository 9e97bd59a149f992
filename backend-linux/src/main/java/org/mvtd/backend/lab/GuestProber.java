package org.mvtd.backend.lab;

import static org.mvtd.backend.lab.GuestPlace.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mvtd.model.reach.Pair;
import org.mvtd.model.reach.ReachReport;

/**
 * Gives every measured interface an IPv4 and an IPv6 address and pings every ordered pair of them in
 * both, each direction with the neighbour tables of both ends emptied first (one ping's ARP or Neighbour
 * Discovery exchange would teach the other direction). Pairs within one place (two interfaces of one
 * namespace or one guest) are left out: their packets never leave the IP stack they share.
 *
 * <p>Several interfaces in one place share one subnet, so each gets its own routing table chosen by its
 * source address (replies leave where the request came in), and ARP is answered only by the interface that
 * holds the address ({@code arp_ignore=1}, {@code arp_announce=2}).
 */
final class GuestProber {
    /** Static IPv6 (not EUI-64: a guest's solicited-node group then differs from its MAC's), or EUI-64 link-local. */
    enum V6 { STATIC, LINK_LOCAL }

    /** A measured interface of reach node {@code node}. */
    record End(String node, GuestPlace place, String ifname) {
        End {
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(ifname, "ifname");
        }
    }

    private record Addressed(End end, String v4, String v6) {
    }

    private static final Pattern PINGS = Pattern.compile("pings (\\d+) (\\d+)");
    private static final Pattern LINK_LOCAL = Pattern.compile("inet6 (fe80::[0-9a-f:]+)/64");
    private static final String NET4 = "10.77.0.0/16";
    private static final String NET6 = "fd77::/64";
    private static final int FIRST_TABLE = 100;
    /** Pairs pinged at once, at most; each mostly waits (for replies, or for a failed ping's second). */
    private static final int PARALLEL = 16;
    private final V6 v6;

    GuestProber(V6 v6) {
        this.v6 = Objects.requireNonNull(v6, "v6");
    }

    /**
     * Addresses {@code ends}, then pings every pair across places and compares with the engine's ping. Pairs
     * that share no place run at the same time (a ping's ARP or Neighbour Discovery teaches only its two ends,
     * and those are flushed before it), so the seconds failed pings wait for overlap.
     */
    List<GuestRun.PairResult> run(List<End> ends, ReachReport report) throws LabException {
        List<Addressed> all = address(ends);
        Map<String, Pair> pairs = new LinkedHashMap<>();
        report.pairs().forEach(p -> pairs.put(p.from() + "\0" + p.to(), p));
        List<Addressed[]> todo = new ArrayList<>();
        for (Addressed a : all) {
            for (Addressed b : all) {
                if (!a.end().place().equals(b.end().place())) {
                    todo.add(new Addressed[] {a, b});
                }
            }
        }
        Map<String, GuestRun.PairResult> done = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            while (!todo.isEmpty()) {
                List<Addressed[]> round = new ArrayList<>();
                Set<Object> busy = new HashSet<>();
                for (Addressed[] ab : todo) {
                    Object x = busyKey(ab[0].end());
                    Object y = busyKey(ab[1].end());
                    if (!busy.contains(x) && !busy.contains(y)) {
                        busy.add(x);
                        busy.add(y);
                        round.add(ab);
                    }
                }
                todo.removeAll(round);
                List<Future<GuestRun.PairResult>> results = new ArrayList<>();
                for (Addressed[] ab : round) {
                    Pair p = pairs.get(ab[0].end().node() + "\0" + ab[1].end().node());
                    if (p == null) {
                        throw new LabException("the engine's report has no pair " + ab[0].end().node() + " -> " + ab[1].end().node());
                    }
                    results.add(pool.submit(() -> {
                        boolean[] got = ping(ab[0], ab[1]);
                        return new GuestRun.PairResult(p.from(), p.to(), p.ping(), p.ping6(), got[0], got[1]);
                    }));
                }
                for (Future<GuestRun.PairResult> f : results) {
                    GuestRun.PairResult r = get(f);
                    done.put(r.from() + "\0" + r.to(), r);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        // in node order, whatever order the rounds ran in
        List<GuestRun.PairResult> out = new ArrayList<>();
        for (Addressed a : all) {
            for (Addressed b : all) {
                GuestRun.PairResult r = done.get(a.end().node() + "\0" + b.end().node());
                if (r != null) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    private static GuestRun.PairResult get(Future<GuestRun.PairResult> f) throws LabException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("interrupted while pinging", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof LabException le) {
                throw le;
            }
            throw new LabException("pinging failed: " + e.getCause(), e.getCause());
        }
    }

    private List<Addressed> address(List<End> ends) throws LabException {
        Map<GuestPlace, List<End>> byPlace = new LinkedHashMap<>();
        ends.forEach(e -> byPlace.computeIfAbsent(e.place(), k -> new ArrayList<>()).add(e));
        List<Addressed> out = new ArrayList<>();
        int i = 0;
        for (Map.Entry<GuestPlace, List<End>> pl : byPlace.entrySet()) {
            GuestPlace place = pl.getKey();
            must(place, "for c in all default; do echo 1 > /proc/sys/net/ipv4/conf/$c/arp_ignore;"
                    + " echo 2 > /proc/sys/net/ipv4/conf/$c/arp_announce; echo 0 > /proc/sys/net/ipv4/conf/$c/rp_filter; done");
            boolean shared = pl.getValue().size() > 1;
            int table = FIRST_TABLE;
            for (End e : pl.getValue()) {
                i++;
                String v4 = "10.77." + (i / 200) + "." + (i % 200 + 1);
                String v6s = "fd77::" + Integer.toHexString(i);
                String dev = quote(e.ifname());
                must(place, "echo 0 > /proc/sys/net/ipv6/conf/" + dev + "/accept_dad; echo 0 > /proc/sys/net/ipv4/conf/" + dev
                        + "/rp_filter; ip addr add " + v4 + "/16 dev " + dev + " && ip -6 addr add " + v6s + "/64 dev " + dev);
                if (shared) {
                    // a route needs its device up; a down interface sends and receives nothing anyway
                    must(place, "[ $(( $(cat /sys/class/net/" + dev + "/flags) & 1 )) = 0 ] || { ip rule add from " + v4 + " table " + table + " && ip route add " + NET4 + " dev " + dev
                            + " table " + table + " && ip -6 rule add from " + v6s + " table " + table + " && ip -6 route add "
                            + NET6 + " dev " + dev + " table " + table + "; }");
                    table++;
                }
                out.add(new Addressed(e, v4, v6 == V6.STATIC ? v6s : linkLocal(e)));
            }
        }
        return out;
    }

    /** The interface's EUI-64 link-local address, generated once it has carrier (waited for up to 5 s). */
    private static String linkLocal(End e) throws LabException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        do {
            GuestVm.Reply r = must(e.place(), "ip -6 addr show dev " + quote(e.ifname()));
            Matcher m = LINK_LOCAL.matcher(r.output());
            if (m.find()) {
                return m.group(1);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new LabException("interrupted", ex);
            }
        } while (System.nanoTime() < deadline);
        // down, or without carrier: the address it would have, which nothing can reach now
        return eui64(Mac.parse(must(e.place(), "cat /sys/class/net/" + quote(e.ifname()) + "/address").output().strip()));
    }

    /** fe80:: plus the modified EUI-64 of {@code mac} (RFC 4291, appendix A). */
    static String eui64(Mac mac) {
        byte[] b = mac.bytes();
        int[] w = {((b[0] ^ 0x02) & 0xff) << 8 | b[1] & 0xff, (b[2] & 0xff) << 8 | 0xff, 0xfe00 | b[3] & 0xff,
            (b[4] & 0xff) << 8 | b[5] & 0xff};
        return String.format("fe80::%x:%x:%x:%x", w[0], w[1], w[2], w[3]);
    }

    /**
     * What a pair shares with pairs running at the same time: a guest's one serial console, but in a namespace
     * only the interface (neighbour tables are per interface).
     */
    private static Object busyKey(End e) {
        return e.place() instanceof GuestPlace.Vm ? e.place() : e;
    }

    /**
     * IPv4 and IPv6 ping from {@code from} to {@code to} at once, after emptying both ends' neighbour tables: ARP
     * and Neighbour Discovery keep separate tables, so neither ping teaches the other.
     */
    private boolean[] ping(Addressed from, Addressed to) throws LabException {
        flush(from.end());
        flush(to.end());
        String ping = from.end().place().ping() + " -c 1 -W 1 -I " + quote(from.end().ifname()) + " ";
        GuestVm.Reply r = must(from.end().place(), ping + to.v4() + " >/dev/null 2>&1 & four=$!; " + ping + "-6 " + to.v6()
                + " >/dev/null 2>&1 & six=$!; wait $four; a=$?; wait $six; echo \"pings $a $?\"");
        Matcher m = PINGS.matcher(r.output());
        if (!m.find()) {
            throw new LabException("in " + from.end().place().describe() + ": cannot read the pings' status: " + r.output().strip());
        }
        return new boolean[] {m.group(1).equals("0"), m.group(2).equals("0")};
    }

    private static void flush(End e) throws LabException {
        String dev = quote(e.ifname());
        must(e.place(), "ip -4 neigh flush dev " + dev + "; ip -6 neigh flush dev " + dev + "; true");
    }

    private static GuestVm.Reply must(GuestPlace place, String line) throws LabException {
        GuestVm.Reply r = place.sh(line);
        if (!r.ok()) {
            throw new LabException("in " + place.describe() + ": '" + line + "' failed (" + r.status() + "): " + r.output().strip());
        }
        return r;
    }
}
