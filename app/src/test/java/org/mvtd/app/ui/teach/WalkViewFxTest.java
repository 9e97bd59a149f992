package org.mvtd.app.ui.teach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mvtd.app.ui.teach.walk.WalkView;
import org.mvtd.app.ui.teach.walk.WalkViewModel;
import org.mvtd.model.MacvlanMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.mvtd.model.testing.EditFixtures;
import org.mvtd.app.ui.teach.common.TeachStyles;

/** The walk-through docked in the designer window: narration shown, events, frames on the canvas, playing. */
@ExtendWith({IgnoreForeignAsyncFailures.class, ApplicationExtension.class})
class WalkViewFxTest {
    private TeachFx fx;

    @Start
    void start(Stage stage) {
        fx = TeachFx.open(stage);
    }

    private WalkView openOn(FxRobot robot, org.mvtd.model.Design d) {
        robot.interact(() -> {
            fx.teaching().startLayer().hide();
            fx.vm.document().change("Test design", d);
        });
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.W).release(KeyCode.W, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.teaching().walkOpen()).as("Ctrl+Shift+W docks the walk-through").isTrue();
        return robot.lookup("#mvtd-walk-panel").queryAs(WalkView.class);
    }

    private static String narration(FxRobot robot) {
        return robot.lookup("#mvtd-walk-narration").queryLabeled().getText();
    }

    @ParameterizedTest(name = "{0} -> {1}, hairpin {2}")
    @MethodSource("org.mvtd.app.ui.teach.KernelTruthWalks#rows")
    void everyKernelTruthRowIsWalkedHopByHopWithItsNarrationShown(String a, String b, boolean hairpin, boolean unicast,
                                                                 boolean broadcast, FxRobot robot) {
        WalkView view = openOn(robot, KernelTruthWalks.twoEndpoints(MacvlanMode.fromKernelName(a),
                MacvlanMode.fromKernelName(b), hairpin));
        WalkViewModel vm = fx.teaching().walkViewModel();
        robot.interact(() -> {
            vm.chooseSource("h/a");
            vm.chooseTarget("h/b");
        });
        List<String> expected = KernelTruthWalks.expectedHops(a, b, unicast);
        assertThat(view.list().getItems()).hasSize(expected.size());
        assertThat(view.list().getItems()).extracting(e -> e.step().from() + ">" + e.step().to() + ":" + e.step().kind())
                .containsExactlyElementsOf(expected);

        List<String> shown = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            robot.clickOn("#mvtd-walk-step");
            shown.add(narration(robot));
            assertThat(view.list().getSelectionModel().getSelectedIndex()).as("the current event is highlighted")
                    .isEqualTo(i);
        }
        assertThat(shown.get(0)).isEqualTo("a sends a frame to b's MAC address");
        assertThat(shown.get(1)).isEqualTo(KernelTruthWalks.expectedTransmitRule(a, b));
        assertThat(shown.get(shown.size() - 1)).isEqualTo(KernelTruthWalks.expectedLastRule(a, b, unicast));
        var outcome = robot.lookup("#mvtd-walk-outcome").queryLabeled();
        assertThat(outcome.isVisible()).isTrue();
        assertThat(outcome.getText()).startsWith(unicast ? "Delivered" : "Dropped");
        Node layer = robot.lookup("#mvtd-walk-layer").query();
        long rings = ((javafx.scene.Group) layer).getChildrenUnmodifiable().stream()
                .filter(n -> n.getStyleClass().contains(TeachStyles.RECEIVER)).count();
        long drops = ((javafx.scene.Group) layer).getChildrenUnmodifiable().stream()
                .filter(n -> n.getStyleClass().contains(TeachStyles.DROP) && !(n instanceof Rectangle)).count();
        assertThat(rings).as("the receiver is ringed").isEqualTo(unicast ? 1 : 0);
        assertThat(drops).as("the drop is marked where it happens").isEqualTo(unicast ? 0 : 1);
    }

    @Test
    void aBroadcastFansOutThenPlaysToTheEndAndStepsBackByKeyboard(FxRobot robot) {
        WalkView view = openOn(robot, EditFixtures.welcome());
        WalkViewModel vm = fx.teaching().walkViewModel();
        robot.interact(() -> {
            vm.chooseSource("kvmhost/macvtap0");
            vm.chooseTarget(null);
        });
        robot.clickOn("#mvtd-walk-step").clickOn("#mvtd-walk-step");
        javafx.scene.Group layer = robot.lookup("#mvtd-walk-layer").query();
        assertThat(layer.getChildren().stream().filter(n -> n.getStyleClass().contains(TeachStyles.FRAME)).count())
                .as("tick 1: one frame to the bridge neighbour and one to the wire, at once").isEqualTo(2);
        assertThat(narration(robot).lines()).hasSize(2);

        robot.interact(() -> vm.speedProperty().set(WalkViewModel.MAX_SPEED));
        robot.clickOn("#mvtd-walk-play");
        assertThat(vm.playingProperty().get()).isTrue();
        TeachFx.await("the broadcast has played to its end", () -> vm.atEndProperty().get() && !vm.playingProperty().get());
        assertThat(robot.lookup("#mvtd-walk-outcome").queryLabeled().getText())
                .isEqualTo("Delivered to 2: kvmhost/macvtap1, router");
        assertThat(layer.getChildren().stream().filter(n -> n.getStyleClass().contains(TeachStyles.RECEIVER)).count())
                .as("macvtap1, its guest and the router are ringed").isEqualTo(3);

        robot.clickOn("#mvtd-walk-back");
        robot.press(KeyCode.CONTROL, KeyCode.OPEN_BRACKET).release(KeyCode.OPEN_BRACKET, KeyCode.CONTROL);
        assertThat(vm.positionProperty().get()).as("Ctrl+[ steps back from anywhere in the window")
                .isEqualTo(vm.events().stream().map(e -> e.tick()).distinct().toList().size() - 3);
        robot.press(KeyCode.CONTROL, KeyCode.CLOSE_BRACKET).release(KeyCode.CLOSE_BRACKET, KeyCode.CONTROL);
        int before = vm.tickProperty().get();
        robot.type(KeyCode.LEFT);
        assertThat(vm.tickProperty().get()).as("Left steps back").isLessThan(before);
        robot.type(KeyCode.HOME);
        assertThat(vm.positionProperty().get()).isEqualTo(-1);
        robot.interact(() -> view.list().getSelectionModel().select(0));
        assertThat(vm.tickProperty().get()).as("clicking an event jumps there").isEqualTo(0);
        robot.clickOn("#mvtd-walk-close");
        assertThat(fx.teaching().walkOpen()).isFalse();
        assertThat(robot.lookup("#mvtd-walk-layer").tryQuery()).as("nothing left on the canvas").isEmpty();
    }

    @Test
    void theSelectedCanvasNodeBecomesTheSource(FxRobot robot) {
        robot.interact(() -> fx.vm.selection().select(org.mvtd.model.edit.ElementRef.guest("uperf-server")));
        openOn(robot, fx.vm.document().design());
        WalkViewModel vm = fx.teaching().walkViewModel();
        assertThat(vm.sourceProperty().get().id()).isEqualTo("kvmhost/macvtap1");
        robot.interact(() -> fx.vm.selection().select(org.mvtd.model.edit.ElementRef.station("router")));
        robot.clickOn(robot.lookup(".button").lookup((Node n) -> n instanceof javafx.scene.control.Button bt
                && "Selected".equals(bt.getText()) && bt.getTooltip().getText().contains("Send to")).queryButton());
        assertThat(vm.targetProperty().get().id()).isEqualTo("router");
    }
}
