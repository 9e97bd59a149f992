package org.mvtd.app.ui.live.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mvtd.app.ui.live.board.LinkBoard;
import org.mvtd.app.ui.live.board.LiveLink;
import org.mvtd.backend.link.Step;

/**
 * An apply under way. The helper answers only at the end, so each step is ticked off when the link state
 * it produces shows up on the live board (a created link present, an up link up, a deleted one gone);
 * steps the board cannot see (MAC, /dev node) tick when the helper answers.
 */
public record ApplyProgress(List<Step> steps, List<Boolean> done, long startedNanos) {
    public ApplyProgress {
        steps = List.copyOf(steps);
        done = List.copyOf(done);
        if (steps.size() != done.size()) {
            throw new IllegalArgumentException("one done flag per step");
        }
    }

    public static ApplyProgress start(List<Step> steps, long nanos) {
        return new ApplyProgress(steps, steps.stream().map(s -> false).toList(), nanos);
    }

    public int doneCount() {
        return (int) done.stream().filter(b -> b).count();
    }

    /** 0..1 */
    public double fraction() {
        return steps.isEmpty() ? 1 : doneCount() / (double) steps.size();
    }

    /** This progress with the steps the board now shows as done ticked. */
    public ApplyProgress advance(LinkBoard board) {
        Objects.requireNonNull(board, "board");
        List<Boolean> next = new ArrayList<>(done);
        boolean changed = false;
        for (int i = 0; i < steps.size(); i++) {
            if (!next.get(i) && visible(steps.get(i), board.get(steps.get(i).name()))) {
                next.set(i, true);
                changed = true;
            }
        }
        return changed ? new ApplyProgress(steps, next, startedNanos) : this;
    }

    private static boolean visible(Step s, LiveLink l) {
        if (l == null || l.state() == null) {
            return false;
        }
        return switch (s.kind()) {
            case CREATE, REPLACE -> l.state().present();
            case DELETE -> !l.state().present();
            case UP -> l.state().present() && l.state().adminUp();
            case DOWN -> l.state().present() && !l.state().adminUp();
            case SET_ADDRESS, LOWER_ADDRESS -> s.target() != null && s.target().mac() != null && s.target().mac().equalsIgnoreCase(String.valueOf(l.state().mac()));
            case NODE -> false;
        };
    }
}
