package org.mvtd.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.app.ui.canvas.CanvasView;
import org.mvtd.app.ui.io.RecoveryStore;
import org.mvtd.app.ui.io.Settings;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.model.Design;
import org.mvtd.model.LinkLayout;
import org.mvtd.model.Position;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.Link;
import org.mvtd.model.edit.LinkEdits;
import org.mvtd.model.edit.PaletteItem;
import org.mvtd.model.yaml.DesignYaml;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Links, context menus, rename in place, find and notes, driven with the mouse and keys, headless. */
@ExtendWith(ApplicationExtension.class)
class EditorHabitsUiTest {
    private static final ElementRef ETH0 = ElementRef.device("kvmhost", "eth0");
    private static final ElementRef LAN = ElementRef.sw("lan");
    private static final Link CABLE = new Link(ETH0, LAN, Link.Kind.CABLE);

    @TempDir
    static Path dir;
    private MainViewModel vm;
    private MainView view;
    private ScriptedDialogs dialogs;

    @Start
    void start(Stage stage) {
        dialogs = new ScriptedDialogs();
        Path cfg = dir.resolve("cfg-" + System.nanoTime());
        vm = new MainViewModel(Settings.load(cfg), new RecoveryStore(cfg), dialogs);
        view = DesignerWindow.show(vm, stage, 1400, 900);
        vm.start(null);
    }

    @BeforeEach
    void fit(FxRobot robot) {
        // A popup an earlier test left open (a context menu) would take this test's first press to close itself.
        robot.interact(() -> List.copyOf(javafx.stage.Window.getWindows()).stream()
                .filter(w -> w instanceof javafx.stage.PopupWindow).forEach(javafx.stage.Window::hide));
        robot.interact(view::fitToView);
    }

    private CanvasView canvas() {
        return view.canvas();
    }

    private Design design() {
        return vm.document().design();
    }

    private Point2D screen(Point2D designPoint) {
        return canvas().designToScreen(designPoint);
    }

    private Point2D screenOf(ElementRef r) {
        return screen(canvas().currentLayout().centre(r));
    }

    /** The middle of the cable's first segment, on screen. */
    private Point2D onCable() {
        List<Point2D> pts = canvas().layers().linkPoints(CABLE);
        return screen(pts.get(0).midpoint(pts.get(1)));
    }

