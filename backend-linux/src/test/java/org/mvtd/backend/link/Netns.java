package org.mvtd.backend.link;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import jnr.posix.POSIXFactory;
import org.mvtd.backend.ip.Ip;
import org.mvtd.backend.ip.IpException;

/**
 * A network namespace made for one test, {@code mvtd-helper-AREA-RANDOM}, with a veth pair standing in for
 * eth0 (its peer eth0p, both up). Deleted on close, also after a failure; never touches other namespaces.
 */
public final class Netns implements AutoCloseable {
    private final String name;
    private final Ip ip;

    private Netns(String name) {
        this.name = name;
        this.ip = Ip.in(name);
    }

    /** Skips the calling test, saying why, unless we are root with iproute2 at hand. */
    public static void assumeRoot() {
        assumeTrue(POSIXFactory.getNativePOSIX().geteuid() == 0,
                "skipped: needs root to create network namespaces (CI runs as root)");
        assumeTrue(Ip.host().tryRun("netns", "list").ok(), "skipped: iproute2's 'ip netns' is not available");
    }

    public static Netns create(String area) throws IpException {
        byte[] r = new byte[3];
        ThreadLocalRandom.current().nextBytes(r);
        Netns ns = new Netns("mvtd-helper-" + area + "-" + HexFormat.of().formatHex(r));
        Ip.host().run("netns", "add", ns.name);
        try {
            ns.ip("link", "add", "eth0", "type", "veth", "peer", "name", "eth0p");
            ns.ip("link", "set", "eth0p", "up");
            ns.ip("link", "set", "eth0", "up");
        } catch (IpException e) {
            ns.close();
            throw e;
        }
        return ns;
    }

    public String name() {
        return name;
    }

    public Ip ip() {
        return ip;
    }

    public void ip(String... args) throws IpException {
        ip.run(args);
    }

    /** The namespace's kernel as the helper sees it, without sysfs (tap numbers come through {@link #sysfs}). */
    public org.mvtd.backend.rtnl.RtnlKernel kernel() {
        return new org.mvtd.backend.rtnl.RtnlKernel(name, java.nio.file.Path.of("/nonexistent"));
    }

    public List<LinkInfo> links() throws KernelException {
        return kernel().links();
    }

    /** Reads a sysfs file as seen inside the namespace. */
    public String sysfs(String path) {
        return Ip.host().tryRun("netns", "exec", name, "cat", path).stdout().strip();
    }

    @Override
    public void close() {
        Ip.host().tryRun("netns", "del", name);
    }
}
