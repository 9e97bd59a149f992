package org.mvtd.backend.lab;

import java.util.Objects;
import org.mvtd.model.reach.ReachReport;

/** The observed report of one probe run and how the run went. */
public record ProbeOutcome(ReachReport report, ProbeStats stats) {
    public ProbeOutcome {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(stats, "stats");
    }
}
