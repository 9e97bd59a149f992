package org.mvtd.app.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.app.ui.DesignerWindow;
import org.mvtd.app.ui.MainView;
import org.mvtd.app.ui.MainViewModel;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.app.ui.viewmodel.Explanation;
import org.mvtd.app.ui.viewmodel.ReachMark;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.EndpointEdits;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Validation problems drawn on the canvas: badges on every element a problem names, reach marks that say "invalid". */
@ExtendWith(ApplicationExtension.class)
class ProblemsOnCanvasFxTest {
    private static final ElementRef TAP0 = ElementRef.endpoint("kvmhost", "macvtap0");
    private static final ElementRef TAP1 = ElementRef.endpoint("kvmhost", "macvtap1");

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

    private CanvasLayers layers() {
        return view.canvas().layers();
    }

    private void giveTap1TheMacOfTap0(FxRobot robot) {
        robot.interact(() -> vm.document().change("duplicate MAC",
                EndpointEdits.setMac(vm.document().design(), TAP1, "52:54:00:0a:8a:c1").design()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String tooltipOf(Node badge) {
        return ((Label) badge).getTooltip().getText();
    }

    @Test
    void aDuplicateMacBadgesBothEndpointsAndTheFixTakesTheBadgesAway(FxRobot robot) {
        assertThat(layers().skin(TAP0).problemBadge()).isNull();
        giveTap1TheMacOfTap0(robot);
        for (ElementRef r : new ElementRef[] {TAP0, TAP1}) {
            Node badge = layers().skin(r).problemBadge();
            assertThat(badge).as("badge on %s", r).isNotNull();
            assertThat(badge.getStyleClass()).contains(Styles.PROBLEM_BADGE, Styles.PROBLEM_ERROR);
            assertThat(badge.getParent()).as("drawn on the element's card").isSameAs(layers().skin(r).getRoot());
            assertThat(tooltipOf(badge)).contains("Error: MAC 52:54:00:0a:8a:c1", "already used by endpoint 'macvtap0'");
        }
        assertThat(layers().skin(ElementRef.device("kvmhost", "eth0")).problemBadge()).as("an element no problem names").isNull();
        robot.interact(() -> vm.document().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(layers().skin(TAP0).problemBadge()).isNull();
        assertThat(layers().skin(TAP1).problemBadge()).isNull();
    }

    @Test
    void reachBetweenTwoEndpointsWithOneMacSaysInvalidNotPing(FxRobot robot) {
        robot.interact(() -> vm.selection().select(TAP1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(layers().markOf(TAP0)).as("before: they ping").isEqualTo(ReachMark.PING);
        giveTap1TheMacOfTap0(robot);
        assertThat(layers().markOf(TAP0)).isEqualTo(ReachMark.INVALID);
        assertThat(layers().skin(TAP0).getRoot().getPseudoClassStates()).contains(Styles.mark(ReachMark.INVALID))
                .doesNotContain(Styles.mark(ReachMark.PING));
        assertThat(layers().markOf(ElementRef.guest("uperf-client"))).as("the guest on it too").isEqualTo(ReachMark.INVALID);
        assertThat(layers().markOf(ElementRef.station("router"))).as("untouched by the clash").isEqualTo(ReachMark.PING);
        Explanation why = vm.reach().explain(TAP0).orElseThrow();
        assertThat(why.text()).startsWith("kvmhost/macvtap1 \u2192 kvmhost/macvtap0: invalid design: MAC 52:54:00:0a:8a:c1");
    }
}
