package org.mvtd.model.reach;

import java.util.BitSet;

/**
 * Who receives and who can send, per device and per switch segment, as bit sets over node indices.
 * A row ("whom can X reach") is then a few set operations over X's segment plus the rules applied
 * only to the nodes on X's own device.
 */
final class ReachSets {
    /** Per device: nodes on it that take a unicast arriving from the wire. */
    final BitSet[] devRxUnicast;
    /** Per device: nodes on it that are alive (receive a broadcast from the wire; may send). */
    final BitSet[] devAlive;
    /** Per segment: the union over its devices of devRxUnicast, plus its stations. */
    final BitSet[] segRxUnicast;
    /** Per segment: the union over its devices of devAlive, plus its stations. */
    final BitSet[] segAlive;
    /** How many devices were derived when this was built (the rest were reused). */
    final int derivedDevices;

    private ReachSets(BitSet[] devRxUnicast, BitSet[] devAlive, BitSet[] segRxUnicast, BitSet[] segAlive,
                      int derivedDevices) {
        this.devRxUnicast = devRxUnicast;
        this.devAlive = devAlive;
        this.segRxUnicast = segRxUnicast;
        this.segAlive = segAlive;
        this.derivedDevices = derivedDevices;
    }

    static ReachSets build(Topology t) {
        BitSet[] rx = new BitSet[t.devCount];
        BitSet[] alive = new BitSet[t.devCount];
        for (int d = 0; d < t.devCount; d++) {
            rx[d] = deviceRx(t, d);
            alive[d] = deviceAlive(t, d);
        }
        BitSet[] segRx = new BitSet[t.segCount];
        BitSet[] segAlive = new BitSet[t.segCount];
        for (int s = 0; s < t.segCount; s++) {
            segRx[s] = new BitSet(t.n);
            segAlive[s] = new BitSet(t.n);
            for (int d : t.segDevices[s]) {
                segRx[s].or(rx[d]);
                segAlive[s].or(alive[d]);
            }
            for (int st : t.segStations[s]) {
                segRx[s].set(st);
                segAlive[s].set(st);
            }
        }
        return new ReachSets(rx, alive, segRx, segAlive, t.devCount);
    }

    /**
     * The sets for {@code next}, a topology of the same shape as {@code prev}'s: only devices whose
     * semantic key changed are derived again, and only their ranges of the segment sets are rewritten.
     */
    static ReachSets update(Topology prev, ReachSets old, Topology next) {
        BitSet[] rx = old.devRxUnicast.clone();
        BitSet[] alive = old.devAlive.clone();
        BitSet[] segRx = old.segRxUnicast.clone();
        BitSet[] segAlive = old.segAlive.clone();
        boolean[] segCopied = new boolean[next.segCount];
        int derived = 0;
        for (int d = 0; d < next.devCount; d++) {
            if (next.devKey[d].equals(prev.devKey[d])) {
                continue;
            }
            derived++;
            rx[d] = deviceRx(next, d);
            alive[d] = deviceAlive(next, d);
            int s = next.devSeg[d];
            if (s >= 0) {
                if (!segCopied[s]) {
                    segRx[s] = (BitSet) segRx[s].clone();
                    segAlive[s] = (BitSet) segAlive[s].clone();
                    segCopied[s] = true;
                }
                segRx[s].clear(next.devStart[d], next.devEnd[d]);
                segRx[s].or(rx[d]);
                segAlive[s].clear(next.devStart[d], next.devEnd[d]);
                segAlive[s].or(alive[d]);
            }
        }
        return new ReachSets(rx, alive, segRx, segAlive, derived);
    }

    private static BitSet deviceRx(Topology t, int d) {
        BitSet b = new BitSet();
        for (int i = t.devStart[d]; i < t.devEnd[d]; i++) {
            if (t.takesUnicastFromWire(i)) {
                b.set(i);
            }
        }
        return b;
    }

    private static BitSet deviceAlive(Topology t, int d) {
        BitSet b = new BitSet();
        for (int i = t.devStart[d]; i < t.devEnd[d]; i++) {
            if (t.alive(i)) {
                b.set(i);
            }
        }
        return b;
    }
}
