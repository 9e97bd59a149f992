package org.mvtd.app.ui.teach.walk;

import java.util.Objects;
import org.mvtd.model.reach.WalkStep;

/**
 * One line of the walk's event list: a step, numbered in the walk, with where it happens.
 *
 * @param index the step's position in the walk
 * @param at    the hop (or "from → to" for a move), as the list shows it
 */
public record WalkEvent(int index, WalkStep step, String at) {
    public WalkEvent {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(at, "at");
    }

    public int tick() {
        return step.tick();
    }

    public String rule() {
        return step.rule();
    }

    static WalkEvent of(int index, WalkStep s) {
        return new WalkEvent(index, s, s.from().equals(s.to()) ? s.from() : s.from() + " \u2192 " + s.to());
    }
}
