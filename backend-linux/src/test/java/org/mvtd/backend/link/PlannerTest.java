package org.mvtd.backend.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mvtd.model.Design;
import org.mvtd.model.MacvlanMode;

class PlannerTest {
    private static final Path TAPS = Path.of("/dev/mvtd-test");
    private final FakeKernel kernel = FakeKernel.withDevices("eth0");
    private final FakeTapNodes nodes = new FakeTapNodes();
    private final Planner planner = new Planner(kernel, nodes, TAPS);

    private Plan plan(Design d) throws PlanException {
        return planner.plan(d, "kvm1", kernel.links(), 1000);
    }

    private void apply(Design d) throws Exception {
        Plan p = plan(d);
        ApplyReport r = new Applier(kernel, nodes, new Journal(org.mvtd.backend.helper.ScratchDirs.create("mvtd-journal"), org.mvtd.backend.protocol.JournalJson::read), TAPS)
                .apply(p, kernel.links());
        assertThat(r.ok()).as("apply of %s", p.steps()).isTrue();
    }

    @Test
    void freshDesignPlansCreatesThenTheGuestNode() throws Exception {
        Plan p = plan(Designs.small("lab"));
        assertThat(p.steps()).extracting(Step::kind, Step::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple(StepKind.CREATE, "mvt0"),
                org.assertj.core.groups.Tuple.tuple(StepKind.CREATE, "mvt1"),
                org.assertj.core.groups.Tuple.tuple(StepKind.CREATE, "mvl0"),
                org.assertj.core.groups.Tuple.tuple(StepKind.NODE, "mvt0"));
        assertThat(p.group()).isEqualTo(DesignId.proposedGroup("lab"));
    }

    @Test
    void replanAfterApplyIsEmpty() throws Exception {
        apply(Designs.small("lab"));
        assertThat(plan(Designs.small("lab")).steps()).isEmpty();
        assertThat(nodes.all()).hasSize(1);
    }

    @Test
    void modeChangePlansReplaceAndUpChangePlansUp() throws Exception {
        Design d = Designs.small("lab");
        apply(d);
        Design changed = d.withHost("kvm1", h -> h.withEndpoint("mvt1", e -> e.withMode(MacvlanMode.PRIVATE))
                .withEndpoint("mvl0", e -> e.withUp(true)));
        Plan p = plan(changed);
        assertThat(p.steps()).extracting(Step::describe).containsExactly(
                "replace mvt1: mode vepa -> private (cannot change in place)", "up mvl0: bring up");
    }

    @Test
    void droppedEndpointOfOursIsDeletedButForeignLinksAreNot() throws Exception {
        Design d = Designs.small("lab");
        apply(d);
        kernel.putForeign("other0", "macvlan", "eth0", "bridge");
        Design smaller = d.withHost("kvm1", h -> h.withEndpoints(h.endpoints().subList(0, 2)));
        assertThat(plan(smaller).steps()).extracting(Step::describe).containsExactly("delete mvl0: no longer in the design");
    }

    @Test
    void nameHeldByForeignLinkIsAnErrorNamingIt() {
        kernel.putForeign("mvt1", "macvtap", "eth0", "vepa");
        assertThatThrownBy(() -> plan(Designs.small("lab")))
                .isInstanceOfSatisfying(PlanException.class, e -> {
                    assertThat(e.code()).isEqualTo(PlanException.Reason.NOT_OURS);
                    assertThat(e.names()).containsExactly("mvt1");
                    assertThat(e.getMessage()).contains("mvt1 (macvtap, not made by macvtap-designer)");
                });
    }

    @Test
    void linkOfAnotherDesignIsNotOurs() throws Exception {
        apply(Designs.small("other"));
        assertThatThrownBy(() -> plan(Designs.small("lab")))
                .isInstanceOfSatisfying(PlanException.class, e -> assertThat(e.getMessage()).contains("made for another design"));
    }

    @Test
    void missingLowerDevicesAreNamed() {
        Design d = Designs.of("lab", List.of(org.mvtd.model.Endpoint.macvtap("a", "eth7", MacvlanMode.VEPA),
                org.mvtd.model.Endpoint.macvtap("b", "eth9", MacvlanMode.VEPA)), List.of());
        assertThatThrownBy(() -> plan(d)).isInstanceOfSatisfying(PlanException.class, e -> {
            assertThat(e.code()).isEqualTo(PlanException.Reason.MISSING_LOWER);
            assertThat(e.names()).containsExactly("eth7", "eth9");
        });
    }

    @Test
    void groupSkipsOneUsedBySomeoneElse() {
        long g = DesignId.proposedGroup("lab");
        kernel.put(new LinkInfo(50, "x0", "dummy", null, null, "02:00:00:00:00:50", "DOWN", List.of(), 1500, g, null, null));
        assertThat(Planner.group("lab", DesignId.of("lab"), kernel.links())).isEqualTo(g + 1);
    }

    @Test
    void anotherUserCannotTakeADesignsLinksButRootCan() throws Exception {
        apply(Designs.small("lab"));
        // F6: knowing the design's name is not enough to take its links or their guests' nodes
        assertThatThrownBy(() -> planner.plan(Designs.small("lab"), "kvm1", kernel.links(), 1001))
                .isInstanceOf(PlanException.class).hasMessageContaining("made for this design by uid 1000")
                .extracting(e -> ((PlanException) e).code()).isEqualTo(PlanException.Reason.NOT_OURS);
        Plan p = planner.plan(Designs.small("lab"), "kvm1", kernel.links(), 0);
        assertThat(p.steps()).as("root may: the nodes are re-made for root").extracting(Step::kind).containsExactly(StepKind.NODE);
    }

    @Test
    void designIdIsSlugPlusStableHash() {
        assertThat(DesignId.of("Class Room #2").value()).matches("class-room-2-[0-9a-f]{8}");
        assertThat(DesignId.of("Class Room #2")).isEqualTo(DesignId.of("Class Room #2"));
        assertThat(DesignId.of("a")).isNotEqualTo(DesignId.of("A"));
        assertThat(DesignId.of("!!!").value()).startsWith("design-");
    }
}
