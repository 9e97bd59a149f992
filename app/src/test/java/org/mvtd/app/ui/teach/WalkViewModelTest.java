package org.mvtd.app.ui.teach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mvtd.app.ui.teach.walk.WalkEvent;
import org.mvtd.app.ui.teach.walk.WalkViewModel;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.reach.WalkStep;
import org.mvtd.model.testing.EditFixtures;

/** The walk-through's state without a stage: hops, narration, stepping, jumping, routes on the canvas. */
class WalkViewModelTest {

    static WalkViewModel on(org.mvtd.model.Design d) {
        WalkViewModel vm = new WalkViewModel();
        vm.designProperty().set(d);
        return vm;
    }

    static List<String> hops(WalkViewModel vm) {
        return vm.events().stream().map(e -> e.step().from() + ">" + e.step().to() + ":" + e.step().kind()).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}, hairpin {2}")
    @MethodSource("org.mvtd.app.ui.teach.KernelTruthWalks#rows")
    void everyKernelTruthRowWalksItsHopsWithItsRules(String a, String b, boolean hairpin, boolean unicast, boolean broadcast) {
        WalkViewModel vm = on(KernelTruthWalks.twoEndpoints(MacvlanMode.fromKernelName(a), MacvlanMode.fromKernelName(b), hairpin));
        assertThat(vm.chooseSource("h/a")).isTrue();
        assertThat(vm.chooseTarget("h/b")).isTrue();

        assertThat(hops(vm)).containsExactlyElementsOf(KernelTruthWalks.expectedHops(a, b, unicast));
        assertThat(vm.narrationProperty().get()).startsWith("Ready");
        assertThat(vm.stepForward()).isTrue();
        assertThat(vm.narrationProperty().get()).isEqualTo("a sends a frame to b's MAC address");
        assertThat(vm.stepForward()).isTrue();
        assertThat(vm.narrationProperty().get()).isEqualTo(KernelTruthWalks.expectedTransmitRule(a, b));
        vm.toEnd();
        assertThat(vm.narrationProperty().get()).isEqualTo(KernelTruthWalks.expectedLastRule(a, b, unicast));
        assertThat(vm.outcomeProperty().get()).isEqualTo(unicast ? "Delivered: h/b receives the frame."
                : "Dropped: the frame never reaches h/b.");

        assertThat(vm.chooseTarget(null)).as("the broadcast entry").isTrue();
        assertThat(vm.walk().broadcast()).isTrue();
        assertThat(vm.walk().receivers().contains("h/b")).as("broadcast a -> b").isEqualTo(broadcast);
        assertThat(vm.walk().receivers()).as("the router always hears it").contains("router");
    }

    @Test
    void stepsForwardAndBackThroughTicksAndJumpsToAnEvent() {
        WalkViewModel vm = on(KernelTruthWalks.twoEndpoints(MacvlanMode.VEPA, MacvlanMode.VEPA, true));
        vm.chooseSource("h/a");
        vm.chooseTarget("h/b");
        assertThat(vm.atStartProperty().get()).isTrue();
        assertThat(vm.stepBack()).as("nothing before the start").isFalse();
        vm.stepForward();
        vm.stepForward();
        vm.stepForward();
        assertThat(vm.tickProperty().get()).isEqualTo(2);
        assertThat(vm.currentSteps()).extracting(WalkStep::kind).containsExactly(WalkStep.Kind.TO_WIRE);
        vm.stepBack();
        assertThat(vm.tickProperty().get()).isEqualTo(1);
        assertThat(vm.progressProperty().get()).isEqualTo("tick 1 \u00b7 2 of 5");
        vm.jumpToEvent(3);
        assertThat(vm.tickProperty().get()).isEqualTo(3);
        assertThat(vm.narrationProperty().get()).contains("hairpin (reflective relay)");
        assertThat(vm.currentEventIndex()).isEqualTo(3);
        vm.stepForward();
        assertThat(vm.atEndProperty().get()).isTrue();
        assertThat(vm.stepForward()).as("nothing after the end").isFalse();
        vm.restart();
        assertThat(vm.positionProperty().get()).isEqualTo(-1);
    }

