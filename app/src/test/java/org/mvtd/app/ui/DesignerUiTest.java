package org.mvtd.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.app.ui.canvas.BoxSkin;
import org.mvtd.app.ui.canvas.CanvasView;
import org.mvtd.app.ui.canvas.ElementSkin;
import org.mvtd.app.ui.io.RecoveryStore;
import org.mvtd.app.ui.io.Settings;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.PaletteItem;
import org.mvtd.app.ui.viewmodel.ReachMark;
import org.mvtd.model.Design;
import org.mvtd.model.MacvlanMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The designer window driven like a user would, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class DesignerUiTest {
    @TempDir
    static Path dir;
    private MainViewModel vm;
    private MainView view;
    private ScriptedDialogs dialogs;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        dialogs = new ScriptedDialogs();
        Path cfg = dir.resolve("cfg-" + System.nanoTime());
        vm = new MainViewModel(Settings.load(cfg), new RecoveryStore(cfg), dialogs);
        view = DesignerWindow.show(vm, stage, 1400, 900);
        vm.start(null);
    }

    @BeforeEach
    void fit(FxRobot robot) {
        robot.interact(view::fitToView);
    }

    private CanvasView canvas() {
        return view.canvas();
    }

    private Point2D screenOf(ElementRef r) {
        return DesignerWindow.screenOf(canvas(), r);
    }

    private Design design() {
        return vm.document().design();
    }

    @Test
    void firstStartShowsTheWelcomeExample() {
        assertThat(design().name()).isEqualTo("bridge mode on one NIC");
        assertThat(canvas().layers().skins()).containsKey(ElementRef.guest("uperf-client"));
        assertThat(stage.getTitle()).isEqualTo("bridge mode on one NIC (unsaved) \u2013 macvtap-designer");
        assertThat(canvas().legend().titleText()).isEqualTo("Select a node to see whom it reaches:");
    }

    @Test
    void dragFromThePalettePlacesAnElementWhereDropped(FxRobot robot) {
        Point2D target = canvas().designToScreen(new Point2D(900, 60));
        robot.drag("#palette-switch", MouseButton.PRIMARY).moveTo(target).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(design().switchNamed("switch1")).isPresent();
        Point2D c = canvas().currentLayout().centre(ElementRef.sw("switch1"));
        assertThat(c.distance(900, 60)).as("placed where dropped (snapped to the grid)").isLessThan(30);
        assertThat(vm.selection().single()).contains(ElementRef.sw("switch1"));
        assertThat(stage.getTitle()).startsWith("*");
        // one gesture, one undo step
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(design().switchNamed("switch1")).isEmpty();
        assertThat(stage.getTitle()).doesNotStartWith("*");
    }

    @Test
    void aDeviceDroppedOutsideAHostIsExplainedWhereItWasDropped(FxRobot robot) {
        Point2D target = canvas().designToScreen(new Point2D(950, 420));
        robot.drag("#palette-device", MouseButton.PRIMARY).moveTo(target).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas().toast().label().isVisible()).isTrue();
        assertThat(canvas().toast().label().getText()).contains("drop it inside a host");
        javafx.geometry.Bounds toast = canvas().toast().label().localToScreen(canvas().toast().label().getBoundsInLocal());
        double dx = Math.max(0, Math.max(toast.getMinX() - target.getX(), target.getX() - toast.getMaxX()));
        double dy = Math.max(0, Math.max(toast.getMinY() - target.getY(), target.getY() - toast.getMaxY()));
        assertThat(Math.hypot(dx, dy)).as("the explanation sits where the drop was: %s vs %s", toast, target).isLessThan(40);
        assertThat(vm.document().undoManager().canUndo()).isFalse();
    }

    private void dragConnector(FxRobot robot, ElementRef from, ElementRef to) {
        robot.clickOn(screenOf(from));
        WaitForAsyncUtils.waitForFxEvents();
        Node handle = canvas().layers().skin(from).connector();
        Point2D h = handle.localToScreen(handle.getBoundsInLocal().getCenterX(), handle.getBoundsInLocal().getCenterY());
        robot.moveTo(h).press(MouseButton.PRIMARY).moveTo(screenOf(to)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void connectingAGuestToAFreeMacvtapEndpointIsAccepted(FxRobot robot) {
        robot.interact(() -> {
            vm.selection().select(ElementRef.guest("uperf-client"));
            vm.canvas().delete();
            vm.canvas().place(PaletteItem.GUEST, new Point2D(700, 520));
        });
        ElementRef guest = vm.selection().single().orElseThrow();
        dragConnector(robot, guest, ElementRef.endpoint("kvmhost", "macvtap0"));
        assertThat(design().guestOn("kvmhost", "macvtap0")).get().extracting(g -> g.name()).isEqualTo(guest.name());
        assertThat(vm.statusProperty().get()).startsWith("Connect " + guest.name());
    }

    @Test
    void connectingAGuestToAMacvlanEndpointIsRefusedAndExplained(FxRobot robot) {
        robot.interact(() -> vm.canvas().place(PaletteItem.MACVLAN, canvas().currentLayout().centre(ElementRef.device("kvmhost", "eth0"))));
        robot.interact(() -> vm.canvas().place(PaletteItem.GUEST, new Point2D(800, 520)));
        ElementRef guest = vm.selection().single().orElseThrow();
        Design before = design();
        dragConnector(robot, guest, ElementRef.endpoint("kvmhost", "macvlan0"));
        assertThat(design()).isEqualTo(before);
        assertThat(canvas().toast().label().isVisible()).isTrue();
        assertThat(canvas().toast().label().getText()).contains("macvlan0 is a macvlan endpoint").contains("needs a macvtap endpoint");
    }

    @Test
    void movingIsOneUndoStepAndRedoBringsItBack(FxRobot robot) {
        ElementRef lan = ElementRef.sw("lan");
        Point2D before = canvas().currentLayout().centre(lan);
        Point2D from = screenOf(lan);
        robot.drag(from, MouseButton.PRIMARY).moveBy(40, 10).moveBy(40, 10).moveBy(40, 20).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Point2D after = canvas().currentLayout().centre(lan);
        assertThat(after).isNotEqualTo(before);
        assertThat(after.getX() % 20).as("snapped to the grid").isZero();
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas().currentLayout().centre(lan)).isEqualTo(before);
        assertThat(vm.document().undoManager().canUndo()).as("the whole drag was one step").isFalse();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas().currentLayout().centre(lan)).isEqualTo(after);
    }

    @Test
    void shiftClickAndRubberBandSelectAndDeleteRemovesThem(FxRobot robot) {
        robot.clickOn(screenOf(ElementRef.guest("uperf-client")));
        robot.press(KeyCode.SHIFT).clickOn(screenOf(ElementRef.guest("uperf-server"))).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selection().getSelectedItems()).containsExactlyInAnyOrder(ElementRef.guest("uperf-client"), ElementRef.guest("uperf-server"));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(design().guests()).isEmpty();
        Rectangle2D hostBox = canvas().currentLayout().bounds(ElementRef.host("kvmhost")).orElseThrow();
        Point2D a = canvas().designToScreen(new Point2D(hostBox.getMinX() - 10, hostBox.getMinY() - 10));
        Point2D b = canvas().designToScreen(new Point2D(hostBox.getMaxX() + 10, hostBox.getMaxY() + 10));
        robot.clickOn(canvas().designToScreen(new Point2D(hostBox.getMaxX() + 200, hostBox.getMaxY() + 100)));
        robot.press(KeyCode.SHIFT).drag(a, MouseButton.PRIMARY).moveTo(b).release(MouseButton.PRIMARY).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selection().getSelectedItems()).contains(ElementRef.host("kvmhost"), ElementRef.device("kvmhost", "eth0"),
                ElementRef.endpoint("kvmhost", "macvtap0")).doesNotContain(ElementRef.sw("lan"));
    }

    @Test
    void selectingANodeColoursTheOthersAndAModeChangeRecolours(FxRobot robot) {
        robot.clickOn(screenOf(ElementRef.endpoint("kvmhost", "macvtap1")));
        WaitForAsyncUtils.waitForFxEvents();
        ElementSkin other = canvas().layers().skin(ElementRef.endpoint("kvmhost", "macvtap0"));
        assertThat(other.mark()).isEqualTo(ReachMark.PING);
        assertThat(other.getRoot().getPseudoClassStates()).contains(Styles.mark(ReachMark.PING));
        assertThat(canvas().layers().markOf(ElementRef.device("kvmhost", "eth0"))).isEqualTo(ReachMark.NONE);
        assertThat(canvas().legend().titleText()).isEqualTo("Reach from kvmhost/macvtap1:");
        robot.clickOn("#inspector-mode");
        robot.clickOn("private");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(design().host("kvmhost").orElseThrow().endpoint("macvtap1").orElseThrow().mode()).isEqualTo(MacvlanMode.PRIVATE);
        assertThat(other.mark()).isEqualTo(ReachMark.NONE);
        assertThat(other.getRoot().getPseudoClassStates()).contains(Styles.mark(ReachMark.NONE))
                .doesNotContain(Styles.mark(ReachMark.PING));
        assertThat(((BoxSkin) canvas().layers().skin(ElementRef.endpoint("kvmhost", "macvtap1"))).subtitleShown()).isEqualTo("macvtap \u00b7 private");
    }

    @Test
    void hoveringANodeExplainsWhyAndHighlightsThePath(FxRobot robot) {
        robot.clickOn(screenOf(ElementRef.station("router")));
        robot.moveTo(screenOf(ElementRef.guest("uperf-server")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas().whyCard().label().isVisible()).as("hovered %s, explanation %s", vm.canvas().hoveredProperty().get(),
                vm.canvas().explanationProperty().get()).isTrue();
        assertThat(canvas().whyCard().label().getText()).startsWith("router \u2192 uperf-server: ping both ways");
        assertThat(canvas().layers().skin(ElementRef.sw("lan")).getRoot().getPseudoClassStates()).contains(Styles.ON_PATH);
        assertThat(canvas().layers().skin(ElementRef.device("kvmhost", "eth0")).getRoot().getPseudoClassStates()).contains(Styles.ON_PATH);
    }

    @Test
    void theInspectorChecksNamesAsTypedAndRenamesOnEnter(FxRobot robot) {
        robot.clickOn(screenOf(ElementRef.endpoint("kvmhost", "macvtap0")));
        robot.doubleClickOn("#inspector-name").eraseText(12).write("macvtap1");
        WaitForAsyncUtils.waitForFxEvents();
        Node note = robot.lookup("#inspector-name-note").query();
        assertThat(note.isVisible()).isTrue();
        assertThat(((javafx.scene.control.Label) note).getText()).contains("already used");
        robot.eraseText(8).write("tap-a").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(design().guestOn("kvmhost", "tap-a")).isPresent();
        assertThat(vm.selection().single()).contains(ElementRef.endpoint("kvmhost", "tap-a"));
    }

    @Test
    void saveThenOpenRoundTripsAndClearsTheDirtyMark(FxRobot robot) throws Exception {
        robot.interact(() -> vm.document().change("hairpin", design().withSwitch("lan", s -> s.withHairpin(true))));
        Path file = dir.resolve("ui-" + System.nanoTime() + ".mvtd.yaml");
        dialogs.saveTo = file;
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.exists(file)).isTrue();
        assertThat(stage.getTitle()).startsWith(file.getFileName().toString());
        Design saved = design();
        robot.interact(() -> vm.document().change("name", design().withName("changed")));
        dialogs.unsaved = Dialogs.Unsaved.DISCARD;
        dialogs.openFrom = file;
        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.asked).contains("unsaved " + file.getFileName());
        assertThat(design()).isEqualTo(saved);
        assertThat(vm.recentFiles()).first().isEqualTo(file.toAbsolutePath().normalize());
    }

    @Test
    void unsavedWorkComesBackAfterACrash(FxRobot robot) throws Exception {
        Path cfg = dir.resolve("crash-" + System.nanoTime());
        ScriptedDialogs first = new ScriptedDialogs();
        AtomicReference<MainViewModel> crashed = new AtomicReference<>();
        robot.interact(() -> {
            MainViewModel a = new MainViewModel(Settings.load(cfg), new RecoveryStore(cfg), first);
            a.start(null);
            a.document().change("hairpin", a.document().design().withSwitch("lan", s -> s.withHairpin(true)));
            a.autosave();
            crashed.set(a); // never shut down: the process "dies" here
        });
        ScriptedDialogs second = new ScriptedDialogs();
        second.recover = true;
        AtomicReference<MainView> reopened = new AtomicReference<>();
        robot.interact(() -> {
            MainViewModel b = new MainViewModel(Settings.load(cfg), new RecoveryStore(cfg), second);
            Stage s2 = new Stage();
            MainView v = new MainView(b, s2);
            s2.setScene(v.createScene());
            s2.show();
            b.start(null);
            reopened.set(v);
        });
        assertThat(second.asked).contains("recover bridge mode on one NIC");
        MainView v = reopened.get();
        assertThat(((BoxSkin) v.canvas().layers().skin(ElementRef.sw("lan"))).subtitleShown()).isEqualTo("switch \u00b7 hairpin on");
        robot.interact(() -> ((Stage) v.canvas().getScene().getWindow()).close());
        assertThat(crashed.get().document().isDirty()).isTrue();
    }

    @Test
    void copyPutsYamlOnTheSystemClipboardAndAnotherWindowPastesItOrRefusesForeignText(FxRobot robot) {
        robot.clickOn(screenOf(ElementRef.endpoint("kvmhost", "macvtap1")));
        robot.press(KeyCode.SHIFT).clickOn(screenOf(ElementRef.guest("uperf-server"))).release(KeyCode.SHIFT);
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String[] clip = new String[1];
        robot.interact(() -> clip[0] = Clipboard.getSystemClipboard().getString());
        assertThat(clip[0]).as("YAML text for editors and other windows")
                .startsWith("# macvtap-designer: 2 elements copied from \"bridge mode on one NIC\"")
                .contains("# part of host: kvmhost", "      - name: macvtap1", "  - name: uperf-server", "      - endpoint: macvtap1");

        // Another designer window (another process would do the same): it reads the desktop's clipboard.
        Path cfg = dir.resolve("other-" + System.nanoTime());
        AtomicReference<MainViewModel> other = new AtomicReference<>();
        AtomicReference<Stage> otherStage = new AtomicReference<>();
        robot.interact(() -> {
            MainViewModel b = new MainViewModel(Settings.load(cfg), new RecoveryStore(cfg), new ScriptedDialogs());
            Stage s2 = new Stage();
            MainView v = DesignerWindow.show(b, s2, 1000, 700);
            b.start(null);
            s2.requestFocus();
            v.canvas().focusCanvas();
            other.set(b);
            otherStage.set(s2);
        });
        MainViewModel b = other.get();
        assertThat(b.document().design().guest("uperf-server-2")).isEmpty();
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Design pasted = b.document().design();
        assertThat(pasted.host("kvmhost").orElseThrow().endpoint("macvtap1-2").orElseThrow().lower()).isEqualTo("eth0");
        assertThat(pasted.guest("uperf-server-2").orElseThrow().nics()).extracting(n -> n.endpoint())
                .as("the link among the pasted elements").containsExactly("macvtap1-2");
        assertThat(b.statusProperty().get()).isEqualTo("Pasted 2 elements from the clipboard");
        assertThat(design().guest("uperf-server-2")).as("the first window is untouched").isEmpty();

        robot.interact(() -> Clipboard.getSystemClipboard().setContent(java.util.Map.of(DataFormat.PLAIN_TEXT,
                "Dear all, the lab starts at nine.")));
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(b.document().design()).as("foreign text changes nothing").isSameAs(pasted);
        Label status = (Label) otherStage.get().getScene().lookup("#status-message");
        assertThat(status.getText()).startsWith("Not pasted: the clipboard holds no macvtap-designer elements (line 1, column 1:");
        robot.interact(() -> otherStage.get().close());
    }
}
