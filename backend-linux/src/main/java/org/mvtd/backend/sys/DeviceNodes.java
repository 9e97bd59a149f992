package org.mvtd.backend.sys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Opens a macvtap endpoint's character device without trusting /dev: /dev/tapN is named after the
 * ifindex, which repeats across namespaces, so the node is made from the major:minor the namespace's own
 * sysfs gives, in the namespace thread's private tmpfs, opened, and unlinked at once.
 */
public final class DeviceNodes {
    private DeviceNodes() {
    }

    /** Opens {@code ifname}'s tap device as a guest would; {@code ns} must have a private sysfs. */
    public static TapDevice openTap(NetnsThread ns, String ifname) throws IOException {
        Objects.requireNonNull(ns, "ns");
        Objects.requireNonNull(ifname, "ifname");
        if (ns.sysfs() == null) {
            throw new IllegalArgumentException("namespace thread " + ns.netns() + " has no private sysfs");
        }
        return ns.call(() -> {
            Path dir = ns.sysfs().resolve("class/net").resolve(ifname).resolve("macvtap");
            List<Path> taps;
            try (Stream<Path> s = Files.list(dir)) {
                taps = s.filter(p -> p.getFileName().toString().startsWith("tap")).toList();
            }
            if (taps.size() != 1) {
                throw new IOException(dir + ": expected one tapN entry, found " + taps.size());
            }
            long[] dev = parseDev(Files.readString(taps.get(0).resolve("dev")));
            Path node = ns.sysfs().getParent().resolve("node-" + ifname);
            LibC c = Sys.libc();
            Sys.check(c.mknod(node.toString(), Sys.S_IFCHR | 0600, Sys.makedev(dev[0], dev[1])), "mknod", node.toString());
            try {
                return TapDevice.open(node.toString(), ifname);
            } finally {
                c.unlink(node.toString());
            }
        });
    }

    /** "MAJOR:MINOR\n" as sysfs prints it. */
    static long[] parseDev(String text) {
        String t = text.strip();
        int colon = t.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("not a MAJOR:MINOR device number: '" + t + "'");
        }
        return new long[] {Long.parseLong(t.substring(0, colon)), Long.parseLong(t.substring(colon + 1))};
    }
}
