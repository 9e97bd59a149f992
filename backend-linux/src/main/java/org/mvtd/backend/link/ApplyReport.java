package org.mvtd.backend.link;

import java.util.List;
import java.util.Map;

/**
 * The outcome of an apply.
 *
 * @param failedStep   the step that failed (null on success)
 * @param reason       the kernel's reason for the failure (null on success)
 * @param undoProblems what the undo could not restore (empty when the before-state is back)
 * @param nodes        endpoint name to the /dev node made for its guest
 */
public record ApplyReport(boolean ok, Plan plan, Step failedStep, String reason, List<String> undoProblems,
                          Map<String, String> nodes) {
    public ApplyReport {
        undoProblems = List.copyOf(undoProblems);
        nodes = Map.copyOf(nodes);
    }
}
