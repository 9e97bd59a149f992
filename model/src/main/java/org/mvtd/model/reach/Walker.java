package org.mvtd.model.reach;

import java.util.ArrayList;
import java.util.List;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.reach.WalkStep.Kind;

/**
 * Walks a frame through the same three stages {@link FrameRules} decides with (transmit path, switch,
 * receive path), writing down every move and the rule behind it. The receivers it finds are exactly
 * the rules' answers; a test holds the two together.
 */
final class Walker {
    private final Topology t;
    private final Explainer x;
    private final FrameRules rules;
    private final List<WalkStep> steps = new ArrayList<>();
    private final List<String> receivers = new ArrayList<>();

    Walker(Topology topology, Explainer explainer) {
        this.t = topology;
        this.x = explainer;
        this.rules = new FrameRules(topology);
    }

    FrameWalk unicast(int s, int d) {
        String src = id(s);
        String dst = id(d);
        step(0, src, src, Kind.SEND, x.name(s) + " sends a frame to " + x.name(d) + "'s MAC address");
        if (!sourceCanSend(s)) {
            return done(s, d);
        }
        if (t.isStation(s)) {
            step(1, src, sw(s), Kind.TO_WIRE, x.name(s) + " puts the frame on its cable to switch " + sw(s));
        } else {
            int dev = t.nodeDev[s];
            if (t.isEndpoint(s) && t.mode[s] == MacvlanMode.BRIDGE && t.isEndpoint(d) && t.nodeDev[d] == dev
                    && t.mode[d] == MacvlanMode.BRIDGE && t.alive(d)) {
                step(1, src, devHop(s), Kind.LOCAL_HANDOVER, "bridge mode: " + x.name(d)
                        + " is a bridge-mode neighbour on " + devName(s)
                        + ", so the driver hands the frame over without touching the wire");
                if (rules.unicast(s, d) == Reason.TAKEN_BY_NODST) {
                    step(2, devHop(s), devHop(s), Kind.DROP, x.say(s, d, Reason.TAKEN_BY_NODST));
                    return done(s, d);
                }
                step(2, devHop(s), dst, Kind.DELIVER, x.name(d) + " receives the frame");
                receivers.add(dst);
                return done(s, d);
            }
            step(1, src, devHop(s), Kind.TO_WIRE, transmitRule(s, d));
            if (!leavesDevice(s, 2)) {
                return done(s, d);
            }
        }
        // At the switch.
        int seg = t.segOf(s);
        if (t.isStation(d)) {
            if (t.stationSeg[d] == seg) {
                step(3, sw(s), dst, Kind.SWITCH_FORWARD, "switch " + sw(s) + " forwards the frame out of the port of "
                        + x.name(d));
                step(4, dst, dst, Kind.DELIVER, x.name(d) + " receives the frame");
                receivers.add(dst);
            } else {
                notHere(s, d);
            }
            return done(s, d);
        }
        int dd = t.nodeDev[d];
        if (dd < 0 || t.devSeg[dd] != seg) {
            notHere(s, d);
            return done(s, d);
        }
        boolean same = !t.isStation(s) && dd == t.nodeDev[s];
        if (same && !t.segHairpin[seg]) {
            step(3, sw(s), sw(s), Kind.DROP, "switch " + sw(s)
                    + " does not send a frame back out of the port it came in on, and " + x.name(d)
                    + " sits behind that very port");
            return done(s, d);
        }
        step(3, sw(s), t.devId[dd], same ? Kind.SWITCH_REFLECT : Kind.SWITCH_FORWARD, same
                ? "switch " + sw(s) + "'s port does hairpin (reflective relay), so the frame goes back out of the"
                        + " port it came in on, to " + t.devName[dd]
                : "switch " + sw(s) + " forwards the frame to the port of " + t.devName[dd]);
        receiveUnicast(s, d, dd, 4);
        return done(s, d);
    }

