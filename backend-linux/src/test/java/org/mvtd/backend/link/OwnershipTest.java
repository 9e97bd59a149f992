package org.mvtd.backend.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mvtd.backend.protocol.JournalJson;
import org.junit.jupiter.api.Test;
import org.mvtd.backend.helper.ScratchDirs;
import org.mvtd.model.DeviceKind;
import org.mvtd.model.MacvlanMode;

/**
 * Issue 15 F2, F4, F6 against the fake kernel: an undo changes only links it can prove are its own and never
 * addresses a link by a journaled name; lower devices are what the design declares; a design's links belong to
 * the uid that made them.
 */
class OwnershipTest {
    private static final Path TAPS = Path.of("/dev/mvtd-test");
    private final FakeKernel kernel = FakeKernel.withDevices("eth0");
    private final FakeTapNodes nodes = new FakeTapNodes();
    private final List<String> logged = new ArrayList<>();
    private final ChangeLog log = new ChangeLog((warning, line) -> logged.add((warning ? "W " : "N ") + line));

    private ApplyReport apply(org.mvtd.model.Design d, int uid) throws Exception {
        Plan p = new Planner(kernel, nodes, TAPS).plan(d, "kvm1", kernel.links(), uid);
        return new Applier(kernel, nodes, new Journal(ScratchDirs.create("mvtd-journal"), JournalJson::read), TAPS, log).apply(p, kernel.links());
    }

    private LinkInfo eth0() {
        return kernel.link("eth0").orElseThrow();
    }

    @Test
    void aJournalNamingIf3OrEth0OrALinkWhoseLowerIsGoneChangesNothing() {
        LinkInfo before = eth0();
        int floor = kernel.links().stream().mapToInt(LinkInfo::ifindex).max().orElseThrow();
        String alias = DesignId.of("lab").alias("if3", 1000);
        JournalEntry hostile = new JournalEntry(DesignId.of("lab").value(), DesignId.proposedGroup("lab"), List.of(
                // if3 is "ifindex 3" to iproute2; eth0 claimed present (to be "restored"), then absent (to be "deleted")
                new LinkSnapshot("if3", true, "macvtap", "if2", "bridge", "02:00:00:00:00:66", false, -1, 2, 2, alias),
                new LinkSnapshot("eth0", true, "macvtap", "gone0", "bridge", "02:00:00:00:00:66", false, -1, 2, 9, alias),
                LinkSnapshot.absent("eth0"),
                // a link of ours whose lower device has gone since
                new LinkSnapshot("mvt9", true, "macvtap", "gone0", "vepa", null, true, -1, 40, 41,
                        DesignId.of("lab").alias("mvt9", 1000))), 1000, floor);
        Restorer.Result r = new Restorer(kernel, nodes, TAPS).restore(hostile);
        assertThat(kernel.changes()).as("no kernel change at all").isZero();
        assertThat(kernel.addressed()).doesNotContain(before.ifindex());
        assertThat(eth0()).isEqualTo(before);
        assertThat(r.lost()).anyMatch(s -> s.contains("eth0 is now held by a link that is not ours"))
                .anyMatch(s -> s.contains("cannot re-create mvt9: its lower device gone0"));
        assertThat(r.failed()).as("nothing to retry: the entry must not replay forever").isEmpty();
    }

    @Test
    void anUnaliasedLinkIsDeletedOnlyAboveTheJournaledIfindexFloor() throws Exception {
        long g = DesignId.proposedGroup("lab");
        // someone else's unaliased macvlan in our group, older than the apply: never ours
        kernel.put(new LinkInfo(50, "mvt0", "macvlan", "bridge", "eth0", "02:00:00:00:00:50", "DOWN", List.of(), 1500, g, null, null));
        JournalEntry e = new JournalEntry(DesignId.of("lab").value(), g, List.of(LinkSnapshot.absent("mvt0")), 1000, 50);
        new Restorer(kernel, nodes, TAPS).restore(e);
        assertThat(kernel.link("mvt0")).as("ifindex 50 is not above the floor 50").isPresent();
        new Restorer(kernel, nodes, TAPS).restore(new JournalEntry(e.designId(), g, e.before(), 1000, 49));
        assertThat(kernel.link("mvt0")).as("made after the apply began, in our group, a macvlan: ours").isEmpty();
    }

    @Test
    void anUnaliasedLinkInOurGroupIsOursOnlyAtTheIfindexItsCreateAskedFor() {
        long g = DesignId.proposedGroup("lab");
        kernel.put(new LinkInfo(70, "mvt0", "macvtap", "bridge", "eth0", "02:00:00:00:00:70", "DOWN", List.of(), 1500, g, null, null));
        JournalEntry e = new JournalEntry(DesignId.of("lab").value(), g, List.of(LinkSnapshot.absent("mvt0", 1100)), 1000, 20);
        new Restorer(kernel, nodes, TAPS).restore(e);
        assertThat(kernel.link("mvt0")).as("ifindex 70 is not the 1100 the journal named").isPresent();
        new Restorer(kernel, nodes, TAPS).restore(new JournalEntry(e.designId(), g, List.of(LinkSnapshot.absent("mvt0", 70)), 1000, 20));
        assertThat(kernel.link("mvt0")).isEmpty();
    }

