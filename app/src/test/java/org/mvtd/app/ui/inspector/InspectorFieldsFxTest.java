package org.mvtd.app.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.decoration.Decorator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.app.ui.DesignerWindow;
import org.mvtd.app.ui.MainViewModel;
import org.mvtd.model.Design;
import org.mvtd.model.Endpoint;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.EndpointEdits;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The inspector's fields in the designer window, headless: bound in place, checked as typed, Esc reverts. */
@ExtendWith(ApplicationExtension.class)
class InspectorFieldsFxTest {
    private static final ElementRef TAP0 = ElementRef.endpoint("kvmhost", "macvtap0");

    @TempDir
    static Path dir;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        vm = DesignerWindow.openWelcome(stage, dir, 1400, 900).vm();
    }

    private Endpoint tap0() {
        Design d = vm.document().design();
        return d.host("kvmhost").orElseThrow().endpoint("macvtap0").orElseThrow();
    }

    private TextField field(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(TextField.class);
    }

    private String note(FxRobot robot, String key) {
        Label l = robot.lookup("#inspector-" + key + "-note").queryAs(Label.class);
        return l.isVisible() ? l.getText() : "";
    }

    @Test
    void anEditOrUndoUpdatesTheFieldsInPlaceAndKeepsFocusAndAHalfTypedValue(FxRobot robot) {
        robot.interact(() -> vm.selection().select(TAP0));
        TextField mac = field(robot, "inspector-mac");
        robot.clickOn(mac).press(KeyCode.END).release(KeyCode.END).write("0");
        assertThat(mac.getText()).isEqualTo("52:54:00:0a:8a:c10");
        robot.interact(() -> vm.inspector().setEndpointUp(false)); // an edit of the same element, not of this field
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field(robot, "inspector-mac")).as("the same field, not a rebuilt form").isSameAs(mac);
        assertThat(mac.isFocused()).isTrue();
        assertThat(mac.getText()).as("the half-typed value survives").isEqualTo("52:54:00:0a:8a:c10");
        CheckBox up = robot.lookup("#inspector-up").queryAs(CheckBox.class);
        assertThat(up.isSelected()).as("the bound check box shows the edit").isFalse();
        robot.interact(() -> vm.document().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(up.isSelected()).isTrue();
        assertThat(field(robot, "inspector-mac")).isSameAs(mac);
        assertThat(robot.lookup("#inspector-up").queryAs(CheckBox.class)).isSameAs(up);
    }

    @Test
    void escPutsTheModelValueBackAndEnterCommitsOneUndoStep(FxRobot robot) {
        robot.interact(() -> vm.selection().select(TAP0));
        TextField mac = field(robot, "inspector-mac");
        robot.clickOn(mac).press(KeyCode.END).release(KeyCode.END).write("zz");
        assertThat(note(robot, "mac")).contains("not a hex digit");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(mac.getText()).isEqualTo("52:54:00:0a:8a:c1");
        assertThat(note(robot, "mac")).isEmpty();
        assertThat(vm.document().undoManager().canUndo()).as("Esc changes nothing in the design").isFalse();

        robot.interact(() -> {
            mac.requestFocus();
            mac.setText("52:54:00:0a:8a:99");
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tap0().mac()).isEqualTo("52:54:00:0a:8a:99");
        robot.interact(() -> vm.document().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tap0().mac()).as("one undo step").isEqualTo("52:54:00:0a:8a:c1");
        assertThat(field(robot, "inspector-mac")).isSameAs(mac);
        assertThat(mac.getText()).as("the undo shows in the same field").isEqualTo("52:54:00:0a:8a:c1");
    }

    @Test
    void aBadNameListsEveryRuleItBreaksAsTypedWithAValidationDecoration(FxRobot robot) {
        robot.interact(() -> vm.selection().select(TAP0));
        TextField name = field(robot, "inspector-name");
        robot.interact(() -> {
            name.requestFocus();
            name.setText("-tap/0 with:spaces");
        });
        WaitForAsyncUtils.waitForFxEvents();
        String note = note(robot, "name");
        assertThat(note).contains("18 bytes", "contains '/'", "contains whitespace", "contains ':'", "starts with '-'");
        assertThat(note.lines().count()).as("one line per rule").isEqualTo(5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Decorator.getDecorations(name)).as("ControlsFX marks the field").isNotEmpty();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(name.getText()).isEqualTo("macvtap0");
        assertThat(note(robot, "name")).isEmpty();
        assertThat(Decorator.getDecorations(name)).as("the decoration goes with the problem").isNullOrEmpty();
    }

    @Test
    void aRefusedChoiceIsPutBackWithTheReasonInTheSameControl(FxRobot robot) {
        robot.interact(() -> vm.selection().select(TAP0));
        @SuppressWarnings("unchecked")
        ComboBox<MacvlanMode> mode = robot.lookup("#inspector-mode").queryAs(ComboBox.class);
        robot.interact(() -> mode.setValue(MacvlanMode.PASSTHRU)); // what picking it in the list does
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(note(robot, "mode")).contains("passthru");
        assertThat(mode.getValue()).isEqualTo(MacvlanMode.BRIDGE);
        assertThat(tap0().mode()).isEqualTo(MacvlanMode.BRIDGE);
        assertThat(robot.lookup("#inspector-mode").queryAs(ComboBox.class)).isSameAs(mode);
        robot.interact(() -> mode.setValue(MacvlanMode.VEPA));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tap0().mode()).isEqualTo(MacvlanMode.VEPA);
        assertThat(note(robot, "mode")).as("the refusal goes, the mode's summary shows").isEqualTo(MacvlanMode.VEPA.summary());
    }

    @Test
    void theOtherEndOfADuplicateMacShowsTheProblemUnderItsMacField(FxRobot robot) {
        robot.interact(() -> vm.selection().select(TAP0));
        robot.interact(() -> vm.document().change("duplicate MAC", EndpointEdits.setMac(vm.document().design(),
                ElementRef.endpoint("kvmhost", "macvtap1"), "52:54:00:0a:8a:c1").design()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(note(robot, "mac")).contains("is already used by endpoint 'macvtap0'");
        TextField mac = field(robot, "inspector-mac");
        assertThat(Decorator.getDecorations(mac)).isNotEmpty();
    }

    @Test
    void aNameTypedForOneElementIsNeverGivenToTheNextOneSelected(FxRobot robot) {
        robot.interact(() -> vm.selection().select(TAP0));
        TextField name = field(robot, "inspector-name");
        robot.interact(() -> {
            name.requestFocus();
            name.setText("tap-new");
        });
        robot.interact(() -> vm.selection().select(ElementRef.station("router"))); // the field leaves with its form
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.document().design().station("router")).isPresent();
        assertThat(vm.document().design().station("tap-new")).isEmpty();
        assertThat(field(robot, "inspector-name").getText()).isEqualTo("router");
    }
}
