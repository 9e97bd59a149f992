package org.mvtd.model.reach;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Guest;
import org.mvtd.model.Host;
import org.mvtd.model.LinkType;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Nic;
import org.mvtd.model.Station;
import org.mvtd.model.Switch;
import org.mvtd.model.reach.PrimitiveLists.BoolList;
import org.mvtd.model.reach.PrimitiveLists.ByteList;
import org.mvtd.model.reach.PrimitiveLists.IntList;
import org.mvtd.model.rules.IpAddresses;
import org.mvtd.model.rules.IpAddresses.Cidr;
import org.mvtd.model.rules.Segments;

/**
 * The one full compile of a design into a {@link Topology}: walks switches, hosts (devices, then their
 * endpoints), detached endpoints and stations in design order, growing the per-node, per-device and
 * per-segment columns that the topology then freezes into arrays. Duplicates (validation errors) are
 * skipped, first one wins, and mark the result as not patchable.
 */
final class TopologyBuilder {
    final List<Node> nodes = new ArrayList<>();
    final Map<String, Integer> index = new HashMap<>();
    final ByteList kind = new ByteList();
    final IntList nodeDev = new IntList();
    final IntList stationSeg = new IntList();
    final List<MacvlanMode> modes = new ArrayList<>();
    final BoolList nodeUp = new BoolList();
    final BoolList macvlan = new BoolList();
    final List<String> shortNames = new ArrayList<>();
    final List<String> hostOf = new ArrayList<>();
    final List<String> detachedLower = new ArrayList<>();
    final List<String> devIds = new ArrayList<>();
    final List<String> devNames = new ArrayList<>();
    final IntList devSeg = new IntList();
    final BoolList devUp = new BoolList();
    final IntList devStart = new IntList();
    final IntList devEnd = new IntList();
    final IntList devHostNode = new IntList();
    final IntList devPassthru = new IntList();
    final List<Topology.DeviceKey> devKeys = new ArrayList<>();
    final List<String> segNames = new ArrayList<>();
    final BoolList segHairpin = new BoolList();
    final IntList segSwitch = new IntList();
    final IntList segVlan = new IntList();
    /** "switch index|vlan" of each VLAN segment made so far. */
    final Map<String, Integer> vlanSegs = new HashMap<>();
    final List<String> macs = new ArrayList<>();
    final List<Set<String>> sourceLists = new ArrayList<>();
    final BoolList nodst = new BoolList();
    final List<List<Cidr>> addresses = new ArrayList<>();
    final List<IntList> segDevices = new ArrayList<>();
    final List<IntList> segStations = new ArrayList<>();
    final List<Object> shape = new ArrayList<>();
    final List<String> hostNames = new ArrayList<>();
    final IntList hostDevStart = new IntList();
    final IntList hostDevEnd = new IntList();
    boolean patchable = true;
    int hostCount;

    private TopologyBuilder() {
    }

    /** The segment of {@code vlan} on switch {@code switchName}, made on first use; -1 for an unknown switch. */
    int segment(Map<String, Integer> seg, String switchName, int vlan) {
        Integer s = switchName == null ? null : seg.get(switchName);
        if (s == null || vlan == Segments.UNTAGGED) {
            return s == null ? -1 : s;
        }
        return vlanSegs.computeIfAbsent(s + "|" + vlan, k -> {
            int idx = segNames.size();
            newSegment(segNames.get(s), segHairpin.get(s), s, vlan);
            return idx;
        });
    }

    void newSegment(String name, boolean hairpin, int switchIndex, int vlan) {
        segNames.add(name);
        segHairpin.add(hairpin);
        segSwitch.add(switchIndex);
        segVlan.add(vlan);
        segDevices.add(new IntList());
        segStations.add(new IntList());
    }

    void addDevice(Host h, Device d, Map<String, Integer> seg, Map<String, String> guestOf) {
        int di = devIds.size();
        String id = h.name() + "/" + d.name();
        Segments.Place place = Segments.of(h, d);
        int segIdx = segment(seg, place.switchName(), place.vlan());
        // A VLAN device is down in effect while its parent is: no carrier comes through.
        boolean up = d.up() && Segments.parent(h, d).map(Device::up).orElse(true);
        Integer vlan = place.vlan() == Segments.UNTAGGED ? null : place.vlan();
        devIds.add(id);
        devNames.add(d.name());
        devSeg.add(segIdx);
        devUp.add(up);
        devStart.add(nodes.size());
        int hostNode = -1;
        if (d.hostAddress()) {
            hostNode = addNode(new Node(id, NodeKind.DEVICE, null, null, vlan, d.addresses()), Topology.HOST_STACK, di,
                    -1, null, null, true, d.name(), h.name(), null);
            if (hostNode >= 0) {
                facts(null, List.of(), false, d.addresses());
            }
        }
        devHostNode.add(hostNode);
        int passthru = -1;
        List<Object> epKey = new ArrayList<>();
        for (Endpoint e : h.endpoints()) {
            if (e.lower().equals(d.name())) {
                int ni = addEndpoint(h, e, di, vlan, guestOf);
                if (ni >= 0) {
                    epKey.add(e.name());
                    epKey.add(e.mode());
                    epKey.add(e.up());
                    epKey.add(e.type() == LinkType.MACVLAN);
                    if (passthru < 0 && e.mode() == MacvlanMode.PASSTHRU) {
                        passthru = ni;
                    }
                }
            }
        }
        devEnd.add(nodes.size());
        devPassthru.add(passthru);
        if (segIdx >= 0) {
            segDevices.get(segIdx).add(di);
        }
        devKeys.add(new Topology.DeviceKey(segIdx, segIdx >= 0 && segHairpin.get(segIdx), up, List.copyOf(epKey)));
        shape.add(id);
        shape.add(segIdx);
        shape.add(devStart.get(di));
        shape.add(nodes.size());
    }

