package org.mvtd.backend.client;

import java.util.List;
import java.util.Map;
import org.mvtd.backend.link.Plan;

/** The values the client returns. */
public final class Results {
    private Results() {
    }

    /** The helper's answer to hello. */
    public record Hello(int version, int uid, List<String> recovered) {
        public Hello {
            recovered = List.copyOf(recovered);
        }
    }

    /** A plan and its digest (pass it to apply so the helper refuses if the machine changed meanwhile). */
    public record PlanResult(Plan plan, String digest) {
        public boolean nothingToDo() {
            return plan.isEmpty();
        }
    }

    /** What an apply did: the plan it executed, and the guests' /dev nodes by endpoint. */
    public record ApplyResult(Plan plan, Map<String, String> nodes) {
        public ApplyResult {
            nodes = Map.copyOf(nodes);
        }
    }

    /** What a teardown removed, and which groups went in one call. */
    public record TeardownResult(String designId, List<String> deleted, List<Long> groups) {
        public TeardownResult {
            deleted = List.copyOf(deleted);
            groups = List.copyOf(groups);
        }
    }
}
