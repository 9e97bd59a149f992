package org.mvtd.app.ui.live;

import java.util.List;
import org.mvtd.app.ui.live.verify.Verifier;
import org.mvtd.backend.lab.Disagreement;
import org.mvtd.backend.lab.LabException;
import org.mvtd.backend.lab.LabResult;
import org.mvtd.model.Design;
import org.mvtd.model.reach.Pair;
import org.mvtd.model.reach.ReachEngine;
import org.mvtd.model.reach.ReachReport;

/**
 * A lab that "observes" the engine's own prediction with one fact flipped (or none), so tests see both
 * agreement and a disagreement without root; or one that lacks privileges.
 */
final class FakeVerifier implements Verifier {
    private final List<String> missing;
    private final String flipFrom;
    private final String flipTo;

    private FakeVerifier(List<String> missing, String flipFrom, String flipTo) {
        this.missing = missing;
        this.flipFrom = flipFrom;
        this.flipTo = flipTo;
    }

    static FakeVerifier agreeing() {
        return new FakeVerifier(List.of(), null, null);
    }

    /** The kernel disagrees on unicast from {@code from} to {@code to}. */
    static FakeVerifier flipping(String from, String to) {
        return new FakeVerifier(List.of(), from, to);
    }

    static FakeVerifier unprivileged() {
        return new FakeVerifier(List.of("effective user id is 1000, not 0 (root)"), null, null);
    }

    @Override
    public List<String> missingPrivileges() {
        return missing;
    }

    @Override
    public LabResult verify(Design design) throws LabException {
        ReachReport predicted = ReachEngine.of(design).report();
        List<Pair> observed = predicted.pairs().stream().map(p -> p.from().equals(flipFrom) && p.to().equals(flipTo)
                ? new Pair(p.from(), p.to(), !p.unicast(), p.broadcast(), p.ping(), p.ping6(), p.path(), p.why()) : p).toList();
        return LabResult.compare(predicted, new ReachReport(predicted.version(), predicted.nodes(), observed));
    }

    static Disagreement first(LabResult r) {
        return r.disagreements().get(0);
    }
}
