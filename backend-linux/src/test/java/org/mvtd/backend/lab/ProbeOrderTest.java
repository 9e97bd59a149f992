package org.mvtd.backend.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mvtd.model.Design;
import org.mvtd.model.reach.ReachReport;
import org.mvtd.model.testing.RandomDesigns;

/**
 * Probe order and bridge learning cannot change what the lab observes: one lab probed in natural order
 * (bridges learn nothing before), reversed (every MAC learned by the first run) and shuffled gives the
 * same report (root only).
 */
class ProbeOrderTest {

    @BeforeEach
    void root() {
        RootLab.assume();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 11, 25})
    void reportDoesNotDependOnProbeOrder(long seed) throws Exception {
        Design d = RandomDesigns.generate(seed);
        try (Lab lab = Lab.build(d)) {
            ProbeOutcome first = lab.probe(lab.naturalOrder());
            List<Integer> reversed = new ArrayList<>(lab.naturalOrder());
            Collections.reverse(reversed);
            ProbeOutcome second = lab.probe(reversed);
            ProbeOutcome third = lab.probe(lab.shuffledOrder(seed));
            assertThat(first.stats().deliveries()).as("seed " + seed + " delivers something").isPositive();
            for (ProbeOutcome o : List.of(second, third)) {
                assertThat(facts(o.report())).as("seed " + seed).isEqualTo(facts(first.report()));
            }
        }
    }

    private static List<String> facts(ReachReport r) {
        return r.pairs().stream().map(p -> p.from() + ">" + p.to() + ":" + p.unicast() + p.broadcast() + p.ping()).toList();
    }
}
