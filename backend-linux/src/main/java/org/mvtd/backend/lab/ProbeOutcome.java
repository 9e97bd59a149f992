package org.mvtd.backend.lab;

import java.util.Objects;
import java.util.Set;
import org.mvtd.model.reach.ReachReport;

/**
 * The observed report of one probe run and how the run went.
 *
 * @param filterAdmitted guests (node ids) whose macvtap took a Neighbour Solicitation for a group its netdev
 *                       never joined: the driver's multicast filter is a 256-bucket hash salted per endpoint,
 *                       and that group shared a bucket with a joined one. No design predicts it, so their
 *                       ping6 is reported, not judged.
 */
public record ProbeOutcome(ReachReport report, ProbeStats stats, Set<String> filterAdmitted) {
    public ProbeOutcome {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(stats, "stats");
        filterAdmitted = Set.copyOf(filterAdmitted);
    }
}
