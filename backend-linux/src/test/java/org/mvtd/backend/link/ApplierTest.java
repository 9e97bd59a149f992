package org.mvtd.backend.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mvtd.backend.helper.ScratchDirs;
import org.mvtd.backend.protocol.JournalJson;
import org.mvtd.model.Design;
import org.mvtd.model.MacvlanMode;

class ApplierTest {
    private static final Path TAPS = Path.of("/dev/mvtd-test");
    private final FakeKernel kernel = FakeKernel.withDevices("eth0");
    private final FakeTapNodes nodes = new FakeTapNodes();

    private ApplyReport apply(Design d, Journal journal) throws Exception {
        Plan p = new Planner(kernel, nodes, TAPS).plan(d, "kvm1", kernel.links(), 1000);
        return new Applier(kernel, nodes, journal, TAPS).apply(p, kernel.links());
    }

    @Test
    void createdLinksAreMarkedOursInTheDesignGroup() throws Exception {
        ApplyReport r = apply(Designs.small("lab"), new Journal(ScratchDirs.create("mvtd-journal"), JournalJson::read));
        assertThat(r.ok()).isTrue();
        DesignId id = DesignId.of("lab");
        LinkInfo mvt0 = kernel.link("mvt0").orElseThrow();
        assertThat(mvt0.alias()).isEqualTo(id.alias("mvt0", 1000)).startsWith("macvtap-designer:" + id.value() + ":mvt0:1000:");
        assertThat(mvt0.group()).isEqualTo(r.plan().group());
        assertThat(mvt0.mac()).isEqualTo("52:54:00:00:00:01");
        assertThat(kernel.link("mvl0").orElseThrow().adminUp()).isFalse();
        assertThat(r.nodes()).containsEntry("mvt0", TAPS.resolve(id.value()).resolve("mvt0").toString());
    }

