package org.mvtd.backend.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.Stream;
import org.mvtd.backend.client.HelperClient;
import org.mvtd.backend.client.HelperException;
import org.mvtd.backend.link.LowerDevices;
import org.mvtd.backend.client.ProcessTransport;
import org.mvtd.backend.client.Results;
import org.mvtd.backend.ip.Ip;
import org.mvtd.model.Design;
import org.mvtd.model.Guest;
import org.mvtd.model.Host;
import org.mvtd.model.LinkType;
import org.mvtd.model.NicModel;
import org.mvtd.model.export.ExportException;
import org.mvtd.model.export.ExportedFile;
import org.mvtd.model.export.QemuExporter;
import org.mvtd.model.reach.Node;
import org.mvtd.model.reach.NodeKind;
import org.mvtd.model.reach.ReachEngine;
import org.mvtd.model.reach.ReachReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A design with real guests, the way a user runs it: switches, hosts' devices and stations built in
 * namespaces by {@link LabPlan} (of the design without its endpoints), then per host the project's own
 * helper applies the design (as {@code mvtd apply} does: the links, and tap nodes owned by the desktop
 * user), each guest boots from the design's qemu export as that user, and {@link GuestProber} pings every
 * pair. Closing tears down through the helper and checks that nothing is left.
 */
