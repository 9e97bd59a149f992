package org.mvtd.app.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mvtd.app.ui.live.board.LinkBoard;
import org.mvtd.app.ui.live.board.LiveLink;
import org.mvtd.app.ui.live.board.LiveMark;
import org.mvtd.app.ui.live.board.RateHistory;
import org.mvtd.app.ui.live.discover.HostImport;
import org.mvtd.app.ui.live.plan.ApplyOutcome;
import org.mvtd.backend.client.HelperException;
import org.mvtd.backend.link.LinkStats;
import org.mvtd.backend.link.Step;
import org.mvtd.backend.link.StepKind;
import org.mvtd.backend.monitor.LinkState;
import org.mvtd.backend.protocol.ErrorCode;
import org.mvtd.backend.protocol.Wire;
import org.mvtd.model.LinkType;
import org.mvtd.model.MacvlanMode;

/** The pieces of live mode that need neither a helper nor a stage. */
class LiveUnitsTest {
    private static LinkState state(String name, boolean present, String op, boolean carrier, boolean up, long rx, long tx) {
        return present ? new LinkState(name, true, op, carrier, up, 1500, "02:00:00:00:00:01",
                new LinkStats(rx, 0, 0, 0, tx, 0, 0, 0), true) : LinkState.absent(name);
    }

    @ParameterizedTest(name = "present={0} op={1} carrier={2} adminUp={3} -> {4}")
    @CsvSource({
        "true,  up,             true,  true,  UP",
        "true,  unknown,        true,  true,  UP",
        "true,  lowerlayerdown, false, true,  NO_CARRIER",
        "true,  down,           false, true,  NO_CARRIER",
        "true,  up,             false, true,  NO_CARRIER",
        "true,  down,           false, false, DOWN",
        "false, absent,         false, false, MISSING",
    })
    void marksFollowOperstateAndCarrier(boolean present, String op, boolean carrier, boolean up, LiveMark want) {
        assertThat(LiveMark.of(state("x", present, op, carrier, up, 0, 0))).isEqualTo(want);
    }

    @Test
    void ratesComeFromCounterDeltasAndRestartWhenCountersGoBack() {
        RateHistory h = RateHistory.EMPTY.sample(0, 1000, 0);
        assertThat(h.size()).as("the first sample is a baseline").isZero();
        h = h.sample(1_000_000_000L, 3000, 500);
        assertThat(h.lastRx()).isEqualTo(2000.0);
        assertThat(h.lastTx()).isEqualTo(500.0);
        h = h.sample(2_000_000_000L, 10, 10);
        assertThat(h.size()).as("a re-created link restarts the baseline, no negative rate").isEqualTo(1);
        for (int i = 3; i < 100; i++) {
            h = h.sample(i * 1_000_000_000L, i * 100L, 0);
        }
        assertThat(h.size()).isEqualTo(RateHistory.CAPACITY);
        assertThat(RateHistory.format(1_234_567)).isEqualTo("1.2 MB/s");
        assertThat(RateHistory.format(12)).isEqualTo("12 B/s");
    }

    @Test
    void theBoardAppliesABatchPerDrainAndCountsFlapsAfterTheFirstUp() {
        long[] now = {0};
        LinkBoard b = new LinkBoard(() -> now[0]);
        b.watch(List.of("mvt0"));
        b.offer(state("mvt0", false, "absent", false, false, 0, 0));
        b.offer(state("mvt0", true, "down", false, false, 0, 0));
        b.offer(state("mvt0", true, "up", true, true, 0, 0));
        assertThat(b.drain()).hasSize(1);
        assertThat(b.batches()).isEqualTo(1);
        LiveLink l = b.get("mvt0");
        assertThat(l.mark()).isEqualTo(LiveMark.UP);
        assertThat(l.flaps()).as("creating and bringing up is not a flap").isZero();
        for (int i = 0; i < 10; i++) {
            b.offer(state("mvt0", true, "lowerlayerdown", false, true, 0, 0));
            b.offer(state("mvt0", true, "up", true, true, 0, 0));
        }
        assertThat(b.drain()).hasSize(1);
        assertThat(b.get("mvt0").flaps()).isEqualTo(20);
        assertThat(b.batches()).isEqualTo(2);
        b.offer(state("other", true, "up", true, true, 0, 0));
        assertThat(b.drain()).as("links not watched are ignored").isEmpty();
    }

