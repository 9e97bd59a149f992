package org.mvtd.model.reach;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.FormatVersions;
import org.mvtd.model.Host;
import org.mvtd.model.LinkType;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Switch;

/**
 * A design compiled to flat arrays: node, device and segment (switch) indices. Nodes are numbered per
 * device (its host stack first, then its endpoints), so each device owns a contiguous index range; this
 * is what lets the engine answer whole rows with bit-set operations.
 */
final class Topology {
    static final byte ENDPOINT = 0;
    static final byte HOST_STACK = 1;
    static final byte STATION = 2;

    final List<Node> nodes;
    final Map<String, Integer> index;
    final int n;

    // Per node.
    final byte[] kind;
    final int[] nodeDev;          // device index; -1 for stations and detached endpoints
    final int[] stationSeg;       // segment of a station; -1 for others or a station on no known switch
    final MacvlanMode[] mode;     // endpoints only
    final boolean[] nodeUp;       // an endpoint's own admin state; true for host stacks and stations
    final boolean[] macvlan;      // an endpoint that is a plain macvlan netdev (not a macvtap)
    final String[] shortName;     // endpoint, device or station name
    final String[] hostOf;        // host name; null for stations
    final String[] detachedLower; // the missing lower device of a detached endpoint, else null

    // Per device.
    final int devCount;
    final String[] devId;
    final String[] devName;
    final int[] devSeg;           // -1 = unplugged (or plugged into an unknown switch)
    final boolean[] devUp;
    final int[] devStart;
    final int[] devEnd;
    final int[] devHostNode;      // the host stack node, or -1 without hostAddress
    final int[] devPassthru;      // the passthru endpoint that owns the device (first in design order), or -1
    final DeviceKey[] devKey;

    // Per segment.
    final int segCount;
    final String[] segName;
    final boolean[] segHairpin;
    final int[] segSwitch;        // the switch (its untagged segment's index) a VLAN segment belongs to
    final int[] segVlan;          // 0 = the switch's untagged segment
    final int[][] segDevices;
    final int[][] segStations;

    // Per compiled host (design order): its device index range; a design with detached endpoints or
    // duplicate hosts is never patched, so these are exact whenever patch() is used.
    final String[] hostName;
    final int[] hostDevStart;
    final int[] hostDevEnd;
    final boolean patchable;

    final boolean multiHost;
    final SourceFilters sources;
    final Addressing addressing;
    /** Everything that decides node numbering and segment membership; equal shapes allow incremental update. */
    final List<Object> shape;

    Topology(TopologyBuilder b) {
        this.nodes = List.copyOf(b.nodes);
        this.index = Map.copyOf(b.index);
        this.n = nodes.size();
        this.kind = b.kind.toArray();
        this.nodeDev = b.nodeDev.toArray();
        this.stationSeg = b.stationSeg.toArray();
        this.mode = b.modes.toArray(new MacvlanMode[0]);
        this.nodeUp = b.nodeUp.toArray();
        this.macvlan = b.macvlan.toArray();
        this.shortName = b.shortNames.toArray(new String[0]);
        this.hostOf = b.hostOf.toArray(new String[0]);
        this.detachedLower = b.detachedLower.toArray(new String[0]);
        this.devCount = b.devIds.size();
        this.devId = b.devIds.toArray(new String[0]);
        this.devName = b.devNames.toArray(new String[0]);
        this.devSeg = b.devSeg.toArray();
        this.devUp = b.devUp.toArray();
        this.devStart = b.devStart.toArray();
        this.devEnd = b.devEnd.toArray();
        this.devHostNode = b.devHostNode.toArray();
        this.devPassthru = b.devPassthru.toArray();
        this.devKey = b.devKeys.toArray(new DeviceKey[0]);
        this.segCount = b.segNames.size();
        this.segName = b.segNames.toArray(new String[0]);
        this.segHairpin = b.segHairpin.toArray();
        this.segSwitch = b.segSwitch.toArray();
        this.segVlan = b.segVlan.toArray();
        this.segDevices = new int[segCount][];
        this.segStations = new int[segCount][];
        for (int s = 0; s < segCount; s++) {
            segDevices[s] = b.segDevices.get(s).toArray();
            segStations[s] = b.segStations.get(s).toArray();
        }
        this.hostName = b.hostNames.toArray(new String[0]);
        this.hostDevStart = b.hostDevStart.toArray();
        this.hostDevEnd = b.hostDevEnd.toArray();
        this.patchable = b.patchable;
        this.multiHost = b.hostCount > 1;
        this.shape = List.copyOf(b.shape);
        boolean[] nodst = b.nodst.toArray();
        this.sources = new SourceFilters(this, b.macs.toArray(new String[0]), nullable(b.sourceLists), nodst);
        this.addressing = new Addressing(List.copyOf(b.addresses));
    }