public final class GuestLab implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GuestLab.class);
    private static final String HELPER_MAIN = "org.mvtd.backend.helper.HelperMain";

    /**
     * @param uid        the desktop user the guests run as and the tap nodes belong to
     * @param afterApply extra {@code ip link set dev TAP ...} argument lists applied to every guest's macvtap
     *                   after apply, in order (to measure alternatives to apply's choice; empty normally)
     */
    public record Options(int uid, Path cache, GuestProber.V6 v6, List<List<String>> afterApply) {
        public Options {
            Objects.requireNonNull(cache, "cache");
            Objects.requireNonNull(v6, "v6");
            afterApply = List.copyOf(afterApply);
        }

        public static Options standard(int uid) {
            return new Options(uid, GuestImages.defaultCache(), GuestProber.V6.STATIC, List.of());
        }

        public Options withV6(GuestProber.V6 v) {
            return new Options(uid, cache, v, afterApply);
        }

        public Options withAfterApply(List<List<String>> a) {
            return new Options(uid, cache, v6, a);
        }

        public Options withCache(Path c) {
            return new Options(uid, c, v6, afterApply);
        }
    }

    private final Design design;
    private final Options options;
    private final LabPlan plan;
    private final LabOwners owners;
    private final Path work;
    private final Path tapDir;
    private final Map<String, HelperClient> helpers = new LinkedHashMap<>();
    private final Map<String, GuestVm> vms = new LinkedHashMap<>();
    private final Thread hook;
    private GuestImage image;
    private long buildMillis;
    private long bootMillis;
    private boolean closed;
    private List<String> leftovers = List.of();

    private GuestLab(Design design, Options options, LabPlan plan, LabOwners owners, Path work) {
        this.design = design;
        this.options = options;
        this.plan = plan;
        this.owners = owners;
        this.work = work;
        this.tapDir = Path.of("/dev", LabNames.PREFIX + plan.names().runId() + "-taps");
        this.hook = new Thread(this::closeQuietly, "guest-lab-teardown-" + plan.names().runId());
    }

    /** Builds, applies and boots {@code design}; on failure removes what it made and throws. */
    public static GuestLab build(Design design, Options options) throws LabException {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(options, "options");
        long t0 = System.nanoTime();
        GuestImage image = GuestImages.prepare(options.cache());
        Design bare = design.withGuests(List.of()).withHosts(design.hosts().stream().map(h -> h.withEndpoints(List.of())).toList());
        LabPlan plan;
        try {
            plan = LabPlan.of(bare, LabNames.fresh(), new Random());
        } catch (IllegalArgumentException e) {
            throw new LabException("cannot build this design: " + e.getMessage(), e);
        }
        LabOwners owners = LabOwners.system();
        GuestLab lab;
        try {
            owners.reapLeftovers();
            owners.claim(plan.names().runId());
            Path work = Files.createTempDirectory("mvtd-guests-");
            Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
            lab = new GuestLab(design, options, plan, owners, work);
        } catch (IOException e) {
            throw new LabException("cannot start a guest lab: " + e.getMessage(), e);
        }
        lab.image = image;
        Runtime.getRuntime().addShutdownHook(lab.hook);
        try {
            lab.create();
            lab.buildMillis = (System.nanoTime() - t0) / 1_000_000;
            long t1 = System.nanoTime();
            lab.boot();
            lab.bootMillis = (System.nanoTime() - t1) / 1_000_000;
        } catch (LabException | IOException | HelperException | RuntimeException e) {
            lab.close();
            if (e instanceof LabException le) {
                throw le;
            }
            throw new LabException("building the guest lab failed: " + e.getMessage(), e);
        }
        return lab;
    }

    private void create() throws LabException, IOException, HelperException {
        IpLines.run(Ip.host(), plan.namespaces().stream().map(n -> "netns add " + n).toList(), "creating namespaces");
        for (String ns : plan.namespaces()) {
            // Set before any link exists, so every link inherits it: static addresses work at once, any
            // interface may answer for its own address only, and replies are never dropped by source checks.
            GuestVm.Reply r = new GuestPlace.Netns(ns).sh("for c in all default; do echo 0 > /proc/sys/net/ipv6/conf/$c/accept_dad;"
                    + " echo 0 > /proc/sys/net/ipv4/conf/$c/rp_filter; done");
            if (!r.ok()) {
                throw new LabException("cannot set up namespace " + ns + ": " + r.output().strip());
            }
        }
        for (Map<String, List<String>> phase : List.of(plan.hostBatches(), plan.switchBatches(), plan.stationBatches())) {
            for (Map.Entry<String, List<String>> e : phase.entrySet()) {
                IpLines.run(Ip.in(e.getKey()), e.getValue(), "building namespace " + e.getKey());
            }
        }
        try {
            LinkReadiness.await(plan.namespaces(), 10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("interrupted while waiting for links to come up", e);
        }
        for (int h = 0; h < design.hosts().size(); h++) {
            Host host = design.hosts().get(h);
            if (host.endpoints().isEmpty()) {
                continue;
            }
            String ns = plan.names().hostNs(h);
            HelperClient c = HelperClient.connect(new ProcessTransport(helperArgv(ns, privateDir(work.resolve("journal-" + h)))),
                    OptionalInt.of(options.uid()));
            helpers.put(host.name(), c);
            Results.ApplyResult r = c.apply(design, host.name(), null);
            LOG.info("applied {} on {}: {} step(s)", design.name(), host.name(), r.plan().steps().size());
            for (Guest g : design.guests()) {
                if (g.host().equals(host.name())) {
                    for (var nic : g.nics()) {
                        for (List<String> args : options.afterApply()) {
                            List<String> argv = new ArrayList<>(List.of("link", "set", "dev", nic.endpoint()));
                            argv.addAll(args);
                            var set = Ip.in(plan.names().hostNs(h)).tryRun(argv.toArray(String[]::new));
                            if (!set.ok()) {
                                throw new LabException("ip " + String.join(" ", argv) + " failed: " + set.stderr().strip());
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * The helper inside the host's namespace, from this program's class path, as a root {@code mvtd apply} starts it.
     * Each host has its own tap and journal directories, as each would on its own machine.
     */
    private List<String> helperArgv(String ns, Path journal) {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return List.of("env", "-u", "SUDO_UID", "-u", "PKEXEC_UID", "ip", "netns", "exec", ns,
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-Dmvtd.helper.journal=" + journal, "-Dmvtd.helper.tapDir=" + tapDir.resolve(ns),
                "-D" + LowerDevices.VETH_PROPERTY + "=true", "-cp", cp, HELPER_MAIN);
    }

    /** Exports each host's launchers (NICs as virtio: the guest kernel has no other NIC drivers) and boots them all at once. */
    private void boot() throws LabException, IOException {
        Design virtio = design.withGuests(design.guests().stream().map(g -> g.withNics(g.nics().stream()
                .map(n -> n.withModel(NicModel.VIRTIO)).toList())).toList());
        for (int h = 0; h < design.hosts().size(); h++) {
            Host host = design.hosts().get(h);
            List<Guest> guests = design.guests().stream().filter(g -> g.host().equals(host.name())).toList();
            if (guests.isEmpty()) {
                continue;
            }
            List<ExportedFile> files;
            try {
                files = new QemuExporter().export(virtio, Optional.of(host.name()));
            } catch (ExportException e) {
                throw new LabException("the qemu export of host " + host.name() + " failed: " + e.getMessage(), e);
            }
            for (int i = 0; i < guests.size(); i++) {
                Guest g = guests.get(i);
                if (g.nics().isEmpty()) {
                    continue;
                }
                Path dir = Files.createDirectory(work.resolve("h" + h + "g" + i));
                Path script = Files.writeString(dir.resolve("launch.sh"), files.get(i).content());
                Path console = dir.resolve("console.log");
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
                vms.put(g.name(), GuestVm.start(g.name(), plan.names().hostNs(h), script, options.uid(), image, console,
                        Map.of("MVTD_TAP_DIR", tapDir.resolve(plan.names().hostNs(h)).toString(), "MVTD_ACCEL", "tcg")));
            }
        }
        for (GuestVm vm : vms.values()) {
            vm.awaitReady(120_000);
        }
    }

    /** Pings every pair of measured nodes in IPv4 and IPv6 and compares with the engine. */
    public GuestRun measure() throws LabException {
        ReachReport report = ReachEngine.of(design).report();
        List<GuestProber.End> ends = new ArrayList<>();
        List<String> unmeasured = new ArrayList<>();
        for (Node n : report.nodes()) {
            end(n).ifPresentOrElse(ends::add, () -> unmeasured.add(n.id() + ": a macvtap with no guest on it"));
        }
        for (GuestProber.End e : ends) {
            if (e.place() instanceof GuestPlace.Vm vm) {
                must(vm, "ip link set " + e.ifname() + " up");
            }
        }
        long t0 = System.nanoTime();
        List<GuestRun.PairResult> pairs = new GuestProber(options.v6()).run(ends, report);
        long pingMillis = (System.nanoTime() - t0) / 1_000_000;
        return new GuestRun(pairs, unmeasured, new GuestRun.Timings(buildMillis, bootMillis, pingMillis, 0));
    }

    private static void must(GuestPlace p, String line) throws LabException {
        GuestVm.Reply r = p.sh(line);
        if (!r.ok()) {
            throw new LabException("in " + p.describe() + ": '" + line + "' failed: " + r.output().strip());
        }
    }

    /** Where reach node {@code n} is measured: its namespace, or its guest's NIC; empty for a macvtap nobody uses. */
    private Optional<GuestProber.End> end(Node n) {
        if (n.kind() == NodeKind.STATION) {
            int t = indexOf(design.stations().stream().map(s -> s.name()).toList(), n.id());
            return Optional.of(new GuestProber.End(n.id(), new GuestPlace.Netns(plan.names().stationNs(t)), LabPlan.STATION_IF));
        }
        int slash = n.id().indexOf('/');
        String hostName = n.id().substring(0, slash);
        String local = n.id().substring(slash + 1);
        int h = indexOf(design.hosts().stream().map(Host::name).toList(), hostName);
        GuestPlace.Netns ns = new GuestPlace.Netns(plan.names().hostNs(h));
        if (n.kind() == NodeKind.DEVICE) {
            return Optional.of(new GuestProber.End(n.id(), ns, local));
        }
        Host host = design.hosts().get(h);
        if (host.endpoint(local).orElseThrow().type() == LinkType.MACVLAN) {
            return Optional.of(new GuestProber.End(n.id(), ns, local));
        }
        for (Guest g : design.guests()) {
            for (int k = 0; k < g.nics().size(); k++) {
                if (g.host().equals(hostName) && g.nics().get(k).endpoint().equals(local) && vms.containsKey(g.name())) {
                    return Optional.of(new GuestProber.End(n.id(), new GuestPlace.Vm(vms.get(g.name())), "eth" + k));
                }
            }
        }
        return Optional.empty();
    }

    private static int indexOf(List<String> names, String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalStateException("reach node " + name + " is not in the design");
        }
        return i;
    }

    /** What the last close found still there (links of ours, tap nodes, namespaces, running guests); empty when clean. */
    public List<String> leftovers() {
        return leftovers;
    }

    public GuestImage image() {
        return image;
    }

    public long teardown() {
        long t0 = System.nanoTime();
        close();
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @Override
    public void close() {
        closeQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // shutting down already, or never registered: the hook does the work then
        }
    }

    private synchronized void closeQuietly() {
        if (closed) {
            return;
        }
        closed = true;
        List<String> left = new ArrayList<>();
        vms.values().forEach(GuestVm::close);
        vms.values().stream().filter(GuestVm::alive).forEach(vm -> left.add("guest " + vm.name() + " still running"));
        for (Map.Entry<String, HelperClient> e : helpers.entrySet()) {
            try (HelperClient c = e.getValue()) {
                c.teardown(design, e.getKey());
            } catch (HelperException | RuntimeException ex) {
                left.add("teardown of host " + e.getKey() + " failed: " + ex.getMessage());
            }
        }
        for (String ns : plan.namespaces()) {
            String links = Ip.in(ns).tryRun("-d", "link", "show").stdout();
            if (links.contains("alias macvtap-designer:")) {
                left.add("links of ours left in " + ns + ":\n" + links);
            }
        }
        left.addAll(nodesLeft());
        LabOwners.deleteNamespaces(plan.namespaces().stream().filter(n -> Files.exists(Path.of("/run/netns", n))).toList())
                .forEach(f -> left.add("deleting namespaces: " + f));
        plan.namespaces().stream().filter(n -> Files.exists(Path.of("/run/netns", n))).forEach(n -> left.add("namespace " + n));
        try {
            deleteTree(tapDir);
            deleteTree(work);
            owners.release(plan.names().runId());
        } catch (IOException e) {
            left.add("cleaning up: " + e.getMessage());
        }
        left.forEach(l -> LOG.warn("guest lab teardown: {}", l));
        leftovers = List.copyOf(left);
    }

    /** A root-only directory, as the helper demands of its journal (it refuses one others can read). */
    private static Path privateDir(Path dir) throws IOException {
        return Files.createDirectory(dir, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
    }

    /** Tap nodes the helper's teardown should have removed. */
    private List<String> nodesLeft() {
        if (!Files.isDirectory(tapDir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(tapDir)) {
            return s.filter(p -> !Files.isDirectory(p)).map(p -> "tap node " + p).toList();
        } catch (IOException e) {
            return List.of("cannot read " + tapDir + ": " + e.getMessage());
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