    /** Every op of a mixed apply refused in turn: the kernel ends exactly as before and the journal is gone. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11})
    void anyRefusalRestoresTheBeforeState(int k) throws Exception {
        Journal journal = new Journal(ScratchDirs.create("mvtd-journal"), JournalJson::read);
        Design before = Designs.small("lab");
        assertThat(apply(before, journal).ok()).isTrue();
        kernel.putForeign("keep0", "macvtap", "eth0", "vepa");
        List<LinkInfo> snapshot = kernel.links();
        var nodesBefore = nodes.all();
        Design after = Designs.tenStepChange(before);
        int[] seen = {0};
        kernel.refuse(op -> seen[0]++ == k);
        ApplyReport r = apply(after, journal);
        kernel.refuse(op -> false);
        assertThat(r.ok()).isFalse();
        assertThat(r.failedStep()).isNotNull();
        assertThat(r.reason()).contains("Operation not permitted");
        assertThat(r.undoProblems()).isEmpty();
        assertThat(shape(kernel.links())).containsExactlyInAnyOrderElementsOf(shape(snapshot));
        assertThat(nodes.all().keySet()).isEqualTo(nodesBefore.keySet());
        assertThat(journal.pending()).isEmpty();
    }

    @Test
    void aNameStolenMidApplyIsReportedLostAndTheJournalStillClears() throws Exception {
        Journal journal = new Journal(ScratchDirs.create("mvtd-journal"), JournalJson::read);
        assertThat(apply(Designs.small("lab"), journal).ok()).isTrue();
        // between our delete of mvt1 (replace) and its re-creation someone else takes the name
        kernel.refuse(op -> {
            if (op instanceof LinkOp.Add a && a.name().equals("mvt1")) {
                kernel.putForeign("mvt1", "macvlan", "eth0", "private");
                return true;
            }
            return false;
        });
        ApplyReport r = apply(Designs.tenStepChange(Designs.small("lab")), journal);
        kernel.refuse(op -> false);
        assertThat(r.ok()).isFalse();
        assertThat(r.undoProblems()).containsExactly("mvt1 is now held by a link that is not ours; cannot restore it");
        assertThat(kernel.link("mvt1").orElseThrow().alias()).isNull();
        assertThat(journal.pending()).isEmpty();
    }

    @Test
    void tenStepChangeIsTwelveOps() throws Exception {
        // allmulticast for the macvtaps rides in their mark request (HostSide.of): no op of its own
        assertThat(apply(Designs.small("lab"), new Journal(ScratchDirs.create("mvtd-journal"), JournalJson::read)).ok()).isTrue();
        Plan p = new Planner(kernel, nodes, TAPS).plan(Designs.tenStepChange(Designs.small("lab")), "kvm1", kernel.links(), 1000);
        Map<String, LinkInfo> live = live();
        assertThat(p.steps().stream().mapToInt(s -> Applier.ops(p, s, live).size()).sum()).isEqualTo(12);
    }

    @Test
    void aMacvtapComesUpOnlyAfterItsAddressGenerationIsOffAndAdmitsEveryMulticastGroup() throws Exception {
        Plan p = new Planner(kernel, nodes, TAPS).plan(Designs.small("lab"), "kvm1", kernel.links(), 1000);
        Step create = p.steps().stream().filter(s -> s.name().equals("mvt1")).findFirst().orElseThrow();
        String alias = DesignId.of("lab").alias("mvt1", 1000);
        Map<String, LinkInfo> live = live();
        assertThat(Applier.ops(p, create, live)).extracting(LinkOp::describe).containsExactly(
                "link add link #2 (eth0) name mvt1 group " + p.group() + " type macvtap mode vepa",
                "link set dev mvt1 alias " + alias + " addrgenmode none allmulticast on",
                "link set dev mvt1 up");
        Step shim = p.steps().stream().filter(s -> s.name().equals("mvl0")).findFirst().orElseThrow();
        assertThat(Applier.ops(p, shim, live)).extracting(LinkOp::describe).as("a macvlan keeps host IPv6; down: no up line")
                .containsExactly("link add link #2 (eth0) name mvl0 group " + p.group() + " type macvlan mode bridge",
                        "link set dev mvl0 alias " + DesignId.of("lab").alias("mvl0", 1000));
        assertThat(Applier.ops(p, create, live)).extracting(LinkOp::ifindex).as("the new link: the one this batch creates")
                .containsExactly(0, 0, 0);
        assertThatThrownBy(() -> new LinkOp.Configure(0, "mvt1", alias, AddrGenMode.NONE, null, Boolean.TRUE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("addrgenmode");
    }

    @Test
    void manyLinksComeUpInOneGroupRequestAfterEveryMark() throws Exception {
        Design d = Designs.many("lab", "m", 50);
        Plan p = new Planner(kernel, nodes, TAPS).plan(d, "kvm1", kernel.links(), 1000);
        Journal journal = new Journal(ScratchDirs.create("mvtd-journal"), JournalJson::read);
        assertThat(new Applier(kernel, nodes, journal, TAPS).apply(p, kernel.links()).ok()).isTrue();
        assertThat(kernel.sent()).hasSize(50 + 50 + 1).last().isEqualTo(new LinkOp.UpGroup(p.group()));
        assertThat(kernel.sent()).filteredOn(op -> op instanceof LinkOp.Configure c && c.up() != null).isEmpty();
        assertThat(kernel.links()).filteredOn(l -> l.group() == p.group()).hasSize(50).allMatch(LinkInfo::adminUp);
    }

    @Test
    void aGroupWithALinkToStayDownIsBroughtUpLinkByLink() throws Exception {
        Design d = Designs.many("lab", "m", 5).withHost("kvm1", h -> {
            List<org.mvtd.model.Endpoint> eps = new java.util.ArrayList<>(h.endpoints());
            eps.set(0, eps.get(0).withUp(false));
            return h.withEndpoints(eps);
        });
        Plan p = new Planner(kernel, nodes, TAPS).plan(d, "kvm1", kernel.links(), 1000);
        Journal journal = new Journal(ScratchDirs.create("mvtd-journal"), JournalJson::read);
        assertThat(new Applier(kernel, nodes, journal, TAPS).apply(p, kernel.links()).ok()).isTrue();
        assertThat(kernel.sent()).noneMatch(op -> op instanceof LinkOp.UpGroup);
        assertThat(kernel.link("m0").orElseThrow().adminUp()).isFalse();
        assertThat(kernel.link("m1").orElseThrow().adminUp()).isTrue();
    }

    private Map<String, LinkInfo> live() {
        Map<String, LinkInfo> m = new HashMap<>();
        kernel.links().forEach(l -> m.put(l.name(), l));
        return m;
    }

    /** What a restore must bring back (ifindexes change when a link is re-created). */
    static List<String> shape(List<LinkInfo> links) {
        return links.stream().map(l -> String.join("|", l.name(), l.kind(), String.valueOf(l.mode()), String.valueOf(l.lower()),
                String.valueOf(l.adminUp()), String.valueOf(l.mac()), String.valueOf(l.alias()), String.valueOf(l.group()))).toList();
    }

