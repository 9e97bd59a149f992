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
                .containsExactly("vepa", "bridge", "private", "passthru", "host-guests", "host-container", "vlans");
        assertThat(Lessons.byId("host-guests").orElseThrow().questions()).hasSize(3);
    }

    @Test
    void everyQuestionsDesignIsBundledValidAndHasItsSource() {
        for (Lesson l : Lessons.catalogue()) {
            for (Question q : l.questions()) {
                var d = Lessons.designOf(q);
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

    @Test
    void theContainerLessonGradesTheHostAndTheContainerByTheEngine() {
        Lesson l = Lessons.byId("host-container").orElseThrow();
        assertThat(l.title()).isEqualTo("Why can't my host reach my macvlan container?");
        var d = Lessons.design(l.questions().get(0)).design();
        assertThat(d.guests()).allSatisfy(g -> assertThat(g.kind()).hasToString("CONTAINER"));
        Grade host = Lessons.grade(l.questions().get(0), Set.of("router"));
        assertThat(host.perfect()).isTrue();
        assertThat(host.answers()).filteredOn(a -> a.node().equals("dockerhost/mv-web")).singleElement()
                .satisfies(a -> assertThat(a.why()).contains("never seen by eth0's own endpoints"));
        assertThat(Lessons.grade(l.questions().get(1), Set.of("dockerhost/mv-db", "router")).perfect()).isTrue();
        assertThat(Lessons.grade(l.questions().get(1), Set.of("dockerhost/eth0", "dockerhost/mv-db", "router"))
                .mistakes()).extracting(Answer::node).containsExactly("dockerhost/eth0");
    }

    @Test
    void theContainerLessonsQuickFixIsTheDiagnosersHostShimAndMovesTheAddress() {
        Question fixed = Lessons.byId("host-container").orElseThrow().questions().get(2);
        assertThat(Lessons.quickFix(Lessons.byId("host-container").orElseThrow().questions().get(0))).isEmpty();
        var fix = Lessons.quickFix(fixed).orElseThrow();
        assertThat(fix.goalFrom()).isEqualTo(fixed.from()).isEqualTo("dockerhost/shim0");
        assertThat(fix.changes()).extracting(c -> c.element())
                .containsExactly("hosts[dockerhost].endpoints[shim0]", "hosts[dockerhost].devices[eth0]");
        var host = Lessons.designOf(fixed).host("dockerhost").orElseThrow();
        assertThat(host.endpoint("shim0").orElseThrow().addresses()).containsExactly("192.168.1.10/24");
        assertThat(host.device("eth0").orElseThrow().hostAddress()).isFalse();
        assertThat(Validator.validate(Lessons.designOf(fixed))).noneMatch(Problem::isError);
        assertThat(Lessons.candidates(fixed)).containsExactly("dockerhost/mv-web", "dockerhost/mv-db", "router");
        assertThat(Lessons.grade(fixed, Set.of("dockerhost/mv-web", "dockerhost/mv-db", "router")).perfect()).isTrue();
        Grade before = Lessons.grade(Lessons.byId("host-container").orElseThrow().questions().get(0),
                Set.of("dockerhost/mv-web", "dockerhost/mv-db", "router"));
        assertThat(before.mistakes()).hasSize(2);
    }

    @Test
    void aQuickFixTheEngineDoesNotOfferIsABrokenLessonNamedPlainly() {
        Question q = new Question("?", "container-host.mvtd.yaml", "dockerhost/shim0", "-",
                new QuickFix("dockerhost/eth0", "dockerhost/mv-web", "host shim on dockerhost/eth9"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Lessons.designOf(q))
                .hasMessageContaining("no fix 'host shim on dockerhost/eth9'").hasMessageContaining("container-host");
    }

    @Test
    void theVlanLessonKeepsUntaggedAndOtherVlansApart() {
        Lesson l = Lessons.byId("vlans").orElseThrow();
        Question pbx = l.questions().get(0);
        assertThat(Lessons.design(pbx).design().host("kvmhost").orElseThrow().device("eth0.100").orElseThrow().vlan())
                .isEqualTo(100);
        Grade g = Lessons.grade(pbx, Set.of("kvmhost/macvtap1", "voip-gw"));
        assertThat(g.perfect()).isTrue();
        assertThat(g.answers()).filteredOn(a -> a.node().equals("printer") || a.node().equals("camera"))
                .hasSize(2).allSatisfy(a -> assertThat(a.why()).contains("a switch keeps its VLANs apart"));
        // The most common wrong guess: a VLAN endpoint also reaches the untagged neighbours of its parent.
        assertThat(Lessons.grade(pbx, Set.of("kvmhost/macvtap1", "voip-gw", "printer", "kvmhost/macvtap2"))
                .mistakes()).extracting(Answer::node).containsExactlyInAnyOrder("printer", "kvmhost/macvtap2");
        assertThat(Lessons.grade(l.questions().get(1), Set.of("printer")).perfect()).isTrue();
        assertThat(Lessons.grade(l.questions().get(2), Set.of("voip-gw")).perfect()).isTrue();
    }
}
