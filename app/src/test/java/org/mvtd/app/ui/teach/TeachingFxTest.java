package org.mvtd.app.ui.teach;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mvtd.app.ui.DesignerWindow;
import org.mvtd.app.ui.teach.compare.CompareView;
import org.mvtd.app.ui.teach.diagram.DiagramView;
import org.mvtd.app.ui.teach.lesson.LessonView;
import org.mvtd.app.ui.teach.matrix.MatrixView;
import org.mvtd.app.ui.theme.Glyphs;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.app.ui.theme.Theme;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.app.ui.viewmodel.ReachMark;
import org.mvtd.model.lesson.Lessons;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.mvtd.app.ui.teach.common.TeachGlyphs;
import org.mvtd.app.ui.teach.common.TeachStyles;

/** The start screen, a lesson from prediction to reveal, the compare view and the matrix, in real windows. */
@ExtendWith({IgnoreForeignAsyncFailures.class, ApplicationExtension.class})
class TeachingFxTest {
    private TeachFx fx;

    @Start
    void start(Stage stage) {
        fx = TeachFx.open(stage);
    }

    @Test
    void aLessonGoesFromPredictionToRevealWithTheWhyOfAWrongAnswer(FxRobot robot) {
        assertThat(fx.teaching().startLayer().isVisible()).as("the start screen greets a first start").isTrue();
        robot.clickOn("#mvtd-start-lesson-bridge");
        assertThat(fx.teaching().startLayer().isVisible()).isFalse();
        LessonView lesson = robot.lookup("#mvtd-lesson").queryAs(LessonView.class);
        DiagramView d = lesson.diagram();
        TeachFx.await("the lesson window is laid out", () -> d.getWidth() > 0 && d.getScene().getWindow().isShowing());
        assertThat(robot.lookup("#mvtd-lesson-prompt").queryLabeled().getText()).isEqualTo("Whom can the uperf-client guest ping?");

        robot.clickOn(TeachFx.screenPointOf(d, ElementRef.guest("uperf-server")));     // right: it can
        robot.clickOn(TeachFx.screenPointOf(d, ElementRef.device("kvmhost", "eth0"))); // wrong: the host stack cannot
        assertThat(lesson.chipOf(ElementRef.guest("uperf-server")).getText()).isEqualTo("\u2713 ping?");
        assertThat(d.skin(ElementRef.device("kvmhost", "eth0")).orElseThrow().getRoot().getPseudoClassStates())
                .contains(TeachStyles.PREDICTED);
        robot.clickOn("#mvtd-lesson-reveal");

        Label eth0 = lesson.chipOf(ElementRef.device("kvmhost", "eth0"));
        assertThat(eth0.getText()).isEqualTo("cannot ping \u00b7 wrong");
        assertThat(eth0.getPseudoClassStates()).contains(TeachStyles.WRONG);
        assertThat(glyphOf(eth0)).as("cannot ping: the canvas's cross, never a tick").isEqualTo(Glyphs.of(ReachMark.NONE));
        Label server = lesson.chipOf(ElementRef.guest("uperf-server"));
        assertThat(server.getText()).isEqualTo("can ping \u00b7 right");
        assertThat(glyphOf(server)).as("a tick means ping both ways, as on the canvas").isEqualTo(Glyphs.of(ReachMark.PING));
        assertThat(lesson.chipOf(ElementRef.station("router")).getText()).as("missed: the router can be pinged")
                .isEqualTo("can ping \u00b7 wrong");
        assertThat(glyphOf(lesson.chipOf(ElementRef.station("router")))).isEqualTo(Glyphs.of(ReachMark.PING));
        Tooltip why = (Tooltip) d.skin(ElementRef.device("kvmhost", "eth0")).orElseThrow().getRoot().getProperties()
                .get(Tooltip.class);
        assertThat(why.getText()).startsWith("wrong: it cannot ping, you said it can\n");
        assertThat(robot.lookup("#mvtd-lesson-candidates .label").queryAll()).extracting(n -> ((Label) n).getText())
                .anySatisfy(t -> assertThat(t).startsWith("kvmhost/eth0 (host stack): wrong"));
        assertThat(lesson.score().getText()).isEqualTo("1 of 3 right");
        assertThat(lesson.takeaway().isVisible()).isTrue();
        assertThat(lesson.takeaway().getText()).isEqualTo(Lessons.byId("bridge").orElseThrow().questions().get(0).takeaway());

        robot.clickOn("#mvtd-lesson-watch");
        WaitForAsyncUtils.waitForFxEvents();
        var walk = robot.lookup("#mvtd-walk-panel").queryAs(org.mvtd.app.ui.teach.walk.WalkView.class);
        assertThat(walk.list().getItems()).as("the first mistake's frame: uperf-client to the host stack").first()
                .satisfies(e -> assertThat(e.rule()).endsWith("sends a frame to the host's own stack on eth0's MAC address"));
        robot.clickOn(walk.lookup("#mvtd-walk-end"));
        assertThat(walk.outcome().getText()).isEqualTo("Dropped: the frame never reaches kvmhost/eth0.");
        robot.clickOn(walk.lookup("#mvtd-walk-close"));
        assertThat(robot.lookup("#mvtd-walk-panel").tryQuery()).isEmpty();

        robot.clickOn("#mvtd-lesson-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#mvtd-lesson").tryQuery()).as("Finish closes the lesson window").isEmpty();
        assertThat(fx.teaching().progress().isCompleted("bridge")).isTrue();
        assertThat(fx.teaching().menu().getItems().stream().filter(m -> "mvtd-learn-bridge".equals(m.getId())).findFirst()
                .orElseThrow().getGraphic().lookup("SVGPath")).as("ticked in the Learn menu")
                .satisfies(n -> assertThat(((SVGPath) n).getContent()).isEqualTo(TeachGlyphs.CHECK));
    }

    /** The glyph a chip carries as its graphic (the canvas's mark badge). */
    private static String glyphOf(Label chip) {
        assertThat(chip.getGraphic()).as(chip.getText() + " carries a mark").isNotNull();
        return chip.getGraphic().lookupAll("SVGPath").stream().map(n -> ((SVGPath) n).getContent()).findFirst().orElse("");
    }

    @Test
    void theCompareViewShowsFourModesColouredAndSelectsInAll(FxRobot robot) {
        robot.interact(() -> {
            fx.teaching().startLayer().hide();
            fx.vm.selection().select(ElementRef.guest("uperf-client"));
            fx.teaching().openCompare();
        });
        CompareView view = robot.lookup("#mvtd-compare").queryAs(CompareView.class);
        assertThat(view.titles()).extracting(Label::getText).containsExactly("vepa", "bridge", "private", "passthru");
        WaitForAsyncUtils.waitForFxEvents();
        ElementRef tap1 = ElementRef.endpoint("kvmhost", "macvtap1");
        Region vepaTap1 = view.diagrams().get(0).skin(tap1).orElseThrow().getRoot();
        Region bridgeTap1 = view.diagrams().get(1).skin(tap1).orElseThrow().getRoot();
        assertThat(view.diagrams().get(0).skin(tap1).orElseThrow().mark()).isEqualTo(ReachMark.NONE);
        assertThat(view.diagrams().get(1).skin(tap1).orElseThrow().mark()).isEqualTo(ReachMark.PING);
        assertThat(view.diagrams().get(3).skin(tap1).orElseThrow().mark()).isEqualTo(ReachMark.DOWN);
        // The light theme's tokens: -mvtd-reach-none and -mvtd-reach-ok.
        assertThat(vepaTap1.getBorder().getStrokes().get(0).getTopStroke()).isEqualTo(Color.web("#c03d00"));
        assertThat(bridgeTap1.getBorder().getStrokes().get(0).getTopStroke()).isEqualTo(Color.web("#007a55"));
        assertThat(view.diagrams().get(3).layer().getChildren()).extracting(n -> ((Label) n).getText())
                .containsExactly("refused by the kernel");
        assertThat(view.diagrams().get(0).layer().getChildren()).isEmpty();

        robot.clickOn(TeachFx.screenPointOf(view.diagrams().get(2), ElementRef.station("router")));
        for (DiagramView d : view.diagrams()) {
            var router = d.skin(ElementRef.station("router")).orElseThrow();
            assertThat(router.mark()).isEqualTo(ReachMark.SOURCE);
            assertThat(router.getRoot().getPseudoClassStates()).contains(Styles.SELECTED);
        }
        ComboBox<?> from = robot.lookup("#mvtd-compare-from").queryComboBox();
        assertThat(from.getValue()).isEqualTo("router");
    }

    @Test
    void theMatrixShowsCellsWithGlyphsFiltersAndCopiesCsv(FxRobot robot) throws Exception {
        robot.interact(() -> {
            fx.teaching().startLayer().hide();
            fx.teaching().openMatrix();
        });
        MatrixView view = robot.lookup("#mvtd-matrix").queryAs(MatrixView.class);
        assertThat(view.grid().getChildren()).as("corner, 4 + 4 headers, 16 cells").hasSize(25);
        Region cell = robot.lookup("#mvtd-cell-1-2").queryAs(Region.class); // macvtap0 -> macvtap1
        assertThat(cell.getPseudoClassStates()).contains(Styles.mark(ReachMark.PING));
        assertThat(cell.getChildrenUnmodifiable()).hasSize(1).first().isInstanceOf(SVGPath.class);
        assertThat(cell.getAccessibleText()).isEqualTo("uperf-client to uperf-server: ping");
        assertThat(view.rowHeads()).as("rows named by the guest on the endpoint, not by the endpoint")
                .extracting(Label::getText).containsExactly("kvmhost/eth0", "uperf-client", "uperf-server", "router");
        assertThat(view.columnHeads()).extracting(Label::getText)
                .containsExactly("kvmhost/eth0", "uperf-client", "uperf-server", "router");
        assertThat(view.rowHeads().get(1).getTooltip().getText()).isEqualTo("uperf-client on kvmhost/macvtap0");

        ComboBox<String> mode = robot.lookup("#mvtd-matrix-mode").queryComboBox();
        robot.interact(() -> mode.setValue("vepa"));
        Region vepaCell = robot.lookup("#mvtd-cell-1-2").queryAs(Region.class);
        assertThat(vepaCell.getPseudoClassStates()).contains(Styles.mark(ReachMark.NONE));
        assertThat(view.status().getText()).contains("every endpoint in vepa");

        robot.clickOn("#mvtd-matrix-copy");
        String[] clip = new String[1];
        robot.interact(() -> clip[0] = Clipboard.getSystemClipboard().getString());
        assertThat(clip[0]).startsWith("from\\to,kvmhost/eth0,kvmhost/macvtap0,kvmhost/macvtap1,router\n")
                .contains("kvmhost/macvtap0,none,-,none,ping\n");
        Path out = fx.dir.resolve("reach.csv");
        boolean[] saved = new boolean[1];
        robot.interact(() -> saved[0] = view.save(out));
        assertThat(saved[0]).isTrue();
        assertThat(Files.readString(out)).isEqualTo(clip[0]);
        boolean[] failed = new boolean[1];
        robot.interact(() -> failed[0] = view.save(fx.dir.resolve("missing-dir").resolve("x.csv")));
        assertThat(failed[0]).isFalse();
        assertThat(view.status().getText()).startsWith("Could not save x.csv");
    }

    @Test
    void theStartScreenOpensTheExampleAndComesBackFromTheLearnMenu(FxRobot robot) {
        robot.clickOn("#mvtd-start-example");
        assertThat(fx.teaching().startLayer().isVisible()).isFalse();
        assertThat(fx.vm.document().design().name()).isEqualTo("bridge mode on one NIC");
        robot.clickOn("Learn").clickOn("Start Screen");
        assertThat(fx.teaching().startLayer().isVisible()).isTrue();
        robot.clickOn("#mvtd-start-close");
        assertThat(fx.teaching().startLayer().isVisible()).isFalse();
    }

    @Test
    void openTeachingWindowsFollowAThemeSwitchAndNewOnesOpenInIt(FxRobot robot) {
        Stage[] open = new Stage[2];
        robot.interact(() -> {
            fx.teaching().startLayer().hide();
            fx.vm.selection().select(ElementRef.guest("uperf-client"));
            open[0] = fx.teaching().openLesson(Lessons.byId("bridge").orElseThrow());
            open[1] = fx.teaching().openCompare();
        });
        CompareView compare = robot.lookup("#mvtd-compare").queryAs(CompareView.class);
        ElementRef tap1 = ElementRef.endpoint("kvmhost", "macvtap1");
        Region vepaTap1 = compare.diagrams().get(0).skin(tap1).orElseThrow().getRoot();
        TeachFx.await("the compare window is drawn in light", () -> Color.web("#c03d00")
                .equals(vepaTap1.getBorder().getStrokes().get(0).getTopStroke()));
        for (Stage s : open) {
            assertThat(s.getScene().getStylesheets()).as(s.getTitle()).contains(Theme.LIGHT.tokenSheet())
                    .doesNotContain(Theme.DARK.tokenSheet());
        }

        robot.interact(() -> DesignerWindow.choose(fx.stage.getScene(), "mvtd-theme-dark"));
        WaitForAsyncUtils.waitForFxEvents();
        for (Stage s : open) {
            assertThat(s.isShowing()).isTrue();
            assertThat(s.getScene().getStylesheets()).as(s.getTitle() + " follows the switch")
                    .contains(Theme.DARK.tokenSheet()).doesNotContain(Theme.LIGHT.tokenSheet());
        }
        // Not just the sheet: the drawing takes the dark tokens (-mvtd-reach-none of dark.css).
        TeachFx.await("the compare window recoloured", () -> Color.web("#f0743a")
                .equals(vepaTap1.getBorder().getStrokes().get(0).getTopStroke()));
        assertThat(fx.stage.getScene().getStylesheets()).contains(Theme.DARK.tokenSheet());
        assertThat(fx.vm.settings().get("theme", "light")).isEqualTo("dark");

        Stage[] matrix = new Stage[1];
        robot.interact(() -> matrix[0] = fx.teaching().openMatrix());
        assertThat(matrix[0].getScene().getStylesheets()).as("a window opened after the switch").contains(Theme.DARK.tokenSheet())
                .doesNotContain(Theme.LIGHT.tokenSheet());

        robot.interact(() -> DesignerWindow.choose(fx.stage.getScene(), "mvtd-theme-light"));
        WaitForAsyncUtils.waitForFxEvents();
        for (Stage s : List.of(open[0], open[1], matrix[0])) {
            assertThat(s.getScene().getStylesheets()).as(s.getTitle() + " back to light").contains(Theme.LIGHT.tokenSheet())
                    .doesNotContain(Theme.DARK.tokenSheet());
        }
        robot.interact(() -> List.of(open[0], open[1], matrix[0]).forEach(Stage::close));
    }
}