    int addEndpoint(Host h, Endpoint e, int di, Integer vlan, Map<String, String> guestOf) {
        String id = h.name() + "/" + e.name();
        Node node = new Node(id, NodeKind.ENDPOINT, e.mode(), guestOf.get(id), vlan, e.addresses());
        int ni = addNode(node, Topology.ENDPOINT, di, -1, e.mode(), e.type(), e.up(), e.name(), h.name(),
                di < 0 ? e.lower() : null);
        if (ni >= 0) {
            facts(e.mac(), e.mode() == MacvlanMode.SOURCE ? e.sourceMacs() : List.of(), e.nodst(), e.addresses());
        }
        return ni;
    }

    void addStation(Station st, int segIdx) {
        Node node = new Node(st.name(), NodeKind.STATION, null, null, st.vlan(), st.addresses());
        int ni = addNode(node, Topology.STATION, -1, segIdx, null, null, true, st.name(), null, null);
        if (ni >= 0) {
            facts(null, List.of(), false, st.addresses());
            if (segIdx >= 0) {
                segStations.get(segIdx).add(ni);
            }
        }
    }

    /** The version-2 facts of the node just added: its MAC, a source list, and its parsed addresses. */
    private void facts(String mac, List<String> sourceMacs, boolean nodstFlag, List<String> addrs) {
        macs.add(mac == null ? null : mac.toLowerCase(Locale.ROOT));
        sourceLists.add(sourceMacs.isEmpty() ? null
                : sourceMacs.stream().map(m -> m.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()));
        nodst.add(nodstFlag);
        addresses.add(addrs.stream().map(IpAddresses::parse).flatMap(Optional::stream).toList());
    }

    private int addNode(Node node, byte k, int di, int stSeg, MacvlanMode m, LinkType linkType, boolean up,
                        String shortName, String host, String missingLower) {
        if (index.containsKey(node.id())) {
            patchable = false;
            return -1; // duplicate names are validation errors; the first one wins here
        }
        int ni = nodes.size();
        nodes.add(node);
        index.put(node.id(), ni);
        kind.add(k);
        nodeDev.add(di);
        stationSeg.add(stSeg);
        modes.add(m);
        nodeUp.add(up);
        macvlan.add(linkType == LinkType.MACVLAN);
        shortNames.add(shortName);
        hostOf.add(host);
        detachedLower.add(missingLower);
        shape.add(node.id());
        shape.add(stSeg);
        return ni;
    }

    static Topology compile(Design design) {
        TopologyBuilder b = new TopologyBuilder();
        Map<String, Integer> seg = new HashMap<>();
        for (Switch sw : design.switches()) {
            if (seg.containsKey(sw.name())) {
                b.patchable = false;
            } else {
                seg.put(sw.name(), b.segNames.size());
                b.newSegment(sw.name(), sw.hairpin(), b.segNames.size(), Segments.UNTAGGED);
            }
        }
        Map<String, String> guestOf = new HashMap<>();
        for (Guest g : design.guests()) {
            for (Nic nic : g.nics()) {
                guestOf.putIfAbsent(g.host() + "/" + nic.endpoint(), g.name());
            }
        }
        Set<String> hostNames = new HashSet<>();
        for (Host h : design.hosts()) {
            if (!hostNames.add(h.name())) {
                b.patchable = false;
                continue; // a duplicate host is a validation error; its twin is ignored here
            }
            b.hostCount++;
            b.hostNames.add(h.name());
            b.hostDevStart.add(b.devIds.size());
            Set<String> devNames = new HashSet<>();
            for (Device d : h.devices()) {
                if (devNames.add(d.name())) {
                    b.addDevice(h, d, seg, guestOf);
                } else {
                    b.patchable = false;
                }
            }
            b.hostDevEnd.add(b.devIds.size());
            for (Endpoint e : h.endpoints()) {
                if (!devNames.contains(e.lower())) {
                    b.patchable = false;
                    b.addEndpoint(h, e, -1, null, guestOf);
                }
            }
        }
        for (Station st : design.stations()) {
            boolean validVlan = st.vlan() != null && st.vlan() >= 1;
            b.addStation(st, b.segment(seg, st.switchName(), validVlan ? st.vlan() : Segments.UNTAGGED));
        }
        return new Topology(b);
    }
}
