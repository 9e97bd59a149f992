package org.mvtd.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.app.ui.canvas.BoxSkin;
import org.mvtd.app.ui.canvas.CanvasView;
import org.mvtd.app.ui.canvas.ContainerSkin;
import org.mvtd.app.ui.canvas.GuestSkin;
import org.mvtd.app.ui.theme.Glyphs;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.model.Design;
import org.mvtd.model.Guest;
import org.mvtd.model.GuestKind;
import org.mvtd.model.edit.ElementKind;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.lesson.Lessons;
import org.mvtd.model.yaml.DesignYaml;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A container is an element kind of its own: palette, skin, inspector, and the why card's words. */
@ExtendWith(ApplicationExtension.class)
class ContainerDesignerFxTest {
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

    private CanvasView canvas() {
        return view.canvas();
    }

    private Design design() {
        return vm.document().design();
    }

    private Guest guest(ElementRef r) {
        return design().guest(r.name()).orElseThrow();
    }

    @Test
    void aContainerDroppedOnAMacvlanEndpointUsesItAndIsDrawnAsAContainer(FxRobot robot) {
        robot.interact(view::fitToView);
        ElementRef eth0 = ElementRef.device("kvmhost", "eth0");
        robot.drag("#palette-macvlan", MouseButton.PRIMARY).moveTo(DesignerWindow.screenOf(canvas(), eth0)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        ElementRef macvlan = vm.selection().single().orElseThrow();
        assertThat(macvlan.kind()).isEqualTo(ElementKind.ENDPOINT);
        robot.drag("#palette-container", MouseButton.PRIMARY).moveTo(DesignerWindow.screenOf(canvas(), macvlan)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        ElementRef ct = vm.selection().single().orElseThrow();
        Guest g = guest(ct);
        assertThat(g.kind()).isEqualTo(GuestKind.CONTAINER);
        assertThat(g.name()).startsWith("ct");
        assertThat(g.nics()).singleElement().satisfies(n -> assertThat(n.endpoint()).isEqualTo(macvlan.name()));
        var skin = canvas().layers().skin(ct);
        assertThat(skin).isInstanceOf(ContainerSkin.class);
        assertThat(skin.getRoot().getStyleClass()).contains(Styles.CONTAINER);
        assertThat(((BoxSkin) skin).subtitleShown()).isEqualTo("container \u00b7 on " + macvlan.name());
        assertThat(((javafx.scene.shape.SVGPath) skin.getRoot().lookup("." + Styles.GLYPH)).getContent()).isEqualTo(Glyphs.CONTAINER);
    }

    @Test
    void clicksAndTheKeyboardCreateContainersToo(FxRobot robot) {
        long before = design().guests().stream().filter(Guest::isContainer).count();
        robot.clickOn("#palette-container");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(canvas()::focusCanvas);
        robot.press(KeyCode.ALT).type(KeyCode.DIGIT8).release(KeyCode.ALT); // Insert → Container
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(design().guests().stream().filter(Guest::isContainer).count()).isEqualTo(before + 2);
        assertThat(design().guests().stream().filter(g -> !g.isContainer())).hasSize(2); // the example's VMs only
    }

    @Test
    void theInspectorTurnsAGuestIntoAContainerAndTheCanvasSwapsItsSkin(FxRobot robot) {
        ElementRef vm1 = ElementRef.guest("uperf-client");
        robot.interact(() -> vm.selection().select(vm1));
        assertThat(canvas().layers().skin(vm1)).isInstanceOf(GuestSkin.class);
        // With NICs on macvtap endpoints it cannot be a container.
        assertThat(vm.inspector().setGuestKind(GuestKind.CONTAINER)).get().asString().contains("remove the NICs");
        robot.interact(() -> {
            vm.inspector().removeNic(0);
            assertThat(vm.inspector().setGuestKind(GuestKind.CONTAINER)).isEmpty();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(guest(vm1).isContainer()).isTrue();
        assertThat(canvas().layers().skin(vm1)).isInstanceOf(ContainerSkin.class);
        assertThat(vm.inspector().nicChoices(0)).as("a container's NICs are macvlan endpoints").isEmpty();
        robot.interact(() -> vm.document().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas().layers().skin(vm1)).isInstanceOf(GuestSkin.class);
    }

    @Test
    void theWhyCardSaysTheHostCannotReachItsContainer(FxRobot robot) throws Exception {
        Design containers;
        try (InputStream in = Lessons.class.getResourceAsStream("container-host.mvtd.yaml")) {
            containers = DesignYaml.read(in, "container-host.mvtd.yaml").design();
        }
        Design d = containers;
        robot.interact(() -> {
            vm.document().change("containers", d);
            vm.selection().select(ElementRef.host("dockerhost"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        var why = vm.reach().explain(ElementRef.guest("web")).orElseThrow();
        assertThat(why.text()).contains("dockerhost cannot reach its container web").contains("host shim");
        assertThat(vm.reach().explain(ElementRef.station("router")).orElseThrow().text())
                .as("only the host and its container get the sentence").doesNotContain("its container");
        assertThat(canvas().layers().skin(ElementRef.guest("db"))).isInstanceOf(ContainerSkin.class);
    }
}
