package org.mvtd.app.ui.teach;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.app.ui.io.Settings;
import org.mvtd.app.ui.teach.lesson.LessonViewModel;
import org.mvtd.app.ui.teach.lesson.LessonViewModel.Phase;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.lesson.Answer;
import org.mvtd.model.lesson.Lessons;
import org.mvtd.app.ui.teach.common.Progress;

/** A lesson from prediction to reveal without a stage, and progress remembered in the settings file. */
class LessonViewModelTest {
    @TempDir
    Path dir;

    @Test
    void predictThenRevealGradesEachCandidateWithTheEnginesWhy() {
        Progress progress = new Progress(Settings.load(dir));
        LessonViewModel vm = new LessonViewModel(Lessons.byId("bridge").orElseThrow(), progress);
        assertThat(vm.candidates()).containsExactly("kvmhost/eth0", "kvmhost/macvtap1", "router");
        assertThat(vm.candidateOf(ElementRef.guest("uperf-server"))).as("a guest stands for its endpoint")
                .contains("kvmhost/macvtap1");
        assertThat(vm.candidateOf(ElementRef.guest("uperf-client"))).as("the source is no candidate").isEmpty();
        assertThat(vm.toggle("kvmhost/macvtap1")).isTrue();
        assertThat(vm.toggle("kvmhost/eth0")).isTrue(); // wrong: the host stack cannot be pinged
        assertThat(vm.predicted()).containsExactlyInAnyOrder("kvmhost/macvtap1", "kvmhost/eth0");

        var grade = vm.reveal();
        assertThat(vm.phase()).isEqualTo(Phase.REVEALED);
        assertThat(grade.correct()).isEqualTo(1);
        Answer host = vm.answer("kvmhost/eth0").orElseThrow();
        assertThat(host.correct()).isFalse();
        assertThat(host.expected()).isFalse();
        assertThat(host.why()).isNotBlank();
        assertThat(LessonViewModel.verdictText(host)).isEqualTo("wrong: it cannot ping, you said it can");
        assertThat(LessonViewModel.verdictText(vm.answer("router").orElseThrow()))
                .isEqualTo("wrong: it can ping, you said it cannot");
        assertThat(vm.toggle("router")).as("no changes after the reveal").isFalse();
        assertThat(progress.isCompleted("bridge")).as("a one-question lesson is done at its reveal").isTrue();
        assertThat(Settings.load(dir).get("lessons.completed", "")).isEqualTo("bridge");
    }

    @Test
    void questionsFollowOneAnotherAndRetryStartsAQuestionAfresh() {
        Progress progress = new Progress(Settings.load(dir));
        LessonViewModel vm = new LessonViewModel(Lessons.byId("vepa").orElseThrow(), progress);
        assertThat(vm.counter()).isEqualTo("Question 1 of 2");
        vm.toggle("kvmhost/macvtap1");
        vm.reveal();
        assertThat(progress.isCompleted("vepa")).isFalse();
        vm.retry();
        assertThat(vm.phase()).isEqualTo(Phase.PREDICT);
        assertThat(vm.predicted()).isEmpty();
        vm.reveal();
        assertThat(vm.next()).isTrue();
        assertThat(vm.counter()).isEqualTo("Question 2 of 2");
        assertThat(vm.design().switches().get(0).hairpin()).as("the second question's design").isTrue();
        vm.reveal();
        assertThat(vm.finishedProperty().get()).isTrue();
        assertThat(vm.next()).isFalse();
        assertThat(new Progress(Settings.load(dir)).snapshot()).containsExactly("vepa");
    }

    @Test
    void displayNamesUseGuestsAndHostStacks() {
        LessonViewModel vm = new LessonViewModel(Lessons.byId("bridge").orElseThrow(), new Progress(Settings.load(dir)));
        assertThat(vm.displayName("kvmhost/macvtap1")).isEqualTo("uperf-server (kvmhost/macvtap1)");
        assertThat(vm.displayName("kvmhost/eth0")).isEqualTo("kvmhost/eth0 (host stack)");
        assertThat(vm.elementsOfCandidates().get("kvmhost/macvtap1"))
                .containsExactly(ElementRef.endpoint("kvmhost", "macvtap1"), ElementRef.guest("uperf-server"));
    }

    @Test
    void unreadableProgressValuesAreIgnored() {
        Settings s = Settings.load(dir);
        s.put("lessons.completed", " , vepa,,private ");
        assertThat(new Progress(s).snapshot()).containsExactlyInAnyOrder("vepa", "private");
    }

    @Test
    void progressListenersSurviveGarbageCollection() {
        Progress progress = new Progress(Settings.load(dir));
        java.util.List<String> heard = new java.util.ArrayList<>();
        progress.completed().addListener((javafx.collections.SetChangeListener<String>) c -> heard.add(c.getElementAdded()));
        System.gc();
        progress.complete("private");
        assertThat(heard).as("the Learn menu and start screen refresh their check marks").containsExactly("private");
    }
}
