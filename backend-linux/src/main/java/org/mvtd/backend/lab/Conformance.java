package org.mvtd.backend.lab;

import java.util.Objects;
import org.mvtd.model.Design;
import org.mvtd.model.reach.ReachEngine;
import org.mvtd.model.reach.ReachReport;

/** Builds a design, probes it, tears it down and compares with the engine: the lab in one call. */
public final class Conformance {
    private Conformance() {
    }

    /** The outcome of one run: the comparison, the probe statistics, the timings. */
    public record Run(LabResult result, ProbeStats stats, LabTimings timings) {
    }

    public static Run check(Design design) throws LabException {
        Objects.requireNonNull(design, "design");
        ReachReport predicted = predict(design);
        ProbeOutcome o;
        Lab lab = Lab.build(design);
        try {
            o = lab.probe(lab.naturalOrder());
        } finally {
            lab.close();
        }
        return new Run(LabResult.compare(predicted, o.report(), o.filterAdmitted()), o.stats(), lab.timings());
    }

    /** The engine's report; the engine refusing (not built, or a bug) is named as such. */
    public static ReachReport predict(Design design) throws LabException {
        try {
            return ReachEngine.of(design).report();
        } catch (RuntimeException e) {
            throw new LabException("the reachability engine failed on this design: " + e.getMessage(), e);
        }
    }
}