    FrameWalk broadcast(int s) {
        String src = id(s);
        step(0, src, src, Kind.SEND, x.name(s) + " sends a broadcast (an ARP request, say)");
        if (!sourceCanSend(s)) {
            return done(s, -1);
        }
        if (t.isStation(s)) {
            step(1, src, sw(s), Kind.TO_WIRE, x.name(s) + " puts the broadcast on its cable to switch " + sw(s));
        } else {
            int dev = t.nodeDev[s];
            if (t.isEndpoint(s) && t.mode[s] == MacvlanMode.BRIDGE) {
                for (int i = t.devStart[dev]; i < t.devEnd[dev]; i++) {
                    if (i != s && t.isEndpoint(i) && t.mode[i] == MacvlanMode.BRIDGE && t.alive(i)) {
                        step(1, src, id(i), Kind.LOCAL_HANDOVER, "bridge mode: the driver copies the broadcast to"
                                + " every bridge-mode neighbour on " + devName(s) + ", here " + x.name(i));
                        receivers.add(id(i));
                    }
                }
            }
            step(1, src, devHop(s), Kind.TO_WIRE, transmitRule(s, -1));
            if (!leavesDevice(s, 2)) {
                return done(s, -1);
            }
        }
        int seg = t.segOf(s);
        int ingress = t.isStation(s) ? -1 : t.nodeDev[s];
        for (int dev : t.segDevices[seg]) {
            if (dev != ingress) {
                step(3, sw(s), t.devId[dev], Kind.SWITCH_FORWARD, "switch " + sw(s)
                        + " floods the broadcast out of every other port, here to " + t.devName[dev]);
            }
        }
        for (int st : t.segStations[seg]) {
            if (st != s) {
                step(3, sw(s), id(st), Kind.SWITCH_FORWARD, "switch " + sw(s)
                        + " floods the broadcast out of every other port, here to " + x.name(st));
            }
        }
        if (ingress >= 0) {
            if (t.segHairpin[seg]) {
                step(3, sw(s), t.devId[ingress], Kind.SWITCH_REFLECT, "switch " + sw(s)
                        + "'s port does hairpin, so a copy also goes back out of the port it came in on, to "
                        + t.devName[ingress]);
            } else {
                step(3, sw(s), sw(s), Kind.DROP, "switch " + sw(s)
                        + " sends no copy back out of the port it came in on, so nobody else on "
                        + t.devName[ingress] + " hears it");
            }
        }
        for (int dev : t.segDevices[seg]) {
            if (dev != ingress) {
                receiveForeignBroadcast(s, dev);
            }
        }
        for (int st : t.segStations[seg]) {
            if (st != s) {
                step(4, id(st), id(st), Kind.DELIVER, x.name(st) + " receives the broadcast");
                receivers.add(id(st));
            }
        }
        if (ingress >= 0 && t.segHairpin[seg]) {
            receiveEcho(s, ingress);
        }
        return done(s, -1);
    }

    private boolean sourceCanSend(int s) {
        if (t.alive(s)) {
            return true;
        }
        Reason r = t.isStation(s) ? Reason.SOURCE_DETACHED
                : t.nodeDev[s] < 0 ? Reason.SOURCE_DETACHED
                : !t.devUp[t.nodeDev[s]] ? Reason.SOURCE_DEVICE_DOWN : Reason.SOURCE_DOWN;
        step(0, id(s), id(s), Kind.DROP, x.say(s, s, r));
        return false;
    }

    /** After TO_WIRE from a device: lost when the device is unplugged. */
    private boolean leavesDevice(int s, int tick) {
        int dev = t.nodeDev[s];
        if (t.devSeg[dev] < 0) {
            step(tick, devHop(s), devHop(s), Kind.DROP, t.devName[dev]
                    + " is not plugged into any switch, so the frame is lost on the cable");
            return false;
        }
        step(tick, devHop(s), sw(s), Kind.TO_WIRE, t.devName[dev] + " sends it down its cable to switch " + sw(s));
        return true;
    }

    private String transmitRule(int s, int d) {
        String dev = devName(s);
        if (!t.isEndpoint(s)) {
            return "the host's stack transmits on " + dev + "; frames it sends are never looked at by " + dev
                    + "'s own endpoints";
        }
        MacvlanMode m = t.mode[s];
        return switch (m) {
            case VEPA -> "VEPA sends every frame to the switch";
            case PRIVATE -> "private mode sends every frame to the switch";
            case SOURCE -> "source mode sends every frame to the switch, as vepa does";
            case PASSTHRU -> "passthru: " + x.name(s) + " owns " + dev + ", so the frame goes straight out";
            case BRIDGE -> d < 0
                    ? "bridge mode also sends every broadcast out to the switch"
                    : "bridge mode hands over locally only to up bridge-mode neighbours, and " + x.name(d)
                            + " is not one, so the frame goes out through " + dev;
        };
    }

    private void notHere(int s, int d) {
        step(3, sw(s), sw(s), Kind.DROP, x.name(d) + " is not on " + x.segment(s)
                + ": the switch floods the frame to its ports, and nobody there owns the address");
    }

