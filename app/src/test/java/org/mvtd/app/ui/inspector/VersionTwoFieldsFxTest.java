package org.mvtd.app.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.app.ui.DesignerWindow;
import org.mvtd.app.ui.MainViewModel;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.edit.ElementRef;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The inspector's version-2 fields: source mode's senders and nodst, nopromisc, addresses, VLAN ids and parents. */
@ExtendWith(ApplicationExtension.class)
class VersionTwoFieldsFxTest {
    private static final ElementRef TAP0 = ElementRef.endpoint("kvmhost", "macvtap0");

    @TempDir
    static Path dir;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        vm = DesignerWindow.openWelcome(stage, dir, 1400, 900).vm();
    }

    private Endpoint tap0() {
        return vm.document().design().host("kvmhost").orElseThrow().endpoint("macvtap0").orElseThrow();
    }

    private boolean shown(FxRobot robot, String key) {
        Node n = robot.lookup("#inspector-" + key).query();
        return n.isVisible() && n.isManaged();
    }

    private String note(FxRobot robot, String key) {
        Label l = robot.lookup("#inspector-" + key + "-note").queryAs(Label.class);
        return l.isVisible() ? l.getText() : "";
    }

    private void type(FxRobot robot, String key, String text) {
        TextField f = robot.lookup("#inspector-" + key).queryAs(TextField.class);
        robot.interact(() -> f.setText(""));
        robot.clickOn(f).write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void select(FxRobot robot, ElementRef r) {
        robot.interact(() -> vm.selection().select(r));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void sourceModeIsInThePickerAndShowsItsSendersAndNodstCheckedAsTyped(FxRobot robot) {
        select(robot, TAP0);
        assertThat(shown(robot, "sourceMacs")).as("senders only in source mode").isFalse();
        assertThat(shown(robot, "nodst")).isFalse();
        @SuppressWarnings("unchecked")
        ComboBox<MacvlanMode> mode = robot.lookup("#inspector-mode").queryAs(ComboBox.class);
        assertThat(mode.getItems()).contains(MacvlanMode.SOURCE);
        robot.interact(() -> mode.setValue(MacvlanMode.SOURCE));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tap0().mode()).isEqualTo(MacvlanMode.SOURCE);
        assertThat(shown(robot, "sourceMacs")).isTrue();
        assertThat(shown(robot, "nodst")).isTrue();
        type(robot, "sourceMacs", "52:54:00:aa:bb:cc, 52:54:00:zz");
        assertThat(note(robot, "sourceMacs")).contains("'52:54:00:zz' is not six hex pairs");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tap0().sourceMacs()).as("a bad list changes nothing").isEmpty();
        type(robot, "sourceMacs", "52:54:00:AA:BB:CC, 52:54:00:aa:bb:cd");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tap0().sourceMacs()).containsExactly("52:54:00:aa:bb:cc", "52:54:00:aa:bb:cd");
        assertThat(note(robot, "sourceMacs")).doesNotContain("'");
        robot.clickOn(robot.lookup("#inspector-nodst").queryAs(CheckBox.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tap0().nodst()).isTrue();
        assertThat(note(robot, "nodst")).contains("alone");
        robot.interact(() -> mode.setValue(MacvlanMode.VEPA));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot, "sourceMacs")).isFalse();
        assertThat(tap0().sourceMacs()).as("leaving source drops its settings").isEmpty();
    }

    @Test
    void nopromiscIsOfferedOnlyInPassthru(FxRobot robot) {
        select(robot, TAP0);
        assertThat(shown(robot, "nopromisc")).isFalse();
        Design d = vm.document().design();
        robot.interact(() -> vm.document().change("passthru",
                d.withHost("kvmhost", h -> h.withEndpoint("macvtap0", e -> e.withMode(MacvlanMode.PASSTHRU)))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot, "nopromisc")).isTrue();
        robot.clickOn(robot.lookup("#inspector-nopromisc").queryAs(CheckBox.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tap0().nopromisc()).isTrue();
    }

    @Test
    void addressesOfEndpointsStationsAndDevicesAreCheckedPerEntryAsTyped(FxRobot robot) {
        select(robot, TAP0);
        type(robot, "addresses", "192.0.2.20, 2001:db8::20/64");
        assertThat(note(robot, "addresses")).contains("'192.0.2.20' has no prefix length");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tap0().addresses()).isEmpty();
        type(robot, "addresses", "192.0.2.20/24, 2001:db8::20/64");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tap0().addresses()).containsExactly("192.0.2.20/24", "2001:db8::20/64");

        select(robot, ElementRef.station("router"));
        type(robot, "addresses", "192.0.2.1/24");
        robot.type(KeyCode.ENTER);
        type(robot, "vlan", "5000");
        assertThat(note(robot, "vlan")).contains("1 to 4094");
        type(robot, "vlan", "100");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        var router = vm.document().design().station("router").orElseThrow();
        assertThat(router.addresses()).containsExactly("192.0.2.1/24");
        assertThat(router.vlan()).isEqualTo(100);

        select(robot, ElementRef.device("kvmhost", "eth0"));
        assertThat(shown(robot, "addresses")).as("eth0 carries the host's address").isTrue();
        assertThat(shown(robot, "parent")).as("not a VLAN device").isFalse();
        assertThat(shown(robot, "vlan")).isFalse();
    }

    @Test
    void aVlanDeviceShowsItsParentAndIdInsteadOfASwitch(FxRobot robot) {
        Design d = vm.document().design();
        robot.interact(() -> vm.document().change("add vlan", d.withHost("kvmhost", h -> {
            List<Device> devs = new ArrayList<>(h.devices());
            devs.add(Device.vlan("eth0.100", "eth0", 100));
            return h.withDevices(devs);
        })));
        select(robot, ElementRef.device("kvmhost", "eth0.100"));
        assertThat(shown(robot, "parent")).isTrue();
        assertThat(shown(robot, "vlan")).isTrue();
        assertThat(shown(robot, "switch")).as("a VLAN device leaves through its parent's cable").isFalse();
        @SuppressWarnings("unchecked")
        ComboBox<String> parent = robot.lookup("#inspector-parent").queryAs(ComboBox.class);
        assertThat(parent.getValue()).isEqualTo("eth0");
        assertThat(parent.getItems()).doesNotContain("eth0.100");
        type(robot, "vlan", "0");
        assertThat(note(robot, "vlan")).contains("'0' is not a VLAN id");
        type(robot, "vlan", "200");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.document().design().host("kvmhost").orElseThrow().device("eth0.100").orElseThrow().vlan())
                .isEqualTo(200);
        assertThat(note(robot, "vlan")).contains("VLAN-200");
    }
}
