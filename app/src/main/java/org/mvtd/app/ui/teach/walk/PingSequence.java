package org.mvtd.app.ui.teach.walk;

import java.util.ArrayList;
import java.util.List;
import org.mvtd.model.Design;
import org.mvtd.model.reach.FrameWalk;
import org.mvtd.model.reach.ReachEngine;
import org.mvtd.model.reach.WalkStep;

/**
 * A ping walked as the kernel sends it: the ARP request (a broadcast), the ARP reply, then the ICMP echo
 * request and reply, one after another on one clock. It stops at the first frame that does not arrive,
 * because nothing after it is sent: no reply, no echo.
 *
 * @param walk    the four walks joined into one (ticks run on across the phases)
 * @param phases  where each phase starts among the walk's steps, with the frame it carries
 * @param outcome the sentence for the end of the walk
 */
public record PingSequence(FrameWalk walk, List<Phase> phases, String outcome) {
    /** One frame of the sequence: its first step's index and its header. */
    public record Phase(int firstStep, FrameHeader header) {
    }

    public PingSequence {
        phases = List.copyOf(phases);
    }

    /** A single frame's walk: one phase, unicast or broadcast. */
    public static PingSequence single(Design d, FrameWalk w) {
        FrameHeader h = FrameHeader.of(d, w.broadcast() ? "Broadcast (ARP request)" : "Unicast frame", w.from(), w.to());
        return new PingSequence(w, List.of(new Phase(0, h)), WalkViewModel.outcomeOf(w));
    }

    public static PingSequence ping(ReachEngine e, Design d, String from, String to) {
        List<WalkStep> steps = new ArrayList<>();
        List<Phase> phases = new ArrayList<>();
        String[][] plan = {
            {"ARP request (broadcast)", from, null},
            {"ARP reply (unicast)", to, from},
            {"ICMP echo request", from, to},
            {"ICMP echo reply", to, from},
        };
        String outcome = "Ping works: " + from + " learns " + to + "'s MAC by ARP, and the echo goes there and back.";
        boolean arrived = true;
        for (String[] p : plan) {
            FrameWalk w = p[2] == null ? e.walkBroadcast(p[1]) : e.walkUnicast(p[1], p[2]);
            String target = p[2] == null ? to : p[2];
            int offset = steps.isEmpty() ? 0 : steps.get(steps.size() - 1).tick() + 1;
            phases.add(new Phase(steps.size(), FrameHeader.of(d, p[0], p[1], p[2])));
            for (WalkStep s : w.steps()) {
                steps.add(new WalkStep(s.tick() + offset, s.from(), s.to(), s.kind(), s.rule()));
            }
            if (!w.receivers().contains(target)) {
                outcome = "Ping fails: the " + p[0] + " never reaches " + target + ", so nothing after it is sent.";
                arrived = false;
                break;
            }
        }
        return new PingSequence(new FrameWalk(from, to, steps, arrived ? List.of(to) : List.of()), phases, outcome);
    }

    /** The header of the frame at step {@code index} of the walk. */
    public FrameHeader headerAt(int index) {
        FrameHeader h = phases.get(0).header();
        for (Phase p : phases) {
            if (p.firstStep() <= index) {
                h = p.header();
            }
        }
        return h;
    }
}