    private void clickCable(FxRobot robot) {
        robot.clickOn(onCable());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.canvas().annotations().selectedLinkProperty().get()).isEqualTo(CABLE);
    }

    @Test
    void aClickSelectsALinkAndDeleteRemovesIt(FxRobot robot) {
        clickCable(robot);
        assertThat(vm.selection().getSelectedItems()).as("one thing selected at a time").isEmpty();
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(design().host("kvmhost").orElseThrow().device("eth0").orElseThrow().switchName()).isNull();
        assertThat(Link.of(design())).doesNotContain(CABLE);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Link.of(design())).as("one undo step brings it back").contains(CABLE);
    }

    @Test
    void draggingALinkEndOntoAnotherSwitchRePointsIt(FxRobot robot) {
        robot.interact(() -> vm.canvas().place(PaletteItem.SWITCH, new Point2D(160, 60)));
        clickCable(robot);
        List<Point2D> pts = canvas().layers().linkPoints(CABLE);
        Point2D switchEnd = pts.get(pts.size() - 1);
        robot.moveTo(screen(switchEnd)).press(MouseButton.PRIMARY).moveTo(screenOf(ElementRef.sw("switch1")));
        WaitForAsyncUtils.waitForFxEvents();
        Node target = canvas().layers().skin(ElementRef.sw("switch1")).getRoot();
        assertThat(target.getPseudoClassStates()).contains(Styles.HOVER_TARGET).doesNotContain(Styles.REFUSED_TARGET);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(design().host("kvmhost").orElseThrow().device("eth0").orElseThrow().switchName()).isEqualTo("switch1");
        assertThat(vm.canvas().annotations().selectedLinkProperty().get())
                .isEqualTo(new Link(ETH0, ElementRef.sw("switch1"), Link.Kind.CABLE));
    }

    @Test
    void aTargetTheRulesRefuseIsShownRefusedWhileDraggingNeverAsValid(FxRobot robot) {
        clickCable(robot);
        List<Point2D> pts = canvas().layers().linkPoints(CABLE);
        ElementRef router = ElementRef.station("router");
        robot.moveTo(screen(pts.get(pts.size() - 1))).press(MouseButton.PRIMARY).moveTo(screenOf(router));
        WaitForAsyncUtils.waitForFxEvents();
        Node r = canvas().layers().skin(router).getRoot();
        assertThat(r.getPseudoClassStates()).contains(Styles.REFUSED_TARGET).doesNotContain(Styles.HOVER_TARGET);
        Label reason = robot.lookup("#mvtd-drop-reason").queryAs(Label.class);
        assertThat(reason.isVisible()).isTrue();
        assertThat(reason.getText()).startsWith("Refused: ").contains("station");
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(r.getPseudoClassStates()).doesNotContain(Styles.REFUSED_TARGET);
        assertThat(Link.of(design())).contains(CABLE);
    }

    @Test
    @org.junit.jupiter.api.Disabled("passes run alone (-Dtest=EditorHabitsUiTest#connectingOntoAMacvlan*) but not after "
            + "the class's other tests since the editor branches were merged: the connect drag is not seen; being found")
    void connectingOntoAMacvlanEndpointShowsRefusedWhileDragging(FxRobot robot) {
        robot.interact(() -> vm.canvas().place(PaletteItem.MACVLAN, canvas().currentLayout().centre(ETH0)));
        ElementRef shim = vm.selection().single().orElseThrow();
        ElementRef guest = ElementRef.guest("uperf-client");
        // Selected directly: a click's pointer path crosses cards whose why card (with its fixes) could take the click.
        robot.interact(() -> vm.selection().select(guest));
        robot.moveTo(screenOf(guest)); // the connector shows on the hovered card
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        Node handle = canvas().layers().skin(guest).connector();
        Point2D h = handle.localToScreen(handle.getBoundsInLocal().getCenterX(), handle.getBoundsInLocal().getCenterY());
        robot.moveTo(h).press(MouseButton.PRIMARY).moveTo(screenOf(shim));
        WaitForAsyncUtils.waitForFxEvents();
        Node s = canvas().layers().skin(shim).getRoot();
        assertThat(s.getPseudoClassStates()).contains(Styles.REFUSED_TARGET).doesNotContain(Styles.HOVER_TARGET);
        assertThat(robot.lookup("#mvtd-drop-reason").queryAs(Label.class).getText()).contains("macvlan endpoint");
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aBendDraggedFromTheMiddleIsSavedAndReloaded(FxRobot robot) throws Exception {
        clickCable(robot);
        List<Point2D> pts = canvas().layers().linkPoints(CABLE);
        Point2D middle = pts.get(0).midpoint(pts.get(1));
        Point2D to = middle.add(-160, 0);
        robot.moveTo(screen(middle)).press(MouseButton.PRIMARY).moveTo(screen(to)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        List<Position> via = LinkEdits.layout(design(), CABLE).orElseThrow().via();
        assertThat(via).hasSize(1);
        assertThat(via.get(0).x()).isCloseTo(to.getX(), within(2.0));
        assertThat(canvas().layers().linkPoints(CABLE)).as("drawn through the bend").hasSize(3);

        Path file = dir.resolve("bend-" + System.nanoTime() + ".mvtd.yaml");
        dialogs.saveTo = file;
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(file)).contains("links:\n  - from: hosts[kvmhost].devices[eth0]\n    to: switches[lan]\n    via: [[");
        robot.interact(() -> vm.document().newDocument());
        robot.interact(() -> vm.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(LinkEdits.layout(design(), CABLE)).map(LinkLayout::via).contains(via);
        assertThat(canvas().layers().linkPoints(CABLE)).hasSize(3);

        // a double-click on the bend removes it
        robot.interact(() -> vm.canvas().annotations().selectLink(CABLE));
        Point2D bend = canvas().layers().linkPoints(CABLE).get(1);
        robot.moveTo(screen(bend)).doubleClickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(LinkEdits.layout(design(), CABLE)).isEmpty();
    }

    @Test
    void f2RenamesInPlaceRefusedNamesSayWhyAndEscCancels(FxRobot robot) {
        // Nothing selected while the pointer travels: with a reach source selected, a why card offering fixes
        // could open over the element the robot is heading for and take its click.
        robot.interact(() -> vm.selection().clear());
        robot.clickOn(screenOf(ETH0));
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        TextInputControl field = robot.lookup("#mvtd-inline-editor").queryAs(TextInputControl.class);
        assertThat(field.getText()).isEqualTo("eth0");
        robot.interact(() -> field.setText("eth0/bad"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.getPseudoClassStates()).contains(Styles.INVALID);
        assertThat(design().host("kvmhost").orElseThrow().device("eth0")).as("refused: nothing changed").isPresent();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#mvtd-inline-editor").tryQuery()).isEmpty();

        robot.interact(() -> vm.selection().clear());
        robot.doubleClickOn(screenOf(LAN));
        WaitForAsyncUtils.waitForFxEvents();
        TextInputControl again = robot.lookup("#mvtd-inline-editor").queryAs(TextInputControl.class);
        robot.interact(() -> again.setText("tor9"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(design().switchNamed("tor9")).isPresent();
        assertThat(design().station("router").orElseThrow().switchName()).as("references follow").isEqualTo("tor9");
        assertThat(vm.selection().single()).contains(ElementRef.sw("tor9"));
    }

    @Test
    void ctrlFFindsByNameAndMacAndCentresTheViewOnEachMatch(FxRobot robot) {
        robot.clickOn(screenOf(LAN));
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextInputControl field = robot.lookup("#mvtd-find-field").queryAs(TextInputControl.class);
        robot.interact(() -> field.setText("uperf"));
        ElementRef client = ElementRef.guest("uperf-client");
        assertThat(canvas().layers().skin(client).getRoot().getPseudoClassStates()).contains(Styles.FOUND);
        assertThat(canvas().layers().skin(LAN).getRoot().getPseudoClassStates()).doesNotContain(Styles.FOUND);
        robot.interact(() -> field.setText("52-54-00-0A-8A-C2")); // uperf-server's endpoint, as ip link would not write it
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        ElementRef ep = ElementRef.endpoint("kvmhost", "macvtap1");
        assertThat(vm.selection().single()).contains(ep);
        Point2D c = screenOf(ep);
        Bounds vb = canvas().localToScreen(canvas().getBoundsInLocal());
        assertThat(c.getX()).as("centred").isCloseTo(vb.getCenterX(), within(3.0));
        assertThat(c.getY()).as("centred").isCloseTo(vb.getCenterY(), within(3.0));
        assertThat(robot.lookup("#mvtd-find-count").queryAs(Label.class).getText()).isEqualTo("1 of 1");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#mvtd-find-bar").query().isVisible()).isFalse();
    }

    @Test
    void aNoteAddedFromThePaletteIsSavedAndReloaded(FxRobot robot) throws Exception {
        robot.clickOn("#palette-note");
        WaitForAsyncUtils.waitForFxEvents();
        TextInputControl field = robot.lookup("#mvtd-inline-editor").queryAs(TextInputControl.class);
        robot.interact(() -> field.setText("Rack 3\nuplinks"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(design().annotations().notes()).singleElement().extracting(n -> n.text()).isEqualTo("Rack 3\nuplinks");
        String yaml = DesignYaml.toYaml(design());
        assertThat(yaml).contains("notes:\n  - text: \"Rack 3\\nuplinks\"\n    at: [");

        Path file = dir.resolve("note-" + System.nanoTime() + ".mvtd.yaml");
        dialogs.saveTo = file;
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> vm.document().newDocument());
        assertThat(robot.lookup(".mvtd-note").tryQuery()).isEmpty();
        robot.interact(() -> vm.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        Label note = robot.lookup(".mvtd-note").queryAs(Label.class);
        assertThat(note.getText()).isEqualTo("Rack 3\nuplinks");

        // drag it, then delete it with the key
        Rectangle2D before = new Rectangle2D(note.getBoundsInParent().getMinX(), note.getBoundsInParent().getMinY(), 1, 1);
        Point2D grab = screen(new Point2D(before.getMinX() + 20, before.getMinY() + 10));
        robot.moveTo(grab).press(MouseButton.PRIMARY).moveBy(100, 40).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(design().annotations().notes().get(0).at().x()).isGreaterThan(before.getMinX() + 30);
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(design().annotations().notes()).isEmpty();
    }

    @Test
    void rightClicksOpenMenusForTheCanvasALinkAndAnElement(FxRobot robot) {
        Bounds cb = canvas().localToScreen(canvas().getBoundsInLocal());
        Point2D empty = new Point2D(cb.getMinX() + cb.getWidth() * 0.88, cb.getMinY() + cb.getHeight() * 0.45);
        robot.clickOn(empty, MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts()).contains("_Add Here", "Add _Note Here", "_Paste", "Select _All");
        robot.interact(() -> canvas().editor().lastMenu().hide());
        robot.clickOn(onCable(), MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts()).contains("Add _Label\u2026", "_Delete Link");
        assertThat(vm.canvas().annotations().selectedLinkProperty().get()).isEqualTo(CABLE);
        MenuItem label = canvas().editor().lastMenu().getItems().get(0);
        robot.interact(() -> {
            canvas().editor().lastMenu().hide();
            label.fire();
        });
        TextInputControl field = robot.lookup("#mvtd-inline-editor").queryAs(TextInputControl.class);
        robot.interact(() -> field.setText("uplink"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(LinkEdits.layout(design(), CABLE)).map(LinkLayout::label).contains("uplink");
        assertThat(robot.lookup(".mvtd-link-label").queryAs(Label.class).getText()).isEqualTo("uplink");

        canvas().editor().contextActions().add(t -> t.element() == null ? List.of()
                : List.of(new MenuItem("Diagnose " + t.element().name())));
        robot.clickOn(screenOf(ElementRef.guest("uperf-server")), MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts()).contains("_Rename\u2026", "_Delete", "Diagnose uperf-server");
        assertThat(vm.selection().single()).contains(ElementRef.guest("uperf-server"));
        robot.interact(() -> canvas().editor().lastMenu().hide());
    }

    private List<String> texts() {
        return canvas().editor().lastMenu().getItems().stream().map(MenuItem::getText).toList();
    }
}
