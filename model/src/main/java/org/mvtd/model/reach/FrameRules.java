package org.mvtd.model.reach;

import org.mvtd.model.MacvlanMode;

/**
 * The kernel's rules, followed the way a frame meets them: the source's transmit path (macvlan's
 * queue_xmit: bridge mode delivers to bridge neighbours locally, everything else goes to the wire),
 * the switch (a Linux bridge: another port always, the same port only with hairpin), and the lower
 * device's receive path (macvlan's handle_frame: unicast by destination MAC, passthru taking all;
 * broadcasts that come back by the source's mode). Every answer is a {@link Reason}, no allocation.
 */
final class FrameRules {
    private final Topology t;

    FrameRules(Topology topology) {
        this.t = topology;
    }

    Reason unicast(int s, int d) {
        Reason early = beforeReceivePath(s, d);
        if (early == Reason.LOCAL_BRIDGE && t.sources.consumer(s, t.nodeDev[d]) >= 0) {
            // Bridge mode hands a unicast over through the lower device's receive path, source lists first.
            return Reason.TAKEN_BY_NODST;
        }
        if (early != null) {
            return early;
        }
        boolean sameDevice = sameDevice(s, d);
        Reason filtered = sourceFilter(s, d, sameDevice);
        if (filtered != null) {
            return filtered;
        }
        if (t.isStation(d) || t.takesUnicastFromWire(d)) {
            return sameDevice ? Reason.REFLECTED : Reason.SWITCHED;
        }
        return Reason.PASSTHRU_TAKES_UNICAST;
    }

    Reason broadcast(int s, int d) {
        Reason early = beforeReceivePath(s, d);
        if (early != null) {
            return early; // a bridge-mode broadcast is copied to bridge neighbours directly, past the source lists
        }
        Reason filtered = sourceFilter(s, d, sameDevice(s, d));
        if (filtered != null) {
            return filtered;
        }
        if (!sameDevice(s, d)) {
            // Another device's receive path cannot tell the source from any outside sender: everyone hears it.
            return Reason.SWITCHED;
        }
        return echo(s, d);
    }

    /**
     * What source mode decides when a frame from {@code s} reaches {@code d}'s device from the wire, or null
     * when it leaves the frame to the ordinary rules: a source endpoint takes exactly its listed senders'
     * frames, and a nodst one takes them from everybody else on its device.
     */
    private Reason sourceFilter(int s, int d, boolean sameDevice) {
        if (!t.sources.any || t.isStation(d)) {
            return null;
        }
        if (t.sources.isSource(d)) {
            if (!t.sources.lists(d, s)) {
                return Reason.NOT_A_LISTED_SENDER;
            }
            return sameDevice ? Reason.REFLECTED : Reason.SWITCHED;
        }
        return t.sources.consumer(s, t.nodeDev[d]) >= 0 ? Reason.TAKEN_BY_NODST : null;
    }

    /** A broadcast from {@code s} reflected back down its own device: handle_frame looks the source MAC up. */
    private Reason echo(int s, int d) {
        if (!t.isEndpoint(s)) {
            // The host stack's source MAC is the device's, which only a passthru endpoint shares.
            int owner = t.devPassthru[t.nodeDev[s]];
            if (owner >= 0 && t.alive(owner)) {
                return d == owner ? Reason.REFLECTED : Reason.HOST_ECHO_TO_PASSTHRU;
            }
            return Reason.REFLECTED;
        }
        MacvlanMode from = t.mode[s];
        if (from == MacvlanMode.PRIVATE || from == MacvlanMode.PASSTHRU || from == MacvlanMode.SOURCE) {
            return Reason.ECHO_ONLY_TO_SENDER;
        }
        if (!t.isEndpoint(d)) {
            return Reason.REFLECTED; // the host stack gets every echo that is not taken back by its sender
        }
        MacvlanMode to = t.mode[d];
        if (from == MacvlanMode.VEPA) {
            return to == MacvlanMode.VEPA || to == MacvlanMode.BRIDGE ? Reason.REFLECTED : Reason.VEPA_ECHO_NOT_PRIVATE;
        }
        // Bridge source: bridge neighbours were served locally on the way out; the echo is for vepa only.
        return to == MacvlanMode.VEPA ? Reason.REFLECTED : Reason.BRIDGE_ECHO_VEPA_ONLY;
    }

    /**
     * What decides the frame before the target device's receive path (dead ends, bridge-mode local
     * delivery, the wire and the switch), or null when the frame arrives there.
     */
    private Reason beforeReceivePath(int s, int d) {
        Reason blocked = endsBlocked(s, d);
        if (blocked != null) {
            return blocked;
        }
        if (bridgeNeighbours(s, d)) {
            return Reason.LOCAL_BRIDGE;
        }
        return wireBlocked(s, d);
    }

    private Reason endsBlocked(int s, int d) {
        Reason r = deadReason(s, true);
        return r != null ? r : deadReason(d, false);
    }

    private Reason deadReason(int i, boolean source) {
        if (t.isStation(i)) {
            return t.stationSeg[i] < 0 ? (source ? Reason.SOURCE_DETACHED : Reason.TARGET_DETACHED) : null;
        }
        int dev = t.nodeDev[i];
        if (dev < 0) {
            return source ? Reason.SOURCE_DETACHED : Reason.TARGET_DETACHED;
        }
        if (!t.devUp[dev]) {
            return source ? Reason.SOURCE_DEVICE_DOWN : Reason.TARGET_DEVICE_DOWN;
        }
        if (!t.nodeUp[i]) {
            return source ? Reason.SOURCE_DOWN : Reason.TARGET_DOWN;
        }
        return null;
    }

    private boolean bridgeNeighbours(int s, int d) {
        return t.isEndpoint(s) && t.isEndpoint(d) && t.nodeDev[s] == t.nodeDev[d]
                && t.mode[s] == MacvlanMode.BRIDGE && t.mode[d] == MacvlanMode.BRIDGE;
    }

    private boolean sameDevice(int s, int d) {
        return !t.isStation(s) && !t.isStation(d) && t.nodeDev[s] == t.nodeDev[d];
    }

    /** What stops a frame between leaving the source's device and arriving at the target's, or null. */
    private Reason wireBlocked(int s, int d) {
        int segS = t.segOf(s);
        if (segS < 0) {
            return Reason.SOURCE_UNPLUGGED;
        }
        int segD = t.segOf(d);
        if (segD < 0) {
            return Reason.TARGET_UNPLUGGED;
        }
        if (segS != segD) {
            return t.segSwitch[segS] == t.segSwitch[segD] ? Reason.OTHER_VLAN : Reason.OTHER_SEGMENT;
        }
        if (sameDevice(s, d) && !t.segHairpin[segS]) {
            return Reason.NO_HAIRPIN;
        }
        return null;
    }
}