    private void receiveUnicast(int s, int d, int dev, int tick) {
        String dh = t.devId[dev];
        if (!t.devUp[dev]) {
            step(tick, dh, dh, Kind.DROP, t.devName[dev] + " is down, so nothing gets in");
            return;
        }
        Reason filtered = rules.unicast(s, d);
        if (filtered == Reason.NOT_A_LISTED_SENDER || filtered == Reason.TAKEN_BY_NODST) {
            step(tick, dh, dh, Kind.DROP, x.say(s, d, filtered));
            return;
        }
        if (t.sources.isSource(d) && filtered.delivered()) {
            step(tick, dh, id(d), Kind.DELIVER, "source mode: " + x.name(d) + " lists " + x.name(s)
                    + "'s MAC, so " + t.devName[dev] + "'s receive path gives it the frame first");
            receivers.add(id(d));
            return;
        }
        int owner = t.devPassthru[dev];
        if (owner >= 0 && owner != d) {
            step(tick, dh, id(owner), Kind.DROP, "passthru: " + x.name(owner) + " takes every unicast frame that"
                    + " arrives at " + t.devName[dev] + ", so " + x.name(d) + " gets none");
            return;
        }
        if (!t.nodeUp[d]) {
            step(tick, dh, dh, Kind.DROP, x.name(d) + " is down, so no endpoint owns that MAC any more and the"
                    + " host's stack ignores a frame for another address");
            return;
        }
        String rule = !t.isEndpoint(d)
                ? "no endpoint owns the destination MAC: it is " + t.devName[dev] + "'s own, so the host's stack takes it"
                : owner == d
                        ? "passthru: " + x.name(d) + " takes every unicast frame arriving at " + t.devName[dev]
                        : t.devName[dev] + "'s receive path finds that the destination MAC belongs to " + x.name(d);
        step(tick, dh, id(d), Kind.DELIVER, rule);
        receivers.add(id(d));
    }

    private void receiveForeignBroadcast(int s, int dev) {
        String dh = t.devId[dev];
        if (!t.devUp[dev]) {
            step(4, dh, dh, Kind.DROP, t.devName[dev] + " is down, so nothing gets in");
            return;
        }
        for (int i = t.devStart[dev]; i < t.devEnd[dev]; i++) {
            if (!t.alive(i)) {
                continue;
            }
            Reason r = rules.broadcast(s, i);
            if (r.delivered()) {
                step(4, dh, id(i), Kind.DELIVER, t.sources.isSource(i)
                        ? "source mode: " + x.name(i) + " lists " + x.name(s) + "'s MAC, so it gets a copy"
                        : t.devName[dev] + " does not know the sender, so every endpoint and the host's stack get a"
                                + " copy: here " + x.name(i));
                receivers.add(id(i));
            } else {
                step(4, dh, dh, Kind.DROP, x.say(s, i, r));
            }
        }
    }

    /** The copy the hairpin port sent back down the sender's own device. */
    private void receiveEcho(int s, int dev) {
        String dh = t.devId[dev];
        String rule;
        if (!t.isEndpoint(s)) {
            int owner = t.devPassthru[dev];
            rule = owner >= 0 && t.alive(owner)
                    ? "the source MAC is " + t.devName[dev] + "'s own, which passthru endpoint " + x.name(owner)
                            + " owns, so only that endpoint gets the copy"
                    : "the host's own broadcast comes back; no endpoint owns its source MAC, so every endpoint gets a"
                            + " copy";
        } else {
            rule = switch (t.mode[s]) {
                case PRIVATE, PASSTHRU, SOURCE -> t.devName[dev] + " recognises the sender, " + t.mode[s].kernelName()
                        + " endpoint " + x.name(s) + ": the broadcast is given back only to itself";
                case VEPA -> "the sender is vepa endpoint " + x.name(s) + ": the copy goes to vepa and bridge"
                        + " neighbours and the host's stack, never to private ones";
                case BRIDGE -> "the sender is bridge endpoint " + x.name(s) + ", whose bridge neighbours already have"
                        + " it: the copy goes only to vepa neighbours and the host's stack";
            };
        }
        boolean any = false;
        for (int i = t.devStart[dev]; i < t.devEnd[dev]; i++) {
            if (i != s && rules.broadcast(s, i) == Reason.REFLECTED) {
                step(4, dh, id(i), Kind.DELIVER, rule);
                receivers.add(id(i));
                any = true;
            }
        }
        if (!any) {
            step(4, dh, dh, Kind.DROP, rule);
        }
    }

    private FrameWalk done(int s, int d) {
        return new FrameWalk(id(s), d < 0 ? null : id(d), steps, receivers);
    }

    private void step(int tick, String from, String to, Kind kind, String rule) {
        steps.add(new WalkStep(tick, from, to, kind, rule));
    }

    private String id(int i) {
        return t.nodes.get(i).id();
    }

    private String devHop(int i) {
        return t.devId[t.nodeDev[i]];
    }

    private String devName(int i) {
        return t.devName[t.nodeDev[i]];
    }

    private String sw(int i) {
        return t.segName[t.segOf(i)];
    }
}
