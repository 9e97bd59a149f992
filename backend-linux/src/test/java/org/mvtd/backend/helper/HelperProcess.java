package org.mvtd.backend.helper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mvtd.backend.client.ProcessTransport;
import org.mvtd.backend.link.Netns;

/**
 * Starts the real helper JVM inside a test's namespace ({@code ip netns exec NS java ...}: a test harness,
 * not a shell), with its own journal and tap-node directories. The caller's SUDO_UID/PKEXEC_UID are
 * dropped so the hello's uid decides the nodes' owner.
 */
public final class HelperProcess {
    private final Netns ns;
    private final Path journal;
    private final Path tapDir;

    public HelperProcess(Netns ns, Path journal, Path tapDir) {
        this.ns = Objects.requireNonNull(ns, "ns");
        this.journal = journal;
        this.tapDir = tapDir;
    }

    /** A journal in a temp dir and a tap dir under /dev (device nodes need a filesystem without nodev). */
    public static HelperProcess in(Netns ns) throws IOException {
        return new HelperProcess(ns, ScratchDirs.create("mvtd-journal"), Path.of("/dev", ns.name()));
    }

    public Path journal() {
        return journal;
    }

    public Path tapDir() {
        return tapDir;
    }

    public ProcessTransport transport() {
        return transport(HelperMain.class.getName(), List.of());
    }

    /** The helper started as pkexec would start it for a careless caller: with umask 0. */
    public ProcessTransport transportUnderUmaskZero() {
        List<String> argv = new ArrayList<>(List.of("sh", "-c", "umask 0 && exec \"$@\"", "sh"));
        argv.addAll(transport(HelperMain.class.getName(), List.of()).argv());
        return new ProcessTransport(argv);
    }

    public ProcessTransport faulty(String mode, int k, Path marker) {
        return transport(FaultHelperMain.class.getName(), List.of(mode, Integer.toString(k), marker.toString()));
    }

    private ProcessTransport transport(String main, List<String> first) {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> argv = new ArrayList<>(List.of("env", "-u", "SUDO_UID", "-u", "PKEXEC_UID", "ip", "netns", "exec", ns.name(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:auto", System.getProperty("mvtd.test.helperJit", "-XX:TieredStopAtLevel=1"), org.mvtd.backend.client.BundledHelper.NO_GENERATED_STUBS,
                "-D" + HelperMain.JOURNAL_PROPERTY + "=" + journal,
                // the namespace's eth0 is a veth standing in for a NIC: the helper takes it as ethernet only when told
                "-D" + org.mvtd.backend.link.LowerDevices.VETH_PROPERTY + "=true", "-D" + HelperMain.TAP_DIR_PROPERTY + "=" + tapDir,
                "-cp", cp, main));
        argv.addAll(first);
        return new ProcessTransport(argv);
    }

    /**
     * The alias this helper writes for {@code endpoint}: its mark is made with the helper's own generation key
     * (in its journal directory) and the inode of the namespace it runs in.
     */
    public String alias(org.mvtd.backend.link.DesignId id, String endpoint, int uid, Netns in) throws IOException {
        byte[] key = java.nio.file.Files.readAllBytes(journal.resolve(org.mvtd.backend.link.OwnerMark.KEY_FILE));
        long netns = ((Number) java.nio.file.Files.getAttribute(Path.of("/run/netns", in.name()), "unix:ino")).longValue();
        return org.mvtd.backend.link.DesignId.ALIAS_PREFIX + id.value() + ":" + endpoint + ":" + uid + ":"
                + org.mvtd.backend.link.OwnerMark.of(key, netns, false).tag(id, endpoint, uid);
    }

    /** Removes the tap directory this helper may have made under /dev, and its journal directory. */
    public void cleanUp() throws IOException {
        ScratchDirs.deleteTree(tapDir);
        ScratchDirs.deleteTree(journal);
    }
}
