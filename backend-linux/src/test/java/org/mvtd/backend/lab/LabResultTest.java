package org.mvtd.backend.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mvtd.model.reach.Pair;
import org.mvtd.model.reach.ReachReport;

class LabResultTest {
    private static ReachReport report(Pair... pairs) {
        return new ReachReport(1, List.of(), List.of(pairs));
    }

    @Test
    void listsEachDifferingFactWithTheEnginesReason() {
        ReachReport predicted = report(new Pair("a", "b", true, true, true, true, List.of(), "same switch"),
                new Pair("b", "a", false, false, false, false, List.of(), "no"));
        ReachReport observed = report(new Pair("a", "b", true, false, false, false, List.of(), "observed"),
                new Pair("b", "a", false, false, false, false, List.of(), "observed"));
        LabResult r = LabResult.compare(predicted, observed);
        assertThat(r.agrees()).isFalse();
        assertThat(r.disagreements()).extracting(Disagreement::fact).containsExactly("broadcast", "ping", "ping6");
        assertThat(r.disagreements().get(0).describe()).isEqualTo("a -> b broadcast: engine yes, kernel no (engine: same switch)");
    }

    @Test
    void agreesWhenEveryFactMatchesAndFlagsMissingPairs() {
        Pair p = new Pair("a", "b", true, true, false, false, List.of(), "x");
        assertThat(LabResult.compare(report(p), report(p)).agrees()).isTrue();
        LabResult missing = LabResult.compare(report(p), report());
        assertThat(missing.disagreements()).singleElement().extracting(Disagreement::fact).isEqualTo("pair");
    }
}
