package org.mvtd.model.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.reach.ModeVariant;
import org.mvtd.model.reach.ReachEngine;
import org.mvtd.model.validate.Problem;
import org.mvtd.model.validate.Validator;
import org.mvtd.model.testing.Examples;

class LessonsTest {

    @Test
    void thereIsALessonPerModeAndOneForTheUnreachableHost() {
        assertThat(Lessons.catalogue()).extracting(Lesson::id)
                .containsExactly("vepa", "bridge", "private", "passthru", "host-guests");
        assertThat(Lessons.byId("host-guests").orElseThrow().questions()).hasSize(3);
    }

    @Test
    void everyQuestionsDesignIsBundledValidAndHasItsSource() {
        for (Lesson l : Lessons.catalogue()) {
            for (Question q : l.questions()) {
                var d = Lessons.design(q).design();
                assertThat(Validator.validate(d)).as(q.design()).noneMatch(Problem::isError);
                assertThat(ReachEngine.of(d).indexOf(q.from())).as(q.from() + " in " + q.design()).isPresent();
                assertThat(Lessons.candidates(q)).doesNotContain(q.from()).isNotEmpty();
            }
        }
    }

    @Test
    void bundledCopiesOfTheSharedExamplesAreIdentical() {
        for (String name : new String[] {"bridge-mode.mvtd.yaml", "host-shim.mvtd.yaml", "passthru-sriov.mvtd.yaml",
            "private-isolation.mvtd.yaml", "vepa-hairpin.mvtd.yaml"}) {
            Question q = new Question("?", name, "x", "-");
            assertThat(Lessons.design(q).design()).as(name).isEqualTo(Examples.load(name).design());
        }
    }

    @Test
    void theRevealGradesEachNodeAndTheTakeawaysMatchTheKernel() {
        Lesson host = Lessons.byId("host-guests").orElseThrow();
        Question plain = host.questions().get(0);
        Grade g = Lessons.grade(plain, Set.of("kvmhost/macvtap0", "router"));
        assertThat(g.total()).isEqualTo(3);
        assertThat(g.correct()).isEqualTo(2);
        assertThat(g.mistakes()).singleElement().satisfies(a -> {
            assertThat(a.node()).isEqualTo("kvmhost/macvtap0");
            assertThat(a.expected()).isFalse();
            assertThat(a.why()).contains("does not send a frame back out of the port it came in on");
        });
        Question hairpin = host.questions().get(1);
        assertThat(Lessons.grade(hairpin, Set.of("kvmhost/macvtap0", "kvmhost/macvtap1", "router")).perfect()).isTrue();
        Question shim = host.questions().get(2);
        assertThat(Lessons.grade(shim, Set.of("kvmhost/macvtap0")).perfect()).isTrue();
        Question priv = Lessons.byId("private").orElseThrow().questions().get(0);
        assertThat(Lessons.grade(priv, Set.of("gateway")).perfect()).isTrue();
        Question vepaPlain = Lessons.byId("vepa").orElseThrow().questions().get(0);
        assertThat(Lessons.grade(vepaPlain, Set.of()).perfect()).isTrue();
    }

    @Test
    void modeVariantsSwitchEveryEndpointAndPassthruRefusesNeighbours() {
        var d = Examples.load("private-isolation.mvtd.yaml").design();
        var all = ModeVariant.all(d);
        assertThat(all).extracting(ModeVariant::mode).containsExactlyElementsOf(MacvlanMode.classic());
        ModeVariant bridge = all.get(1);
        assertThat(ReachEngine.of(bridge.design()).pair("kvmhost/tenant-a", "kvmhost/tenant-b").ping()).isTrue();
        ModeVariant passthru = all.get(3);
        assertThat(passthru.refused()).containsExactly("kvmhost/tenant-b");
        var refused = ReachEngine.of(passthru.design()).row("kvmhost/tenant-b");
        assertThat(refused.unicastIn().isEmpty() && refused.broadcastIn().isEmpty()).as("refused receives nothing").isTrue();
        assertThat(ReachEngine.of(passthru.design()).pair("gateway", "kvmhost/tenant-a").ping()).isTrue();
    }
}
