package org.mvtd.model.reach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mvtd.model.Design;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.reach.WalkStep.Kind;
import org.mvtd.model.testing.RandomDesigns;
import org.mvtd.model.testing.VersionTwoDesigns;

/** The walk narrates the same kernel the engine answers with: same receivers, rules named on the way. */
class FrameWalkTest {

    @Provide
    Arbitrary<Design> designs() {
        return RandomDesigns.arbitrary();
    }

    @Provide
    Arbitrary<Design> versionTwo() {
        return VersionTwoDesigns.arbitrary();
    }

    @Property(tries = 150)
    void walksDeliverExactlyWhatTheEngineSays(@ForAll("designs") Design design) {
        ReachEngine e = ReachEngine.of(design);
        List<Node> nodes = e.nodes();
        Set<String> hops = new HashSet<>();
        nodes.forEach(n -> hops.add(n.id()));
        design.hosts().forEach(h -> h.devices().forEach(d -> hops.add(h.name() + "/" + d.name())));
        design.switches().forEach(s -> hops.add(s.name()));
        for (int s = 0; s < nodes.size(); s++) {
            FrameWalk bc = e.walkBroadcast(nodes.get(s).id());
            Set<String> expected = new HashSet<>();
            for (int d = 0; d < nodes.size(); d++) {
                if (d != s && e.broadcast(s, d)) {
                    expected.add(nodes.get(d).id());
                }
            }
            assertThat(new HashSet<>(bc.receivers())).as("broadcast receivers of " + nodes.get(s).id())
                    .isEqualTo(expected);
            assertThat(bc.receivers()).doesNotHaveDuplicates();
            checkShape(bc, hops);
            for (int d = 0; d < nodes.size(); d++) {
                if (d != s) {
                    FrameWalk w = e.walkUnicast(nodes.get(s).id(), nodes.get(d).id());
                    assertThat(w.delivered()).as("unicast " + nodes.get(s).id() + " -> " + nodes.get(d).id())
                            .isEqualTo(e.unicast(s, d));
                    if (w.delivered()) {
                        assertThat(w.receivers()).containsExactly(nodes.get(d).id());
                    }
                    checkShape(w, hops);
                }
            }
        }
    }

    private static void checkShape(FrameWalk w, Set<String> hops) {
        assertThat(w.steps()).isNotEmpty();
        assertThat(w.steps().get(0).kind()).isEqualTo(Kind.SEND);
        int tick = 0;
        for (WalkStep st : w.steps()) {
            assertThat(st.tick()).isGreaterThanOrEqualTo(tick);
            tick = st.tick();
            assertThat(hops).contains(st.from(), st.to());
            assertThat(st.rule()).isNotBlank();
        }
        long delivered = w.steps().stream().filter(s -> s.kind() == Kind.DELIVER || s.kind() == Kind.LOCAL_HANDOVER
                && w.receivers().contains(s.to())).count();
        assertThat(delivered).isGreaterThanOrEqualTo(w.receivers().size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "vepa    | vepa    | false | VEPA sends every frame to the switch | does not send a frame back out of the port it came in on",
        "vepa    | vepa    | true  | VEPA sends every frame to the switch | does hairpin",
        "bridge  | bridge  | false | hands the frame over without touching the wire | receives the frame",
        "private | vepa    | true  | private mode sends every frame to the switch | belongs to b",
        "bridge  | private | false | is not one, so the frame goes out through eth0 | does not send a frame back out",
    })
    void unicastNarration(String a, String b, boolean hairpin, String first, String second) {
        ReachEngine e = ReachEngine.of(KernelTruthTest.twoEndpoints(MacvlanMode.fromKernelName(a.strip()),
                MacvlanMode.fromKernelName(b.strip()), hairpin));
        String story = String.join("\n", e.walkUnicast("h/a", "h/b").steps().stream().map(WalkStep::rule).toList());
        assertThat(story).contains(first.strip()).contains(second.strip());
    }

    @Test
    void aPrivateBroadcastBehindAHairpinSwitchFansOutButComesBackOnlyToItsSender() {
        ReachEngine e = ReachEngine.of(KernelTruthTest.twoEndpoints(MacvlanMode.PRIVATE, MacvlanMode.PRIVATE, true));
        FrameWalk w = e.walkBroadcast("h/a");
        assertThat(w.receivers()).containsExactly("router");
        assertThat(w.steps()).anyMatch(s -> s.kind() == Kind.SWITCH_REFLECT);
        assertThat(w.steps()).anyMatch(s -> s.kind() == Kind.DROP && s.rule().contains("given back only to itself"));
        // The flood to the router and the reflection happen at the same tick: a fan-out.
        int reflectTick = w.steps().stream().filter(s -> s.kind() == Kind.SWITCH_REFLECT).findFirst().orElseThrow()
                .tick();
        assertThat(w.stepsAt(reflectTick)).hasSize(2);
    }

    @Test
    void aBridgeBroadcastReachesItsNeighbourLocallyAndTheRouterThroughTheSwitch() {
        ReachEngine e = ReachEngine.of(KernelTruthTest.twoEndpoints(MacvlanMode.BRIDGE, MacvlanMode.BRIDGE, false));
        FrameWalk w = e.walkBroadcast("h/a");
        assertThat(w.receivers()).containsExactlyInAnyOrder("h/b", "router");
        assertThat(w.steps()).filteredOn(s -> s.kind() == Kind.LOCAL_HANDOVER).extracting(WalkStep::to)
                .containsExactly("h/b");
    }

    @Test
    void theHostStacksFramesAreNeverSeenByItsOwnEndpoints() {
        ReachEngine e = ReachEngine.of(KernelTruthTest.twoEndpoints(MacvlanMode.BRIDGE, MacvlanMode.BRIDGE, false));
        FrameWalk w = e.walkUnicast("h/eth0", "h/a");
        assertThat(w.delivered()).isFalse();
        assertThat(w.steps().get(1).rule()).contains("never looked at by eth0's own endpoints");
        assertThat(w.steps()).extracting(WalkStep::kind).containsExactly(Kind.SEND, Kind.TO_WIRE, Kind.TO_WIRE,
                Kind.DROP);
    }

    @Property(tries = 80)
    void versionTwoWalksDeliverExactlyWhatTheEngineSays(@ForAll("versionTwo") Design design) {
        walksDeliverExactlyWhatTheEngineSays(design);
    }
}
