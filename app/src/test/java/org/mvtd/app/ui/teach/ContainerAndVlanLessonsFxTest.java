package org.mvtd.app.ui.teach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mvtd.app.ui.teach.diagram.DiagramView;
import org.mvtd.app.ui.teach.lesson.LessonView;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.lesson.Lessons;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The container and VLAN lessons walked in a real window: every question predicted, revealed and graded. */
@ExtendWith({IgnoreForeignAsyncFailures.class, ApplicationExtension.class})
class ContainerAndVlanLessonsFxTest {
    private TeachFx fx;

    @Start
    void start(Stage stage) {
        fx = TeachFx.open(stage);
    }

    private LessonView open(FxRobot robot, String id) {
        robot.interact(() -> {
            fx.teaching().startLayer().hide();
            fx.teaching().openLesson(Lessons.byId(id).orElseThrow());
        });
        LessonView lesson = robot.lookup("#mvtd-lesson").queryAs(LessonView.class);
        DiagramView d = lesson.diagram();
        TeachFx.await("the lesson window is laid out", () -> d.getWidth() > 0 && d.getScene().getWindow().isShowing());
        return lesson;
    }

    /** Clicks each element on the lesson's diagram, reveals, and returns the score line. */
    private String answer(FxRobot robot, LessonView lesson, List<ElementRef> picks) {
        for (ElementRef r : picks) {
            robot.clickOn(TeachFx.screenPointOf(lesson.diagram(), r));
        }
        robot.clickOn("#mvtd-lesson-reveal");
        WaitForAsyncUtils.waitForFxEvents();
        return lesson.score().getText();
    }

    private static void next(FxRobot robot) {
        robot.clickOn("#mvtd-lesson-next");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theContainerLessonEndsOnTheDesignTheHostShimQuickFixMakes(FxRobot robot) {
        LessonView lesson = open(robot, "host-container");
        assertThat(robot.lookup("#mvtd-lesson-prompt").queryLabeled().getText())
                .isEqualTo("Whom can the host's own stack on eth0 (192.168.1.10) ping?");
        assertThat(answer(robot, lesson, List.of(ElementRef.guest("web"), ElementRef.station("router"))))
                .isEqualTo("2 of 3 right");
        assertThat(lesson.chipOf(ElementRef.guest("web")).getText()).isEqualTo("cannot ping \u00b7 wrong");
        next(robot);
        assertThat(answer(robot, lesson, List.of(ElementRef.guest("db"), ElementRef.station("router"))))
                .startsWith("3 of 3 right");
        next(robot);
        assertThat(lesson.diagram().skin(ElementRef.endpoint("dockerhost", "shim0"))).as("the quick fix's shim is drawn")
                .isPresent();
        assertThat(lesson.list().getItems()).containsExactly("dockerhost/mv-web", "dockerhost/mv-db", "router");
        assertThat(answer(robot, lesson, List.of(ElementRef.guest("web"), ElementRef.guest("db"),
                ElementRef.station("router")))).isEqualTo("3 of 3 right \u2014 perfect!");
        assertThat(lesson.takeaway().getText()).contains("ip link add shim0 link eth0 type macvlan mode bridge");
        next(robot);
        assertThat(robot.lookup("#mvtd-lesson").tryQuery()).as("Finish closes the lesson window").isEmpty();
        assertThat(fx.teaching().progress().isCompleted("host-container")).isTrue();
    }

    @Test
    void theVlanLessonMarksTheUntaggedGuessWrong(FxRobot robot) {
        LessonView lesson = open(robot, "vlans");
        assertThat(answer(robot, lesson, List.of(ElementRef.guest("sip-proxy"), ElementRef.station("voip-gw"),
                ElementRef.station("printer")))).isEqualTo("6 of 7 right");
        assertThat(lesson.chipOf(ElementRef.station("printer")).getText()).isEqualTo("cannot ping \u00b7 wrong");
        next(robot);
        assertThat(answer(robot, lesson, List.of(ElementRef.station("printer")))).startsWith("7 of 7 right");
        next(robot);
        assertThat(answer(robot, lesson, List.of(ElementRef.station("voip-gw")))).startsWith("7 of 7 right");
        next(robot);
        assertThat(fx.teaching().progress().isCompleted("vlans")).isTrue();
    }
}