    @Test
    void aDeletionTheAppExpectsIsNotVanishing() {
        LinkBoard b = new LinkBoard(System::nanoTime);
        b.watch(List.of("a", "b"));
        b.offer(state("a", true, "up", true, true, 0, 0));
        b.offer(state("b", true, "up", true, true, 0, 0));
        b.drain();
        b.expectGone(List.of("a"));
        b.offer(LinkState.absent("a"));
        b.offer(LinkState.absent("b"));
        b.drain();
        assertThat(b.get("a").vanished()).isFalse();
        assertThat(b.get("b").vanished()).isTrue();
        b.offer(state("b", true, "up", true, true, 0, 0));
        b.drain();
        assertThat(b.get("b").vanished()).as("back again").isFalse();
    }

    @Test
    void anApplyFailureIsSplitIntoStepReasonAndRollback() {
        Step step = new Step(StepKind.CREATE, "mvt1", null, "macvtap vepa on eth0");
        HelperException e = new HelperException(ErrorCode.APPLY_FAILED, "", "step 'create mvt1: macvtap vepa on eth0' failed: "
                + "RTNETLINK answers: File exists; the undo left problems: mvt0 could not be deleted", List.of(), step);
        ApplyOutcome o = ApplyOutcome.refused("apply", e);
        assertThat(o.ok()).isFalse();
        assertThat(o.reason()).isEqualTo("RTNETLINK answers: File exists");
        assertThat(o.rollback()).isEqualTo("The undo left problems: mvt0 could not be deleted.");
        assertThat(o.headline()).isEqualTo("The apply failed and the rollback was incomplete.");
        ApplyOutcome missing = ApplyOutcome.refused("apply", new HelperException(ErrorCode.MISSING_LOWER, "design",
                "lower devices missing: eth9", List.of("eth9"), null));
        assertThat(missing.headline()).contains("Lower devices");
        assertThat(missing.lines()).containsExactly("names: eth9");
    }

    private static Wire.ListedLink link(String name, String type, String mode, String lower, boolean ours) {
        return new Wire.ListedLink(1, name, type, mode, lower, "02:00:00:00:00:09", "up", true, true, 1500, 0,
                ours ? "macvtap-designer:x-00000000:" + name : null, ours);
    }

    @Test
    void importKeepsMacvlanAndMacvtapLinksWithTheirLowersAndSaysWhatItLeftOut() {
        HostImport.Result r = HostImport.of(List.of(
                link("lo", "device", null, null, false),
                link("eth0", "device", null, null, false),
                link("bond0", "bond", null, null, false),
                link("mvt0", "macvtap", "bridge", "eth0", true),
                link("ext0", "macvlan", "private", "bond0", false),
                link("src0", "macvtap", "source", "eth0", false),
                link("nest0", "macvlan", "bridge", "ext0", false),
                link("far0", "macvtap", "vepa", "eth7", false)), "kvm9.example.org");
        var h = r.design().hosts().get(0);
        assertThat(h.name()).isEqualTo("kvm9.example.org");
        assertThat(h.devices()).extracting(d -> d.name() + ":" + d.kind().yamlName()).containsExactly("eth0:ethernet", "bond0:bond");
        assertThat(h.endpoints()).extracting(e -> e.name() + ":" + e.type() + ":" + e.mode())
                .containsExactly("mvt0:" + LinkType.MACVTAP + ":" + MacvlanMode.BRIDGE, "ext0:" + LinkType.MACVLAN + ":" + MacvlanMode.PRIVATE);
        assertThat(r.foreign()).containsExactlyInAnyOrder("ext0", "eth0", "bond0");
        assertThat(r.skipped()).hasSize(3).anyMatch(s -> s.startsWith("src0: mode 'source'"))
                .anyMatch(s -> s.startsWith("nest0: it sits on another macvlan"))
                .anyMatch(s -> s.startsWith("far0: its lower device eth7 is not in this namespace"));
        assertThat(r.design().name()).isEqualTo("live kvm9.example.org");
    }
}