    @Test
    void playingFromTheEndStartsOverAndReachingTheEndStopsPlaying() {
        WalkViewModel vm = on(EditFixtures.welcome());
        vm.toEnd();
        vm.togglePlay();
        assertThat(vm.playingProperty().get()).isTrue();
        assertThat(vm.positionProperty().get()).isEqualTo(-1);
        while (vm.stepForward()) {
            // the view's timer does this
        }
        assertThat(vm.playingProperty().get()).isFalse();
        assertThat(vm.atEndProperty().get()).isTrue();
    }

    @Test
    void aBroadcastFansOutToEveryReceiverAtOnce() {
        WalkViewModel vm = on(EditFixtures.welcome());
        vm.chooseSource("kvmhost/macvtap0");
        vm.chooseTarget(null);
        assertThat(vm.walk().receivers()).containsExactlyInAnyOrder("kvmhost/macvtap1", "router");
        vm.stepForward();
        vm.stepForward();
        assertThat(vm.currentSteps()).as("tick 1: handed to the neighbour and sent to the wire at once")
                .extracting(WalkStep::kind).containsExactly(WalkStep.Kind.LOCAL_HANDOVER, WalkStep.Kind.TO_WIRE);
        assertThat(vm.narrationProperty().get().lines().count()).isEqualTo(2);
        vm.toEnd();
        assertThat(vm.outcomeProperty().get()).isEqualTo("Delivered to 2: kvmhost/macvtap1, router");
        assertThat(vm.stepsSoFar()).hasSize(vm.events().size());
    }

    @Test
    void routesRunFromTheGuestAndOnToTheReceivingGuest() {
        WalkViewModel vm = on(EditFixtures.welcome());
        vm.chooseSource("kvmhost/macvtap0");
        vm.chooseTarget("kvmhost/macvtap1");
        List<WalkEvent> ev = vm.events();
        assertThat(vm.route(ev.get(0).step())).containsExactly(ElementRef.guest("uperf-client"),
                ElementRef.endpoint("kvmhost", "macvtap0"));
        assertThat(vm.route(ev.get(ev.size() - 1).step())).containsExactly(ElementRef.device("kvmhost", "eth0"),
                ElementRef.endpoint("kvmhost", "macvtap1"), ElementRef.guest("uperf-server"));
        assertThat(vm.receiverElements("kvmhost/macvtap1")).containsExactly(ElementRef.endpoint("kvmhost", "macvtap1"),
                ElementRef.guest("uperf-server"));
    }

    @Test
    void aDropIsMarkedWhereItHappens() {
        WalkViewModel vm = on(EditFixtures.welcome());
        vm.chooseSource("kvmhost/eth0");
        vm.chooseTarget("kvmhost/macvtap0");
        WalkStep last = vm.events().get(vm.events().size() - 1).step();
        assertThat(last.kind()).isEqualTo(WalkStep.Kind.DROP);
        assertThat(vm.dropAt(last)).contains(ElementRef.sw("lan"));
    }

    @Test
    void theSameNodeBothWaysGivesNoWalkAndSaysWhy() {
        WalkViewModel vm = on(EditFixtures.welcome());
        vm.chooseSource("router");
        vm.chooseTarget("router");
        assertThat(vm.walk()).isNull();
        assertThat(vm.events()).isEmpty();
        assertThat(vm.narrationProperty().get()).contains("other than the source");
        assertThat(vm.stepForward()).isFalse();
    }

    @Test
    void anEditKeepsTheChosenNodesAndRewalks() {
        WalkViewModel vm = on(EditFixtures.welcome());
        vm.chooseSource("kvmhost/macvtap0");
        vm.chooseTarget("router");
        vm.stepForward();
        vm.designProperty().set(EditFixtures.welcome().withName("renamed"));
        assertThat(vm.sourceProperty().get().id()).isEqualTo("kvmhost/macvtap0");
        assertThat(vm.targetProperty().get().id()).isEqualTo("router");
        assertThat(vm.positionProperty().get()).as("a new walk starts from the beginning").isEqualTo(-1);
    }

    @Test
    void speedStaysInItsRange() {
        WalkViewModel vm = new WalkViewModel();
        vm.speedProperty().set(40);
        assertThat(vm.speedProperty().get()).isEqualTo(WalkViewModel.MAX_SPEED);
        vm.speedProperty().set(0);
        assertThat(vm.speedProperty().get()).isEqualTo(WalkViewModel.MIN_SPEED);
    }
}
