package org.mvtd.model.reach;

import java.util.List;
import java.util.Objects;

/**
 * A frame's journey, hop by hop, each move narrated with the kernel rule that decides it.
 *
 * @param to         the unicast's destination node; null for a broadcast
 * @param receivers  the nodes the frame was delivered to (for a unicast: the destination or nobody)
 */
public record FrameWalk(String from, String to, List<WalkStep> steps, List<String> receivers) {
    public FrameWalk {
        Objects.requireNonNull(from, "from");
        steps = List.copyOf(steps);
        receivers = List.copyOf(receivers);
    }

    public boolean broadcast() {
        return to == null;
    }

    public boolean delivered() {
        return !receivers.isEmpty();
    }

    /** The last tick (steps are numbered from 0). */
    public int lastTick() {
        return steps.isEmpty() ? 0 : steps.get(steps.size() - 1).tick();
    }

    public List<WalkStep> stepsAt(int tick) {
        return steps.stream().filter(s -> s.tick() == tick).toList();
    }
}
