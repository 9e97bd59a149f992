package org.mvtd.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mvtd.app.ui.canvas.MinimapView;
import org.mvtd.app.ui.io.RecoveryStore;
import org.mvtd.app.ui.io.Settings;
import org.mvtd.app.ui.live.LiveServices;
import org.mvtd.app.ui.live.connect.LocalHelperLauncher;
import org.mvtd.backend.helper.ScratchDirs;
import org.mvtd.model.edit.ElementRef;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window at 1024x700 with every panel open (palette, walk-through, inspector, problems, the live
 * banner): nothing cut off or pushed out of the window, no word cut to "...", the minimap small and foldable.
 */
@ExtendWith(ApplicationExtension.class)
class CompactWindowFxTest {
    private MainViewModel vm;
    private MainView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Path dir = ScratchDirs.create("mvtd-compact-test");
        LiveServices sys = new LiveServices(LocalHelperLauncher.system(dir.resolve("no-helper"), true),
                new org.mvtd.app.ui.live.verify.LabVerifier(), "kvmhost", Platform::runLater, // never run here
                LiveServices.daemon("compact-test-live"), LiveServices.daemon("compact-test-lab"), System::nanoTime);
        vm = new MainViewModel(Settings.load(dir), new RecoveryStore(dir), new ScriptedDialogs(), sys);
        view = DesignerWindow.show(vm, stage, 1024, 700);
        view.restoreWindow();
        stage.setWidth(1024);
        stage.setHeight(700);
        vm.start(null);
    }

    private void everyPanelOpen(FxRobot robot) {
        robot.interact(() -> {
            vm.selection().select(ElementRef.guest("uperf-client"));
            view.teaching().openWalk();
            vm.live().connect(); // no helper there: the banner shows with its buttons
        });
        await("the banner", () -> view.live().banner().isVisible());
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
    }

    @Test
    void everyPanelFitsA1024By700WindowAndNoWordIsCut(FxRobot robot) {
        everyPanelOpen(robot);
        double w = stage.getScene().getWidth();
        double h = stage.getScene().getHeight();
        Node file = robot.lookup(".menu-bar .menu-button").query();
        assertThat(inScene(file).getMinX()).as("the File menu").isGreaterThanOrEqualTo(0);
        assertThat(inScene(file).getMaxX()).isLessThanOrEqualTo(w);
        for (String id : List.of("#palette-switch", "#palette-guest", "#mvtd-walk-panel", "#mvtd-walk-end", "#banner-dismiss")) {
            Bounds b = inScene(robot.lookup(id).query());
            assertThat(b.getMinX()).as(id + " left edge").isGreaterThanOrEqualTo(0);
            assertThat(b.getMaxX()).as(id + " right edge, window " + w).isLessThanOrEqualTo(w + 0.5);
            assertThat(b.getMaxY()).as(id + " bottom edge").isLessThanOrEqualTo(h + 0.5);
        }
        assertThat(view.canvas().getWidth()).as("the canvas keeps room to draw").isGreaterThanOrEqualTo(300);
        assertThat(cut(view.canvas().legend())).as("legend words shown whole").isEmpty();
        assertThat(labeledTexts(view.canvas().legend())).contains("ping both ways", "unicast only", "one way", "nothing");
        assertThat(cut(view.live().banner())).as("banner buttons and texts").isEmpty();
        for (Node control : robot.lookup("#mvtd-walk-panel .button").queryAll()) {
            assertThat(cut(control)).as("walk-through buttons").isEmpty();
        }
        assertThat(cut(robot.lookup("#mvtd-walk-ping").query())).isEmpty();
        List<String> status = cut(stage.getScene().getRoot().lookup(".mvtd-status-bar"));
        assertThat(status).as("status bar counts").noneMatch(t -> t.contains("%") || t.equals("Saved") || t.contains("problem"));
    }

    @Test
    void theMinimapTakesAtMostAnEighthOfTheCanvasAndFoldsAway(FxRobot robot) {
        everyPanelOpen(robot);
        robot.interact(() -> view.canvas().zoomBy(4)); // part of the design out of sight: the map shows
        MinimapView map = view.canvas().minimap();
        await("the minimap", map::isVisible);
        double canvasArea = view.canvas().getWidth() * view.canvas().getHeight();
        assertThat(map.getWidth() * map.getHeight() / canvasArea).as("share of the canvas").isLessThanOrEqualTo(0.15);
        Bounds inCanvas = view.canvas().sceneToLocal(map.localToScene(map.getLayoutBounds()));
        assertThat(inCanvas.getMaxX()).isLessThanOrEqualTo(view.canvas().getWidth());

        robot.clickOn("#minimap-collapse");
        await("folded", () -> map.getWidth() < 80);
        assertThat(map.collapsedProperty().get()).isTrue();
        assertThat(robot.lookup("#minimap-expand").queryButton().isVisible()).isTrue();
        assertThat(map.getWidth() * map.getHeight() / canvasArea).isLessThan(0.02);
        robot.clickOn("#minimap-expand");
        await("unfolded", () -> map.getWidth() > 80);
        assertThat(map.collapsedProperty().get()).isFalse();
    }

    @Test
    void connectSaysWhatItDoesAndADisabledApplySaysWhy(FxRobot robot) {
        Button connect = robot.lookup("#live-connect-button").queryButton();
        assertThat(connect.getText()).isEqualTo("Connect to Host\u2026");
        Button apply = robot.lookup("#live-apply-button").queryButton();
        assertThat(apply.isDisabled()).isTrue();
        assertThat(apply.getTooltip().getText()).startsWith("Apply is off: not connected.");
        Node slot = robot.lookup("#live-apply-slot").query();
        assertThat(slot.isDisabled()).as("the slot stays hoverable, so the tooltip shows").isFalse();
        assertThat(slot.getProperties().get("javafx.scene.control.Tooltip")).isSameAs(apply.getTooltip());
    }

    private static Bounds inScene(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    /** Texts of the visible labelled controls under {@code root} whose drawn text is not their whole text. */
    static List<String> cut(Node root) {
        List<String> out = new ArrayList<>();
        for (Labeled l : labeleds(root)) {
            Optional<String> drawn = drawn(l);
            String whole = l.getText() == null ? "" : l.isMnemonicParsing() ? l.getText().replaceFirst("_", "") : l.getText();
            if (!whole.isEmpty() && drawn.isPresent() && !drawn.get().equals(whole)) {
                out.add(l.getText() + " drawn as " + drawn.get());
            }
        }
        return out;
    }

    private static List<String> labeledTexts(Node root) {
        return labeleds(root).stream().map(Labeled::getText).toList();
    }

    private static List<Labeled> labeleds(Node root) {
        List<Labeled> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<Labeled> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l) {
            out.add(l);
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    /** The text a label's skin draws (its LabeledText), which ends in "..." when it was cut. */
    private static Optional<String> drawn(Labeled l) {
        return l.getChildrenUnmodifiable().stream().filter(c -> c instanceof Text).map(c -> ((Text) c).getText()).findFirst();
    }

    private static void await(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
