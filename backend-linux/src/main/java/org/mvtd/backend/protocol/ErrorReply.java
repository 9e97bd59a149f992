package org.mvtd.backend.protocol;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mvtd.backend.link.Plan;
import org.mvtd.backend.link.Step;

/**
 * A refused or failed request (PROTOCOL.md). {@code id} is empty when the line could not be read far enough to
 * know it. The details are present only where the code has them: {@code names} (missing lowers, links not ours),
 * {@code plan} (plan-changed), {@code step}, {@code reason} and {@code undoProblems} (apply-failed),
 * {@code deleted} (an incomplete teardown).
 */
public record ErrorReply(Optional<Long> id, ErrorCode code, String field, String message, List<String> names,
                         Optional<Plan> plan, Optional<Step> step, Optional<String> reason,
                         Optional<List<String>> undoProblems, Optional<List<String>> deleted) {
    public ErrorReply {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        field = field == null ? "" : field;
        Objects.requireNonNull(message, "message");
        names = List.copyOf(names);
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(reason, "reason");
        undoProblems = undoProblems.map(List::copyOf);
        deleted = deleted.map(List::copyOf);
    }

    /** An error without details. */
    public static ErrorReply of(Long id, ErrorCode code, String field, String message) {
        return new ErrorReply(Optional.ofNullable(id), code, field, message, List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A refused request, as the codec or the helper reported it. */
    public static ErrorReply of(Long id, ProtocolException e) {
        return of(id, e.code(), e.field(), e.getMessage());
    }

    public ErrorReply withNames(List<String> n) {
        return new ErrorReply(id, code, field, message, n, plan, step, reason, undoProblems, deleted);
    }

    public ErrorReply withPlan(Plan p) {
        return new ErrorReply(id, code, field, message, names, Optional.of(p), step, reason, undoProblems, deleted);
    }

    /** The failed step of an apply (may be unknown), why it failed, and what its undo could not do. */
    public ErrorReply withFailure(Step s, String why, List<String> undo) {
        return new ErrorReply(id, code, field, message, names, plan, Optional.ofNullable(s), Optional.of(why),
                Optional.of(undo), deleted);
    }

    public ErrorReply withDeleted(List<String> d) {
        return new ErrorReply(id, code, field, message, names, plan, step, reason, undoProblems, Optional.of(d));
    }
}
