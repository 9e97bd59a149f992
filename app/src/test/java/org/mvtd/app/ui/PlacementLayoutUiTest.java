package org.mvtd.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.app.ui.canvas.CanvasView;
import org.mvtd.model.Design;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.Elements;
import org.mvtd.model.testing.GuestFarm;
import org.mvtd.model.testing.Overlaps;
import org.mvtd.model.yaml.DesignYaml;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** New elements never land on others, Tidy lays a design out in one undo step, and Fit shows all of a big design. */
@ExtendWith(ApplicationExtension.class)
class PlacementLayoutUiTest {
    @TempDir
    static Path dir;
    private MainViewModel vm;
    private MainView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DesignerWindow.Opened w = DesignerWindow.openWelcome(stage, dir, 1400, 900);
        vm = w.vm();
        view = w.view();
    }

    @BeforeEach
    void fit(FxRobot robot) {
        robot.interact(view::fitToView);
    }

    private CanvasView canvas() {
        return view.canvas();
    }

    private Design design() {
        return vm.document().design();
    }

    private Point2D screenOf(ElementRef r) {
        Rectangle2D b = canvas().currentLayout().bounds(r).orElseThrow();
        return canvas().designToScreen(new Point2D(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2));
    }

    private void drop(FxRobot robot, String palette, ElementRef on) {
        robot.drag("#palette-" + palette, MouseButton.PRIMARY).moveTo(screenOf(on)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void dropsClicksAndKeyboardCreationNeverPileUp(FxRobot robot) {
        assertThat(Overlaps.in(design())).as("the welcome example").isEmpty();
        ElementRef eth0 = ElementRef.device("kvmhost", "eth0");
        drop(robot, "macvtap", eth0);
        drop(robot, "macvtap", eth0);
        ElementRef made = vm.selection().single().orElseThrow();
        assertThat(made.kind()).isEqualTo(org.mvtd.model.edit.ElementKind.ENDPOINT);
        drop(robot, "guest", made);
        assertThat(design().guestOn("kvmhost", made.name())).as("the guest dropped on the endpoint uses it").isPresent();
        // Palette clicks with something selected, and "add in the middle" with nothing selected.
        robot.interact(() -> vm.selection().select(ElementRef.host("kvmhost")));
        robot.clickOn("#palette-device").clickOn("#palette-device");
        robot.interact(() -> vm.selection().select(eth0));
        robot.clickOn("#palette-macvlan").clickOn("#palette-macvlan");
        robot.interact(() -> vm.selection().clear());
        robot.clickOn("#palette-switch").clickOn("#palette-station").clickOn("#palette-host");
        // Keyboard only: the Insert menu's Alt+1..7, twice over.
        for (int round = 0; round < 2; round++) {
            for (KeyCode k : List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT7)) {
                robot.interact(canvas()::focusCanvas);
                robot.press(KeyCode.ALT).type(k).release(KeyCode.ALT);
                WaitForAsyncUtils.waitForFxEvents();
            }
        }
        assertThat(design().switches().size()).as("the clicks and keys added elements").isGreaterThanOrEqualTo(4);
        assertThat(Overlaps.in(design())).isEmpty();
    }

    @Test
    void tidyLaysTheDesignOutAsOneUndoStep(FxRobot robot) {
        ElementRef eth0 = ElementRef.device("kvmhost", "eth0");
        robot.interact(() -> vm.document().change("Move eth0", // a mess to tidy
                Elements.withPosition(design(), eth0, new org.mvtd.model.Position(40, 900))));
        Design before = design();
        robot.interact(() -> DesignerWindow.choose(stage.getScene(), "mvtd-arrange-tidy"));
        WaitForAsyncUtils.waitForFxEvents();
        Design tidy = design();
        assertThat(tidy).isNotEqualTo(before);
        assertThat(Overlaps.in(tidy)).isEmpty();
        assertThat(Elements.all(tidy)).allMatch(r -> Elements.storedPosition(tidy, r) != null);
        assertThat(vm.document().undoManager().undoLabelProperty().get()).isEqualTo("Tidy");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(design()).as("one undo step takes the whole tidy back").isEqualTo(before);
    }

    @Test
    void fitShowsEveryElementOfAFourHundredGuestDesignWithNamesDrawnLarge(FxRobot robot) throws Exception {
        Path farm = dir.resolve("farm.mvtd.yaml");
        Files.writeString(farm, DesignYaml.toYaml(GuestFarm.of(40, 10)));
        robot.interact(() -> vm.open(farm));
        robot.interact(view::fitToView);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(design().guests()).hasSize(400);
        Bounds port = canvas().localToScreen(canvas().getBoundsInLocal());
        for (Rectangle2D b : canvas().currentLayout().all().values()) {
            Point2D a = canvas().designToScreen(new Point2D(b.getMinX(), b.getMinY()));
            Point2D z = canvas().designToScreen(new Point2D(b.getMaxX(), b.getMaxY()));
            assertThat(port.contains(a) && port.contains(z)).as("%s inside %s", b, port).isTrue();
        }
        double zoom = canvas().getZoom();
        assertThat(zoom).isLessThan(0.5);
        // Level of detail: the small title is hidden, the large name shown.
        Node card = canvas().layers().skin(ElementRef.guest("vm0-0")).getRoot();
        Node farName = card.lookup(".mvtd-far-name");
        Node title = card.lookup(".mvtd-title");
        assertThat(farName.isVisible()).isTrue();
        assertThat(title.getParent().getParent().isVisible()).as("the card's small text").isFalse();
        assertThat(farName.localToScreen(farName.getBoundsInLocal()).getHeight())
                .isGreaterThan(2.4 * title.getLayoutBounds().getHeight() * zoom);
        Set<ElementRef> skins = canvas().layers().skins().keySet();
        assertThat(skins).hasSize(Elements.all(design()).size());
    }
}