    @Test
    void teardownDeletesWholeGroupOnlyWhenEveryMemberIsOurs() throws Exception {
        Journal journal = new Journal(ScratchDirs.create("mvtd-journal"), JournalJson::read);
        ApplyReport r = apply(Designs.small("lab"), journal);
        TeardownReport t = new Teardown(kernel, nodes, TAPS).teardown(DesignId.of("lab"), 1000);
        assertThat(t.wholeGroups()).containsExactly(r.plan().group());
        assertThat(t.deleted()).containsExactlyInAnyOrder("mvt0", "mvt1", "mvl0");
        assertThat(kernel.links()).extracting(LinkInfo::name).containsExactly("lo", "eth0");
        assertThat(nodes.all()).isEmpty();

        r = apply(Designs.small("lab"), journal);
        // someone else's link joined our group: the group may no longer go whole
        kernel.put(new LinkInfo(90, "theirs", "macvlan", "vepa", "eth0", "02:00:00:00:00:90", "DOWN", List.of(), 1500,
                r.plan().group(), null, null));
        t = new Teardown(kernel, nodes, TAPS).teardown(DesignId.of("lab"), 1000);
        assertThat(t.wholeGroups()).isEmpty();
        assertThat(kernel.links()).extracting(LinkInfo::name).containsExactly("lo", "eth0", "theirs");
    }

    @Test
    void restorerFinishesAnApplyKilledHalfWay() throws Exception {
        Journal journal = new Journal(ScratchDirs.create("mvtd-journal"), JournalJson::read);
        Design d = Designs.small("lab");
        Plan p = new Planner(kernel, nodes, TAPS).plan(d, "kvm1", kernel.links(), 1000);
        int floor = kernel.links().stream().mapToInt(LinkInfo::ifindex).max().orElseThrow();
        journal.write(new JournalEntry(p.designId().value(), p.group(),
                List.of(LinkSnapshot.absent("mvt0"), LinkSnapshot.absent("mvt1"), LinkSnapshot.absent("mvl0")), 1000, floor));
        // the kill came after the first add, before its alias line
        kernel.run(List.of(new LinkOp.Add("mvt0", 2, "eth0", org.mvtd.model.LinkType.MACVTAP, MacvlanMode.BRIDGE, null, p.group())), false);
        kernel.putForeign("mvt1", "macvlan", "eth0", "private");
        journal.releaseAll(); // as the kernel does for a killed helper
        for (Journal.Pending e : journal.pending()) {
            Restorer.Result r = new Restorer(kernel, nodes, TAPS).restore(e.entry());
            assertThat(r.all()).isEmpty();
        }
        assertThat(kernel.links()).extracting(LinkInfo::name).containsExactly("lo", "eth0", "mvt1");
    }
}