    private static <T> List<T> nullable(List<T> list) {
        return java.util.Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** A copy sharing everything immutable with {@code o}; the patch then replaces what an edit changed. */
    private Topology(Topology o, List<Node> nodes) {
        this.nodes = nodes;
        this.index = o.index;
        this.n = o.n;
        this.kind = o.kind;
        this.nodeDev = o.nodeDev;
        this.stationSeg = o.stationSeg;
        this.mode = o.mode.clone();
        this.nodeUp = o.nodeUp.clone();
        this.macvlan = o.macvlan.clone();
        this.shortName = o.shortName;
        this.hostOf = o.hostOf;
        this.detachedLower = o.detachedLower;
        this.devCount = o.devCount;
        this.devId = o.devId;
        this.devName = o.devName;
        this.devSeg = o.devSeg;
        this.devUp = o.devUp.clone();
        this.devStart = o.devStart;
        this.devEnd = o.devEnd;
        this.devHostNode = o.devHostNode;
        this.devPassthru = o.devPassthru.clone();
        this.devKey = o.devKey.clone();
        this.segCount = o.segCount;
        this.segName = o.segName;
        this.segHairpin = o.segHairpin.clone();
        this.segSwitch = o.segSwitch;
        this.segVlan = o.segVlan;
        this.segDevices = o.segDevices;
        this.segStations = o.segStations;
        this.hostName = o.hostName;
        this.hostDevStart = o.hostDevStart;
        this.hostDevEnd = o.hostDevEnd;
        this.patchable = o.patchable;
        this.multiHost = o.multiHost;
        this.shape = o.shape;
        this.sources = o.sources;
        this.addressing = o.addressing;
    }

    /**
     * The topology of {@code next}, derived from this one (compiled from {@code prev}) by touching only
     * the hosts and switches the edit changed; null when the edit changed the shape (names, devices,
     * plugging, stations, guests), which needs a full compile.
     */
    Topology patch(Design prev, Design next) {
        if (!patchable || !prev.stations().equals(next.stations()) || !prev.guests().equals(next.guests())
                || prev.switches().size() != next.switches().size() || prev.hosts().size() != next.hosts().size()
                || FormatVersions.required(prev) > 1 || FormatVersions.required(next) > 1) {
            return null; // version-2 facts (VLANs, source lists, addresses) are compiled afresh
        }
        Topology t = new Topology(this, nodes);
        List<Node> newNodes = null;
        boolean[] segChanged = new boolean[segCount];
        boolean[] touched = new boolean[devCount];
        for (int s = 0; s < segCount; s++) {
            Switch a = prev.switches().get(segSwitch[s]);
            Switch b = next.switches().get(segSwitch[s]);
            if (!a.name().equals(b.name())) {
                return null;
            }
            if (a.hairpin() != b.hairpin()) {
                t.segHairpin[s] = b.hairpin();
                segChanged[s] = true;
            }
        }
        for (int h = 0; h < prev.hosts().size(); h++) {
            Host a = prev.hosts().get(h);
            Host b = next.hosts().get(h);
            if (a.equals(b)) {
                continue;
            }
            if (!sameShape(a, b)) {
                return null;
            }
            for (int d = hostDevStart[h]; d < hostDevEnd[h]; d++) {
                touched[d] = true;
                Device dev = b.devices().get(d - hostDevStart[h]);
                t.devUp[d] = dev.up();
                int passthru = -1;
                int i = devStart[d] + (devHostNode[d] >= 0 ? 1 : 0);
                for (Endpoint e : b.endpoints()) {
                    if (!e.lower().equals(dev.name())) {
                        continue;
                    }
                    if (t.mode[i] != e.mode()) {
                        if (newNodes == null) {
                            newNodes = new ArrayList<>(nodes);
                        }
                        Node old = nodes.get(i);
                        newNodes.set(i, old.withMode(e.mode()));
                    }
                    t.mode[i] = e.mode();
                    t.nodeUp[i] = e.up();
                    t.macvlan[i] = e.type() == LinkType.MACVLAN;
                    if (passthru < 0 && e.mode() == MacvlanMode.PASSTHRU) {
                        passthru = i;
                    }
                    i++;
                }
                t.devPassthru[d] = passthru;
            }
        }
        for (int s = 0; s < segCount; s++) {
            if (segChanged[s]) {
                for (int d : segDevices[s]) {
                    touched[d] = true;
                }
            }
        }
        for (int d = 0; d < devCount; d++) {
            if (touched[d]) {
                t.devKey[d] = t.keyOf(d);
            }
        }
        return newNodes == null ? t : new Topology(t, List.copyOf(newNodes));
    }

    /** Same devices (names, plugging, host stack) and same endpoints (names, lower devices), in the same order. */
    private static boolean sameShape(Host a, Host b) {
        if (!a.name().equals(b.name()) || a.devices().size() != b.devices().size()
                || a.endpoints().size() != b.endpoints().size()) {
            return false;
        }
        for (int i = 0; i < a.devices().size(); i++) {
            Device x = a.devices().get(i);
            Device y = b.devices().get(i);
            if (!x.name().equals(y.name()) || !java.util.Objects.equals(x.switchName(), y.switchName())
                    || x.hostAddress() != y.hostAddress()) {
                return false;
            }
        }
        for (int i = 0; i < a.endpoints().size(); i++) {
            Endpoint x = a.endpoints().get(i);
            Endpoint y = b.endpoints().get(i);
            if (!x.name().equals(y.name()) || !x.lower().equals(y.lower())) {
                return false;
            }
        }
        return true;
    }

    private DeviceKey keyOf(int d) {
        List<Object> eps = new ArrayList<>();
        for (int i = devStart[d]; i < devEnd[d]; i++) {
            if (kind[i] == ENDPOINT) {
                eps.add(shortName[i]);
                eps.add(mode[i]);
                eps.add(nodeUp[i]);
                eps.add(macvlan[i]);
            }
        }
        int s = devSeg[d];
        return new DeviceKey(s, s >= 0 && segHairpin[s], devUp[d], List.copyOf(eps));
    }

    /** Compiles {@code design} (see {@link TopologyBuilder}). */
    static Topology compile(Design design) {
        return TopologyBuilder.compile(design);
    }

    boolean isEndpoint(int i) {
        return kind[i] == ENDPOINT;
    }

    boolean isStation(int i) {
        return kind[i] == STATION;
    }

    /** The segment a node's frames enter when they leave its device (or the station's own switch). */
    int segOf(int i) {
        if (kind[i] == STATION) {
            return stationSeg[i];
        }
        int d = nodeDev[i];
        return d < 0 ? -1 : devSeg[d];
    }

    /** Can this node send or receive anything at all? */
    boolean alive(int i) {
        if (kind[i] == STATION) {
            return stationSeg[i] >= 0;
        }
        int d = nodeDev[i];
        return d >= 0 && devUp[d] && nodeUp[i];
    }

    /**
     * Does a unicast frame for node {@code t}, arriving at its device from the wire, reach {@code t}?
     * An up passthru endpoint takes every unicast, macvlan and macvtap alike (it has the device's MAC):
     * measured through real IP stacks, the host stack on that device gets none of it.
     */
    boolean takesUnicastFromWire(int t) {
        int owner = devPassthru[nodeDev[t]];
        return alive(t) && (owner < 0 || owner == t);
    }

    /**
     * Does node {@code d}'s netdev admit the solicited-node multicast group of its user's IPv6 address
     * (kernel-truth.md, "IPv6 and multicast")? Host stacks, stations and macvlan endpoints have their own
     * IPv6 stack, which joins it. A macvtap's netdev, passthru too, is configured by the project's apply,
     * and its guest's group is admitted only when apply makes it so: {@link #GUEST_MACVTAP_ADMITS_SOLICITED_NODE}.
     * (The driver's filter is a 256-bucket hash salted per endpoint, so an unjoined group sometimes passes:
     * no design can predict that, and the lab reports such targets instead of judging them.)
     */
    boolean admitsSolicitedNode(int d) {
        return !isEndpoint(d) || macvlan[d] || GUEST_MACVTAP_ADMITS_SOLICITED_NODE;
    }

    /**
     * What the project's apply does to a guest's macvtap: {@code addrgenmode none} (no host-side IPv6 address,
     * no DAD) and {@code allmulticast on}, which fills its multicast filter, so Neighbour Solicitations reach the
     * guest whatever its address (measured with real guests: 28 of 28 example pairs; 16 of 28 without
     * allmulticast). The backend's twin is {@code HostSide.of}; the one line to change if apply changes.
     */
    static final boolean GUEST_MACVTAP_ADMITS_SOLICITED_NODE = true;

    /** The semantic content of one device: equal keys mean equal reachability behaviour on it. */
    record DeviceKey(int seg, boolean hairpin, boolean up, List<Object> endpoints) {
    }
}
