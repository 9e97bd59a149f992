package org.mvtd.app.ui.teach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mvtd.app.ui.teach.walk.WalkViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The walk-through's frame is an envelope with its kind and MAC addresses; a ping walks ARP, then the echo. */
@ExtendWith({IgnoreForeignAsyncFailures.class, ApplicationExtension.class})
class WalkEnvelopeFxTest {
    private static final String CLIENT_MAC = "52:54:00:0a:8a:c1";
    private static final String SERVER_MAC = "52:54:00:0a:8a:c2";
    private TeachFx fx;

    @Start
    void start(Stage stage) {
        fx = TeachFx.open(stage);
    }

    private WalkViewModel open(FxRobot robot) {
        robot.interact(() -> {
            fx.teaching().startLayer().hide();
            fx.teaching().openWalk();
            fx.teaching().walkViewModel().chooseSource("kvmhost/macvtap0");
        });
        return fx.teaching().walkViewModel();
    }

    private static List<String> envelopes(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#mvtd-walk-envelope").queryAll().stream().map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void aBroadcastCarriesTheSourceMacAndTheBroadcastAddress(FxRobot robot) {
        WalkViewModel vm = open(robot);
        robot.interact(() -> vm.chooseTarget(null));
        robot.clickOn("#mvtd-walk-step");
        assertThat(envelopes(robot)).isNotEmpty().allSatisfy(t -> assertThat(t)
                .isEqualTo("Broadcast (ARP request)\nsrc " + CLIENT_MAC + "\ndst ff:ff:ff:ff:ff:ff"));
        robot.clickOn("#mvtd-walk-step");
        assertThat(envelopes(robot)).as("beside every hop").isNotEmpty();
    }

    @Test
    void aUnicastCarriesBothMacs(FxRobot robot) {
        WalkViewModel vm = open(robot);
        robot.interact(() -> vm.chooseTarget("kvmhost/macvtap1"));
        robot.clickOn("#mvtd-walk-step");
        assertThat(envelopes(robot)).containsExactly("Unicast frame\nsrc " + CLIENT_MAC + "\ndst " + SERVER_MAC);
    }

    @Test
    void aPingIsAnArpRequestAndReplyThenTheEchoAndItsReply(FxRobot robot) {
        WalkViewModel vm = open(robot);
        robot.interact(() -> vm.chooseTarget("kvmhost/macvtap1"));
        robot.clickOn("#mvtd-walk-ping");
        assertThat(vm.pingProperty().get()).isTrue();
        List<String> kinds = new ArrayList<>();
        while (!vm.atEndProperty().get()) {
            robot.clickOn("#mvtd-walk-step");
            for (String t : envelopes(robot)) {
                String kind = t.substring(0, t.indexOf('\n'));
                if (kinds.isEmpty() || !kinds.get(kinds.size() - 1).equals(kind)) {
                    kinds.add(kind);
                }
            }
        }
        assertThat(kinds).containsExactly("ARP request (broadcast)", "ARP reply (unicast)", "ICMP echo request", "ICMP echo reply");
        assertThat(vm.outcomeProperty().get()).startsWith("Ping works");
    }

    @Test
    void aPingToTheHostStackStopsAtTheArpRequest(FxRobot robot) {
        WalkViewModel vm = open(robot);
        robot.interact(() -> {
            vm.chooseTarget("kvmhost/eth0");
            vm.pingProperty().set(true);
            vm.toEnd();
        });
        assertThat(vm.outcomeProperty().get())
                .isEqualTo("Ping fails: the ARP request (broadcast) never reaches kvmhost/eth0, so nothing after it is sent.");
    }
}
