package org.mvtd.backend.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mvtd.backend.ip.Ip;
import org.mvtd.backend.ip.IpResult;
import org.mvtd.backend.sys.NetnsThread;

/**
 * The IPv4 neighbour tables of the lab's IP-stack namespaces: an ARP request a stack took for its own
 * address leaves an entry for the sender on the receiving interface (arp_process's neigh_event_ns; with
 * arp_ignore=1 only the interface holding the target address answers), so an entry (interface, sender)
 * is a broadcast the stack really received. Read through each namespace's own /proc/thread-self/net/arp.
 */
final class NeighbourTables {
    /** One complete neighbour entry: {@code address} (as LabFrames writes it) is known on {@code ifname}. */
    record Entry(String netns, String ifname, String address) {
    }

    private static final Path ARP = Path.of("/proc/thread-self/net/arp");
    private static final int ATF_COM = 0x2;
    private final Map<String, NetnsThread> threads;

    NeighbourTables(Map<String, NetnsThread> threads) {
        this.threads = Map.copyOf(Objects.requireNonNull(threads, "threads"));
    }

    List<Entry> read() throws IOException {
        List<Entry> out = new ArrayList<>();
        for (Map.Entry<String, NetnsThread> t : threads.entrySet()) {
            String text = t.getValue().call(() -> Files.readString(ARP));
            out.addAll(parse(t.getKey(), text));
        }
        return out;
    }

    /** Both families' entries, from {@code ip -o neigh show} (IPv6 neighbours have no /proc file). */
    List<Entry> readAll() throws LabException {
        List<Entry> out = new ArrayList<>();
        for (String ns : threads.keySet()) {
            IpResult r = Ip.in(ns).tryRun("-o", "neigh", "show");
            if (!r.ok()) {
                throw new LabException("reading the neighbour table of " + ns + " failed: " + r.stderr().strip());
            }
            out.addAll(parseIp(ns, r.stdout()));
        }
        return out;
    }

    /** Parses {@code ip -o neigh show}: "ADDR dev IF lladdr MAC STATE"; entries without lladdr are unresolved. */
    static List<Entry> parseIp(String netns, String text) {
        List<Entry> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 5 || !f[1].equals("dev") || !f[3].equals("lladdr")) {
                continue;
            }
            out.add(new Entry(netns, f[2], canonical(f[0])));
        }
        return out;
    }

    private static String canonical(String address) {
        if (address.indexOf(':') < 0) {
            return LabFrames.ip(LabFrames.parseIp(address));
        }
        try {
            return LabFrames.ip6(java.net.InetAddress.getByName(address).getAddress()); // a literal: no lookup
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("not an IPv6 address: " + address, e);
        }
    }

    /** Empties every table, so the next round's entries are its own (and the kernel's table stays small). */
    void flush() throws LabException {
        for (String ns : threads.keySet()) {
            IpResult r = Ip.in(ns).tryRun("neigh", "flush", "all");
            if (!r.ok()) {
                throw new LabException("flushing the neighbour table of " + ns + " failed: " + r.stderr().strip());
            }
        }
    }

    /** Parses /proc/net/arp: "IP HWtype Flags HWaddress Mask Device" after a header line. */
    static List<Entry> parse(String netns, String text) {
        List<Entry> out = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].trim().split("\\s+");
            if (f.length < 6) {
                continue;
            }
            int flags = Integer.decode(f[2]);
            if ((flags & ATF_COM) != 0) {
                out.add(new Entry(netns, f[5], LabFrames.ip(LabFrames.parseIp(f[0]))));
            }
        }
        return out;
    }
}
