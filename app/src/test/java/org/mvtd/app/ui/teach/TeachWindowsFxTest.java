package org.mvtd.app.ui.teach;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.controlsfx.control.CheckComboBox;
import org.mvtd.app.ui.teach.matrix.MatrixView;
import org.mvtd.model.lesson.Lessons;
import org.mvtd.model.reach.NodeKind;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Lesson, compare and matrix windows close with Esc or their Close button; a lesson leaves the main window usable. */
@ExtendWith({IgnoreForeignAsyncFailures.class, ApplicationExtension.class})
class TeachWindowsFxTest {
    private TeachFx fx;

    @Start
    void start(Stage stage) {
        fx = TeachFx.open(stage);
    }

    @Test
    void aLessonIsNotModalAndEscClosesIt(FxRobot robot) {
        Stage[] lesson = new Stage[1];
        robot.interact(() -> {
            fx.teaching().startLayer().hide();
            lesson[0] = fx.teaching().openLesson(Lessons.byId("bridge").orElseThrow());
        });
        TeachFx.await("the lesson shows", () -> lesson[0].isShowing());
        assertThat(lesson[0].getModality()).isEqualTo(Modality.NONE);
        assertThat(lesson[0].getOwner()).as("not owned: the main window can come in front of it").isNull();

        // The main window, brought to the front, takes edits while the lesson is open and unanswered.
        int switches = fx.vm.document().design().switches().size();
        robot.interact(() -> fx.stage.toFront());
        robot.clickOn("#palette-switch");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.vm.document().design().switches()).hasSize(switches + 1);
        assertThat(lesson[0].isShowing()).isTrue();

        robot.interact(() -> lesson[0].toFront());
        robot.clickOn("#mvtd-lesson-prompt");
        robot.type(KeyCode.ESCAPE);
        TeachFx.await("Esc closes the lesson", () -> !lesson[0].isShowing());
    }

    @Test
    void compareAndMatrixCloseWithTheirCloseButtonOrEsc(FxRobot robot) {
        Stage[] open = new Stage[2];
        robot.interact(() -> {
            fx.teaching().startLayer().hide();
            open[0] = fx.teaching().openCompare();
        });
        TeachFx.await("compare shows", () -> open[0].isShowing());
        robot.clickOn(robot.from(open[0].getScene().getRoot()).lookup("#mvtd-teach-close").queryButton());
        TeachFx.await("Close closes compare", () -> !open[0].isShowing());

        robot.interact(() -> open[1] = fx.teaching().openMatrix());
        TeachFx.await("matrix shows", () -> open[1].isShowing());
        robot.clickOn("#mvtd-matrix-status");
        robot.type(KeyCode.ESCAPE);
        TeachFx.await("Esc closes the matrix", () -> !open[1].isShowing());
    }

    @Test
    void theMatrixShowsTheKindsOfNodeCheckedInItsCheckCombo(FxRobot robot) {
        robot.interact(() -> {
            fx.teaching().startLayer().hide();
            fx.teaching().openMatrix();
        });
        MatrixView view = robot.lookup("#mvtd-matrix").queryAs(MatrixView.class);
        assertThat(view.rowHeads()).hasSize(4);
        @SuppressWarnings("unchecked")
        CheckComboBox<NodeKind> kinds = robot.lookup("#mvtd-matrix-kinds").queryAs(CheckComboBox.class);
        assertThat(kinds.getCheckModel().getCheckedItems()).containsExactlyInAnyOrder(NodeKind.values());
        robot.interact(() -> kinds.getCheckModel().clearCheck(NodeKind.DEVICE));
        assertThat(view.rowHeads()).extracting(Label::getText).containsExactly("uperf-client", "uperf-server", "router");
        assertThat(view.status().getText()).contains("showing endpoints and guests, stations");
        robot.interact(() -> kinds.getCheckModel().check(NodeKind.DEVICE));
        assertThat(view.rowHeads()).hasSize(4);
    }

    @Test
    void closingTheMainWindowClosesItsLessons(FxRobot robot) {
        Stage[] lesson = new Stage[1];
        robot.interact(() -> {
            fx.teaching().startLayer().hide();
            lesson[0] = fx.teaching().openLesson(Lessons.byId("bridge").orElseThrow());
        });
        robot.interact(() -> fx.stage.hide());
        assertThat(lesson[0].isShowing()).isFalse();
    }
}
