package org.mvtd.model.reach;

import java.util.Objects;

/**
 * One move of a frame in a {@link FrameWalk}: at {@code tick} it goes from hop {@code from} to hop
 * {@code to} (the same hop for sending, delivering and dropping). Steps of one tick happen at once:
 * that is how a broadcast fans out.
 *
 * @param rule the kernel rule that decided this move, in a sentence a student reads
 */
public record WalkStep(int tick, String from, String to, Kind kind, String rule) {
    public WalkStep {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rule, "rule");
    }

    public enum Kind {
        /** The source puts the frame on its way. */
        SEND,
        /** Bridge mode: the driver hands the frame to a neighbour on the same device, never touching the wire. */
        LOCAL_HANDOVER,
        /** Out through the lower device onto the cable (or the station's cable). */
        TO_WIRE,
        /** The switch forwards (or floods) the frame out of another port. */
        SWITCH_FORWARD,
        /** The switch sends the frame back out of the port it came in on (hairpin). */
        SWITCH_REFLECT,
        /** The lower device's receive path hands the frame to a node: it has arrived. */
        DELIVER,
        /** The frame ends here without reaching anyone (more). */
        DROP
    }
}