    @Test
    void anApplyJournalsTheIfindexOfEveryLinkItWillCreateBeforeCreatingIt() throws Exception {
        Journal journal = new Journal(ScratchDirs.create("mvtd-journal"), JournalJson::read);
        int max = kernel.links().stream().mapToInt(LinkInfo::ifindex).max().orElseThrow();
        List<JournalEntry> seen = new ArrayList<>();
        Kernel watching = kernel.withFeed(sink -> () -> { });
        Kernel k = new Kernel() {
            @Override
            public List<LinkInfo> links() throws KernelException {
                return watching.links();
            }

            @Override
            public BatchResult run(List<LinkOp> ops, boolean keepGoing) {
                try {
                    // what a crash right now would leave (read as the next helper would; the lock is this one's)
                    try (var files = java.nio.file.Files.list(journal.dir())) {
                        for (Path f : files.filter(x -> x.getFileName().toString().startsWith("apply-")).toList()) {
                            seen.add(JournalJson.read(java.nio.file.Files.readAllBytes(f)));
                        }
                    } catch (Journal.InvalidEntryException e) {
                        throw new AssertionError(e);
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return watching.run(ops, keepGoing);
            }

            @Override
            public java.util.Optional<DevNumber> tapDevice(String ifname) {
                return watching.tapDevice(ifname);
            }

            @Override
            public AutoCloseable watch(LinkEventSink onEvent) throws java.io.IOException {
                return watching.watch(onEvent);
            }
        };
        Plan p = new Planner(k, nodes, TAPS).plan(Designs.small("lab"), "kvm1", k.links(), 1000);
        assertThat(new Applier(k, nodes, journal, TAPS, log).apply(p, k.links()).ok()).isTrue();
        List<Integer> planned = seen.get(0).before().stream().map(LinkSnapshot::ifindex).toList();
        assertThat(planned).hasSize(3).allMatch(i -> i > max + Applier.INDEX_GAP).doesNotHaveDuplicates();
        assertThat(seen.get(0).ifindexFloor()).isEqualTo(max);
        assertThat(List.of("mvt0", "mvt1", "mvl0")).extracting(n -> kernel.link(n).orElseThrow().ifindex())
                .containsExactlyInAnyOrderElementsOf(planned);
    }

    @Test
    void anotherUserSeesButCannotTearDownRootCanAndTheLogSaysSo() throws Exception {
        assertThat(apply(Designs.small("lab"), 1000).ok()).isTrue();
        TeardownReport other = new Teardown(kernel, nodes, TAPS, log).teardown(DesignId.of("lab"), 1001);
        assertThat(other.deleted()).isEmpty();
        assertThat(other.problems()).hasSize(3).allMatch(p -> p.contains("made for this design by uid 1000"));
        assertThat(kernel.links()).extracting(LinkInfo::name).contains("mvt0", "mvt1", "mvl0");

        TeardownReport root = new Teardown(kernel, nodes, TAPS, log).teardown(DesignId.of("lab"), 0);
        assertThat(root.deleted()).containsExactlyInAnyOrder("mvt0", "mvt1", "mvl0");
        assertThat(root.problems()).isEmpty();
        assertThat(logged).anyMatch(l -> l.startsWith("N uid=1000 design=" + DesignId.of("lab").value() + " host=kvm1 applied 4 steps: ")
                && l.contains("create mvt0") && l.contains("node mvt0"));
        assertThat(logged).anyMatch(l -> l.startsWith("W uid=0 design=") && l.contains("teardown deleted 3 links; as root, including links"
                + " made for other users: ") && l.contains("mvt0 (uid 1000)"));
    }

    @Test
    void teardownRemovesTheEmptyTapDirectoriesItMade() throws Exception {
        Path taps = ScratchDirs.create("mvtd-taps").resolve("macvtap-designer");
        Path mine = java.nio.file.Files.createDirectories(taps.resolve(DesignId.of("lab").value()));
        Plan p = new Planner(kernel, nodes, taps).plan(Designs.small("lab"), "kvm1", kernel.links(), 1000);
        assertThat(new Applier(kernel, nodes, new Journal(ScratchDirs.create("mvtd-journal"), JournalJson::read), taps, log).apply(p, kernel.links()).ok())
                .isTrue();
        assertThat(new Teardown(kernel, nodes, taps, log).teardown(DesignId.of("lab"), 1000).problems()).isEmpty();
        assertThat(mine).doesNotExist();
        assertThat(taps).doesNotExist();
    }

    @Test
    void anotherDesignsNodesKeepTheTapDirectory() throws Exception {
        Path taps = ScratchDirs.create("mvtd-taps").resolve("macvtap-designer");
        java.nio.file.Files.createDirectories(taps.resolve("other-00000000"));
        java.nio.file.Files.createDirectories(taps.resolve(DesignId.of("lab").value()));
        new Teardown(kernel, nodes, taps, log).teardown(DesignId.of("lab"), 1000);
        assertThat(taps.resolve(DesignId.of("lab").value())).doesNotExist();
        assertThat(taps.resolve("other-00000000")).isDirectory();
    }

    @Test
    void aLegacyAliasWithoutUidIsRootsAndAForeignSuffixIsNotOurs() {
        DesignId id = DesignId.of("lab");
        assertThat(id.owner("mvt0", "macvtap-designer:" + id.value() + ":mvt0")).hasValue(0);
        assertThat(id.owner("mvt0", id.alias("mvt0", 1000))).hasValue(1000);
        assertThat(id.owner("mvt0", id.alias("mvt0", 1000) + "x")).isEmpty();
        assertThat(id.owner("mvt0", id.alias("mvt1", 1000))).as("another link's alias copied").isEmpty();
        assertThat(id.owner("mvt0", "macvtap-designer:" + id.value() + ":mvt0:99999999999")).isEmpty();
    }

    @Test
    void lowerDevicesAreWhatTheDesignDeclares() {
        kernel.putForeign("br0", "bridge", null, null);
        kernel.putForeign("v0", "veth", null, null);
        kernel.putForeign("mv0", "macvlan", "eth0", "bridge");
        Planner strict = new Planner(kernel, nodes, TAPS, new LowerDevices(false));
        assertThatThrownBy(() -> strict.plan(Designs.onDevice("x", DeviceKind.ETHERNET, "br0"), "kvm1", kernel.links(), 1000))
                .isInstanceOf(PlanException.class).hasMessageContaining("br0 is a bridge but the design declares it ethernet")
                .extracting(e -> ((PlanException) e).code()).isEqualTo(PlanException.Reason.WRONG_LOWER);
        assertThatThrownBy(() -> strict.plan(Designs.onDevice("x", DeviceKind.ETHERNET, "lo"), "kvm1", kernel.links(), 1000))
                .hasMessageContaining("lo is the loopback device");
        assertThatThrownBy(() -> strict.plan(Designs.onDevice("x", DeviceKind.ETHERNET, "mv0"), "kvm1", kernel.links(), 1000))
                .hasMessageContaining("mv0 is itself a macvlan");
        assertThatThrownBy(() -> strict.plan(Designs.onDevice("x", DeviceKind.BRIDGE, "lo"), "kvm1", kernel.links(), 1000))
                .hasMessageContaining("loopback");
        assertThatThrownBy(() -> strict.plan(Designs.onDevice("x", DeviceKind.ETHERNET, "v0"), "kvm1", kernel.links(), 1000))
                .hasMessageContaining("v0 is a veth but the design declares it ethernet");
        assertThatThrownBy(() -> strict.plan(Designs.onDevice("x", DeviceKind.BRIDGE, "eth0"), "kvm1", kernel.links(), 1000))
                .hasMessageContaining("eth0 is a plain device but the design declares it bridge");
        assertThat(kernel.changes()).isZero();
        Planner lab = new Planner(kernel, nodes, TAPS, new LowerDevices(true));
        assertThatCode(() -> strict.plan(Designs.onDevice("x", DeviceKind.BRIDGE, "br0"), "kvm1", kernel.links(), 1000));
        assertThatCode(() -> lab.plan(Designs.onDevice("x", DeviceKind.ETHERNET, "v0"), "kvm1", kernel.links(), 1000));
    }

    private static void assertThatCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable c) {
        org.assertj.core.api.Assertions.assertThatCode(c).doesNotThrowAnyException();
    }

    @Test
    void aPassthruMacArrivesInOneApplyAsAConfirmedForeignStepAndTeardownGivesTheLowerItsMacBack() throws Exception {
        String own = eth0().mac();
        Plan p = new Planner(kernel, nodes, TAPS).plan(Designs.passthru("pt", "52:54:00:aa:bb:cc"), "kvm1", kernel.links(), 1000);
        assertThat(p.foreignSteps()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(StepKind.LOWER_ADDRESS);
            assertThat(s.name()).as("the step names the foreign link it changes").isEqualTo("eth0");
            assertThat(s.reason()).contains("MAC " + own + " -> 52:54:00:aa:bb:cc").contains("not made by macvtap-designer");
        });
        assertThat(new Applier(kernel, nodes, new Journal(ScratchDirs.create("mvtd-journal"), JournalJson::read), TAPS, log).apply(p, kernel.links()).ok())
                .isTrue();
        assertThat(kernel.link("pt0").orElseThrow().mac()).isEqualTo("52:54:00:aa:bb:cc");
        assertThat(new Planner(kernel, nodes, TAPS).plan(Designs.passthru("pt", "52:54:00:aa:bb:cc"), "kvm1", kernel.links(), 1000)
                .isEmpty()).as("converged in one apply").isTrue();
        new Teardown(kernel, nodes, TAPS, log).teardown(DesignId.of("pt"), 1000);
        assertThat(eth0().mac()).isEqualTo(own);
        assertThat(MacvlanMode.PASSTHRU.kernelName()).isEqualTo("passthru");
    }
}
