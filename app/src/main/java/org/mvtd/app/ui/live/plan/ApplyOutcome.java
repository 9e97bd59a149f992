package org.mvtd.app.ui.live.plan;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mvtd.backend.client.HelperException;
import org.mvtd.backend.link.Step;
import org.mvtd.backend.protocol.ErrorCode;

/**
 * How an apply (or a teardown) ended, told plainly: what was done, or which step failed, the kernel's
 * reason, and what the rollback did.
 *
 * @param failedStep the step that failed, or null
 * @param reason     the kernel's (or helper's) reason, empty when it succeeded
 * @param rollback   what the undo did, empty when nothing needed undoing
 * @param lines      details: the guests' /dev nodes, deleted links
 */
public record ApplyOutcome(boolean ok, String headline, Step failedStep, String reason, String rollback, List<String> lines) {
    private static final String UNDONE = "everything this apply did was undone";
    private static final String UNDO_PROBLEMS = "the undo left problems: ";

    public ApplyOutcome {
        Objects.requireNonNull(headline, "headline");
        reason = reason == null ? "" : reason;
        rollback = rollback == null ? "" : rollback;
        lines = List.copyOf(lines);
    }

    public static ApplyOutcome applied(int steps, Map<String, String> nodes) {
        List<String> lines = nodes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> "guest node for " + e.getKey() + ": " + e.getValue()).toList();
        return new ApplyOutcome(true, steps == 0 ? "Nothing to do: the machine already matches the design."
                : "Applied " + steps + (steps == 1 ? " step." : " steps."), null, "", "", lines);
    }

    public static ApplyOutcome tornDown(List<String> deleted) {
        return new ApplyOutcome(true, deleted.isEmpty() ? "Nothing to tear down: no link of this design exists."
                : "Deleted " + deleted.size() + (deleted.size() == 1 ? " link." : " links."), null, "", "",
                deleted.stream().map(n -> "deleted " + n).toList());
    }

    /**
     * The helper's refusal. For {@code apply-failed} its message reads "step 'S' failed: REASON; UNDO";
     * the reason and the rollback are split out of it so the dialog can show them on their own lines.
     */
    public static ApplyOutcome refused(String action, HelperException e) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        if (e.code().equals(ErrorCode.APPLY_FAILED)) {
            String reason = msg;
            String rollback = "";
            int undo = Math.max(msg.lastIndexOf("; " + UNDONE), msg.lastIndexOf("; " + UNDO_PROBLEMS));
            if (undo >= 0) {
                reason = msg.substring(0, undo);
                rollback = msg.substring(undo + 2);
            }
            int colon = reason.indexOf(" failed: ");
            if (colon >= 0 && reason.startsWith("step '")) {
                reason = reason.substring(colon + " failed: ".length());
            }
            String headline = e.step() == null ? "The apply failed and was rolled back."
                    : "The apply failed at step \u201c" + e.step().describe() + "\u201d and was rolled back.";
            if (rollback.startsWith(UNDO_PROBLEMS)) {
                headline = "The apply failed and the rollback was incomplete.";
            }
            return new ApplyOutcome(false, headline, e.step(), reason, rollback.isEmpty() ? "" : capital(rollback) + ".",
                    List.of());
        }
        String headline = switch (e.code()) {
            case PLAN_CHANGED -> "The machine changed since the plan was shown; nothing was done. Plan again.";
            case NOT_OURS -> "Links with the design's names exist and were not made by it; nothing was done.";
            case MISSING_LOWER -> "Lower devices the design needs are missing on this machine; nothing was done.";
            case INVALID_DESIGN -> "The helper refused the design; nothing was done.";
            case UNREACHABLE -> "The helper could not be reached; nothing is known to have changed.";
            default -> "The " + action + " failed.";
        };
        List<String> lines = e.names().isEmpty() ? List.of() : List.of("names: " + String.join(", ", e.names()));
        return new ApplyOutcome(false, headline, null, msg + (e.field().isEmpty() ? "" : " [" + e.field() + "]"), "", lines);
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
