package org.mvtd.model.reach;

import java.util.ArrayList;
import java.util.List;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.rules.Segments;

/** Turns the rules' reasons into the hop path and one sentence a student understands. */
final class Explainer {
    private final Topology t;

    Explainer(Topology topology) {
        this.t = topology;
    }

    /** The hops a delivered frame took; empty when it was not delivered. */
    List<String> path(int s, int d, Reason r) {
        if (!r.delivered()) {
            return List.of();
        }
        List<String> hops = new ArrayList<>(6);
        hops.add(t.nodes.get(s).id());
        if (r == Reason.LOCAL_BRIDGE) {
            hops.add(t.devId[t.nodeDev[s]]);
        } else {
            if (t.isEndpoint(s)) {
                hops.add(t.devId[t.nodeDev[s]]);
            }
            hops.add(t.segName[t.segOf(s)]);
            if (t.isEndpoint(d)) {
                hops.add(t.devId[t.nodeDev[d]]);
            }
        }
        hops.add(t.nodes.get(d).id());
        return List.copyOf(hops);
    }

    /** One sentence about the pair, from its unicast and broadcast reasons and the reply's. */
    String why(int s, int d, Reason uni, Reason bc, Reason reply) {
        String sentence;
        if (uni.delivered() && bc.delivered()) {
            sentence = say(s, d, uni);
            if (!reply.delivered()) {
                sentence += "; but the reply cannot come back: " + say(d, s, reply);
            }
        } else if (uni.delivered()) {
            sentence = say(s, d, uni) + ", but " + say(s, d, bc) + ", so ARP cannot resolve it";
        } else if (bc.delivered()) {
            sentence = say(s, d, uni) + " (broadcasts do arrive)";
        } else {
            // Both are stopped by the same thing: the checks before the receive path are shared.
            sentence = say(s, d, uni);
        }
        return sentence;
    }

    String say(int s, int d, Reason r) {
        return switch (r) {
            case LOCAL_BRIDGE -> "both endpoints are in bridge mode on " + dev(s) + ", so the driver delivers locally";
            case SWITCHED -> name(s) + " and " + name(d) + " hang off different ports of switch " + sw(s)
                    + ", which forwards frames between them";
            case REFLECTED -> leaves(s, d) + " out to " + sw(s) + ", whose hairpin port sends it back down "
                    + dev(s) + " to " + name(d);
            case SOURCE_DETACHED -> detached(s);
            case TARGET_DETACHED -> detached(d);
            case SOURCE_DEVICE_DOWN -> dev(s) + " is down, so nothing on it sends or receives";
            case TARGET_DEVICE_DOWN -> dev(d) + " is down, so nothing on it sends or receives";
            case SOURCE_DOWN -> name(s) + " is down, so it sends nothing";
            case TARGET_DOWN -> name(d) + " is down, so it receives nothing";
            case SOURCE_UNPLUGGED -> unplugged(s);
            case TARGET_UNPLUGGED -> unplugged(d);
            case OTHER_SEGMENT -> name(s) + " is on switch " + sw(s) + " and " + name(d) + " on switch " + sw(d)
                    + ", and separate switches never meet";
            case OTHER_VLAN -> name(s) + " is on " + segment(s) + " and " + name(d) + " on " + segment(d)
                    + ": a switch keeps its VLANs apart, so their frames never meet";
            case NOT_A_LISTED_SENDER -> "source-mode endpoint " + name(d) + " takes only frames from the MACs it lists,"
                    + " and " + name(s) + (t.isEndpoint(s) ? "'s MAC is not among them" : " has no MAC it could list");
            case TAKEN_BY_NODST -> "nodst source endpoint " + name(t.sources.consumer(s, t.nodeDev[d])) + " lists "
                    + name(s) + "'s MAC and takes its frames alone, so " + name(d) + " gets none";
            case NO_HAIRPIN -> leaves(s, d) + " out to " + sw(s)
                    + ", which does not send a frame back out of the port it came in on";
            case PASSTHRU_TAKES_UNICAST -> "passthru endpoint " + name(t.devPassthru[t.nodeDev[d]]) + " owns "
                    + dev(d) + "'s MAC address and takes every unicast frame that arrives, so " + name(d) + " gets none";
            case ECHO_ONLY_TO_SENDER -> "a " + t.mode[s].kernelName()
                    + " endpoint's broadcast that comes back from the switch is given only to itself";
            case BRIDGE_ECHO_VEPA_ONLY -> "a bridge endpoint's broadcast that comes back from the switch is given only"
                    + " to vepa neighbours and the host (bridge neighbours had it locally), so "
                    + t.mode[d].kernelName() + " " + name(d) + " never hears it";
            case VEPA_ECHO_NOT_PRIVATE -> "a broadcast that comes back from the switch is never given to a "
                    + t.mode[d].kernelName() + " endpoint such as " + name(d);
            case HOST_ECHO_TO_PASSTHRU -> "the host's broadcast comes back with " + dev(s)
                    + "'s own MAC, which passthru endpoint " + name(t.devPassthru[t.nodeDev[s]])
                    + " owns, so only that endpoint gets it";
        };
    }

    /** "macvtap0 is in vepa mode, so every frame goes" and its variants for the first half of a sentence. */
    private String leaves(int s, int d) {
        if (t.isStation(s)) {
            return name(s) + " sends the frame";
        }
        if (!t.isEndpoint(s)) {
            return "frames the host sends out of " + dev(s) + " are never seen by " + dev(s)
                    + "'s own endpoints; the frame goes";
        }
        MacvlanMode m = t.mode[s];
        if (m == MacvlanMode.BRIDGE) {
            String target = t.isEndpoint(d) ? t.mode[d].kernelName() + " endpoint " + name(d) : name(d);
            return name(s) + " hands over locally only to bridge-mode neighbours, so the frame for " + target + " goes";
        }
        return name(s) + " is in " + m.kernelName() + " mode, so every frame goes";
    }

    private String unplugged(int i) {
        if (t.isStation(i)) {
            return name(i) + " is on no known switch";
        }
        return dev(i) + " is not plugged into any switch, so frames that leave it go nowhere";
    }

    private String detached(int i) {
        if (t.isStation(i)) {
            return "station " + t.shortName[i] + " is plugged into a switch that does not exist";
        }
        return name(i) + "'s lower device " + t.detachedLower[i] + " does not exist";
    }

    /** A node as a student reads it. Endpoints by name, host stacks as "the host's stack on eth0". */
    String name(int i) {
        return switch (t.kind[i]) {
            case Topology.STATION -> "station " + t.shortName[i];
            case Topology.HOST_STACK -> (t.multiHost ? t.hostOf[i] + "'s" : "the host's") + " own stack on "
                    + t.shortName[i];
            default -> t.multiHost ? t.nodes.get(i).id() : t.shortName[i];
        };
    }

    private String dev(int i) {
        int d = t.nodeDev[i];
        return t.multiHost ? t.devId[d] : t.devName[d];
    }

    /** "switch tor1" or "VLAN 100 of switch tor1": where a node's frames meet others'. */
    String segment(int i) {
        int s = t.segOf(i);
        return s < 0 ? "no switch" : Segments.describe(t.segName[s], t.segVlan[s]);
    }

    private String sw(int i) {
        int s = t.segOf(i);
        return s < 0 ? "(none)" : t.segName[s];
    }
}
