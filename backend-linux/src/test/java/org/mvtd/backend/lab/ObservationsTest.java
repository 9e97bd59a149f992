package org.mvtd.backend.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mvtd.model.reach.Node;
import org.mvtd.model.reach.NodeKind;
import org.mvtd.model.reach.ReachReport;

class ObservationsTest {
    private static final List<Node> NODES = List.of(new Node("a", NodeKind.STATION, null, null),
            new Node("b", NodeKind.STATION, null, null));

    @Test
    void pingNeedsBroadcastOutUnicastBackAndUnicastOut() {
        Observations o = new Observations(NODES);
        o.broadcast(0, 1);
        o.unicast(1, 0);
        assertThat(D.pair(o.report(), "a", "b").ping()).isFalse();
        o.unicast(0, 1);
        ReachReport r = o.report();
        assertThat(D.pair(r, "a", "b").ping()).isTrue();
        assertThat(D.pair(r, "b", "a").ping()).as("no broadcast b->a").isFalse();
    }

    @Test
    void everyOrderedPairOnceWithObservedReasonAndNoPath() {
        ReachReport r = new Observations(NODES).report();
        assertThat(r.pairs()).hasSize(2).allSatisfy(p -> {
            assertThat(p.path()).isEmpty();
            assertThat(p.why()).isEqualTo("observed");
        });
        assertThat(r.nodes()).isEqualTo(NODES);
    }
}
