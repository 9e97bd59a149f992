package org.mvtd.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.app.ui.canvas.CanvasView;
import org.mvtd.app.ui.canvas.ContextActions;
import org.mvtd.app.ui.fix.FixPreview;
import org.mvtd.app.ui.viewmodel.ReachMark;
import org.mvtd.model.Design;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.fix.Fix;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Quick fixes in the window, on the welcome (bridge-mode) example where the host cannot reach its guests: the
 * Problems panel and the why card offer the engine's fixes, pointing at one previews it on the canvas, Apply is
 * one undo step, and "Diagnose A → …" is in the element's context menu.
 */
@ExtendWith(ApplicationExtension.class)
class QuickFixesUiTest {
    private static final ElementRef HOST = ElementRef.host("kvmhost");
    private static final ElementRef CLIENT = ElementRef.guest("uperf-client");
    private static final ElementRef SERVER = ElementRef.guest("uperf-server");

    @TempDir
    static Path dir;
    private MainViewModel vm;
    private MainView view;

    @Start
    void start(Stage stage) {
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

    private ReachMark markOf(ElementRef r) {
        return canvas().layers().markOf(r);
    }

    private Point2D screenOf(ElementRef r) {
        return DesignerWindow.screenOf(canvas(), r);
    }

    /** The fix rows under {@code root}, in order (each row carries its fix). */
    private static List<Node> rows(Node root) {
        return root.lookupAll(".mvtd-fix-row").stream().filter(Node::isVisible).toList();
    }

    @Test
    void theProblemsPanelSaysTheHostCannotReachItsGuestsAndOffersFixes(FxRobot robot) {
        assertThat(vm.problems().summaryProperty().get()).isEqualTo("1 host cannot reach its guests");
        Node reach = robot.lookup("#problems-reach").query();
        assertThat(reach.isVisible()).isTrue();
        assertThat(reach.lookupAll(".label").stream().map(n -> ((Label) n).getText()))
                .contains("kvmhost cannot ping its guests uperf-client and uperf-server");
        List<Node> rows = rows(reach);
        assertThat(rows).hasSize(3);
        assertThat(((Fix) rows.get(0).getUserData()).name()).isEqualTo("hairpin on lan");
        assertThat(rows.stream().map(r -> ((Fix) r.getUserData()).name())).contains("host shim on kvmhost/eth0");
        assertThat(rows.get(0).lookupAll(".mvtd-fix-effect")).as("the isolation the fix costs is shown").isNotEmpty();
    }

    @Test
    void pointingAtAFixPreviewsItAndApplyIsOneUndoStep(FxRobot robot) {
        robot.interact(() -> vm.selection().select(HOST));
        assertThat(markOf(CLIENT)).isEqualTo(ReachMark.NONE);
        Design original = design();
        Node row = rows(robot.lookup("#problems-reach").query()).get(0);

        robot.moveTo(row);
        WaitForAsyncUtils.waitForFxEvents();
        FixPreview p = canvas().quickFixes().preview();
        assertThat(p).as("pointing at the fix previews it").isNotNull();
        assertThat(markOf(CLIENT)).as("the preview recolours the pair").isEqualTo(ReachMark.PING);
        assertThat(p.changed()).contains(CLIENT, SERVER);
        assertThat(design()).as("a preview changes nothing").isSameAs(original);

        robot.moveTo(screenOf(ElementRef.sw("lan")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas().quickFixes().preview()).isNull();
        assertThat(markOf(CLIENT)).as("leaving the fix restores the marks").isEqualTo(ReachMark.NONE);

        robot.clickOn(row.lookup("#fix-apply-1"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(design().switchNamed("lan").orElseThrow().hairpin()).isTrue();
        assertThat(vm.selection().single()).contains(HOST);
        assertThat(markOf(CLIENT)).as("applied: the host pings its guest").isEqualTo(ReachMark.PING);
        assertThat(markOf(SERVER)).isEqualTo(ReachMark.PING);
        assertThat(vm.problems().summaryProperty().get()).isEqualTo("No problems");

        // Off the panel: a fix row coming back under the pointer would preview again.
        robot.moveTo(screenOf(ElementRef.sw("lan")));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(design()).as("one undo step restores the original").isEqualTo(original);
        assertThat(canvas().quickFixes().preview()).isNull();
        assertThat(markOf(CLIENT)).isEqualTo(ReachMark.NONE);
        assertThat(vm.problems().summaryProperty().get()).isEqualTo("1 host cannot reach its guests");
    }

    @Test
    void theWhyCardListsTheFixesAndAppliesAHostShimBesideTheOtherEndpoints(FxRobot robot) throws Exception {
        robot.interact(() -> vm.selection().select(HOST));
        // Straight up from empty canvas below the guest: no other element's card on the way.
        robot.moveTo(canvas().designToScreen(new Point2D(500, 720)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !canvas().whyCard().node().isVisible());
        robot.moveTo(screenOf(SERVER));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas().whyCard().label().isVisible()).isTrue();
        assertThat(canvas().whyCard().label().getText()).as("hovered %s at %s, card %s", vm.canvas().hoveredProperty().get(),
                        screenOf(SERVER), canvas().whyCard().node().localToScreen(canvas().whyCard().node().getBoundsInLocal()))
                .startsWith("kvmhost \u2192 uperf-server: nothing")
                .contains("3 quick fixes");
        assertThat(canvas().whyCard().offer()).isNotNull();
        Node shim = rows(canvas().whyCard().node()).stream()
                .filter(r -> ((Fix) r.getUserData()).name().startsWith("host shim")).findFirst().orElseThrow();

        // The card stays while the pointer crosses over to it.
        robot.moveTo(shim);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas().whyCard().node().isVisible()).isTrue();
        FixPreview p = canvas().quickFixes().preview();
        assertThat(p).isNotNull();
        assertThat(p.added()).containsExactly(ElementRef.endpoint("kvmhost", "shim0"));
        assertThat(markOf(SERVER)).isEqualTo(ReachMark.PING);

        robot.clickOn((Button) shim.lookup(".mvtd-fix-apply"));
        WaitForAsyncUtils.waitForFxEvents();
        ElementRef shim0 = ElementRef.endpoint("kvmhost", "shim0");
        assertThat(design().host("kvmhost").orElseThrow().endpoint("shim0")).isPresent();
        var layout = canvas().currentLayout();
        for (ElementRef other : List.of(ElementRef.endpoint("kvmhost", "macvtap0"), ElementRef.endpoint("kvmhost", "macvtap1"),
                ElementRef.device("kvmhost", "eth0"), CLIENT, SERVER)) {
            assertThat(layout.bounds(shim0).orElseThrow().intersects(layout.bounds(other).orElseThrow()))
                    .as("the shim does not land on %s", other).isFalse();
        }
        assertThat(markOf(SERVER)).as("the host's stack is on the shim now, and pings").isEqualTo(ReachMark.PING);
        assertThat(canvas().whyCard().label().getText()).as("the card, still under the pointer, confirms it")
                .startsWith("kvmhost → uperf-server: ping both ways");
        assertThat(canvas().whyCard().offer()).isNull();
    }

    @Test
    void diagnoseFromTheContextMenuListsTheFixesWithTheirSideEffects(FxRobot robot) {
        robot.rightClickOn(screenOf(CLIENT));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas().editor().lastMenu().isShowing()).isTrue();
        assertThat(vm.selection().single()).contains(CLIENT);
        MenuItem item = canvas().editor().lastMenu().getItems().stream()
                .filter(i -> "diagnose-item".equals(i.getId())).findFirst().orElseThrow();
        assertThat(item.getText()).isEqualTo("Diagnose uperf-client \u2192 \u2026");
        robot.interact(() -> {
            canvas().editor().lastMenu().hide();
            canvas().editor().contextActions().itemsFor(new ContextActions.Target(HOST, null, null, Point2D.ZERO, Set.of(HOST)))
                    .stream().filter(i -> "diagnose-item".equals(i.getId())).findFirst().orElseThrow().fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Stage w = (Stage) Window.getWindows().stream()
                .filter(x -> x instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith("Diagnose kvmhost"))
                .findFirst().orElseThrow();
        Node root = w.getScene().getRoot();
        @SuppressWarnings("unchecked")
        ComboBox<ElementRef> to = (ComboBox<ElementRef>) root.lookup("#diagnose-to");
        assertThat(to.getValue()).as("the first end it cannot ping is preset").isEqualTo(CLIENT);
        assertThat(((Label) root.lookup("#diagnose-why")).getText()).startsWith("kvmhost \u2192 uperf-client cannot ping");
        assertThat(rows(root)).hasSize(3);
        assertThat(root.lookupAll(".mvtd-fix-effect").stream().map(n -> ((Label) n).getText()))
                .anySatisfy(t -> assertThat(t).startsWith("Isolation lost: ").contains("kvmhost/macvtap1"));
        robot.interact(() -> to.setValue(ElementRef.station("router")));
        assertThat(((Label) root.lookup("#diagnose-why")).getText()).contains("pings already");
        robot.interact(w::close);
    }
}
