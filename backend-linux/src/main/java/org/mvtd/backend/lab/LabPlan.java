package org.mvtd.backend.lab;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.mvtd.backend.link.HostSide;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Host;
import org.mvtd.model.LinkType;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Station;
import org.mvtd.model.Switch;
import org.mvtd.model.reach.Node;
import org.mvtd.model.reach.NodeKind;
import org.mvtd.model.validate.Validator;

/**
 * What the lab will create for a design, as iproute2 batch lines per namespace and per phase, plus
 * where every reachability node lives. Pure: building a plan touches nothing, so it is unit-tested
 * without root.
 *
 * <p>Layout: each switch is bridge {@code br0} in its own namespace; each host a namespace where its
 * devices are veths (same names as in the design) whose peers are ports of their switch's bridge; an
 * unplugged device's peer stays in the host namespace, up, so the device has carrier as a NIC with a
 * cable to nowhere would not, but frames leaving it go nowhere (the design's "unplugged" is about
 * reach, not link state; endpoints then stay usable among themselves). Each station is a namespace
 * with {@code eth0}, a veth into its switch. All links are created up; devices and endpoints that are
 * down in the design are set down last, so down endpoints on down devices are down twice over.
 */
public final class LabPlan {
    static final String BRIDGE = "br0";
    static final String STATION_IF = "eth0";
    /** macvtap's ptr_ring is sized from txqueuelen when the tap is opened: room for every probe. */
    static final int TAP_QUEUE = 10_000;
    /** Endpoints per link group: teardown deletes a group at a time, never holding rtnl for long. */
    static final int GROUP_SLICE = 256;
    static final int FIRST_GROUP = 100;
    /**
     * What the project's apply sets on a macvtap ({@link HostSide#of}: addrgenmode none, allmulticast on),
     * so the lab's guests meet the multicast filter real guests meet; the engine's twin is
     * Topology.GUEST_MACVTAP_ADMITS_SOLICITED_NODE.
     */
    static final String GUEST_ADDRGENMODE = HostSide.of(LinkType.MACVTAP).addrGen().name().toLowerCase(java.util.Locale.ROOT);
    static final String GUEST_ALLMULTICAST = Boolean.TRUE.equals(HostSide.of(LinkType.MACVTAP).allMulti()) ? "on" : "off";
    /** Every IP-stack node gets one address in this lab-only prefix (RFC 2544 benchmarking space): all on-link. */
    static final long NET = LabFrames.parseIp("198.18.0.0");
    static final int PREFIX = 15;
    /** Sentinels speak from the upper half of the prefix, which no node uses. */
    static final long SENTINEL_NET = LabFrames.parseIp("198.19.128.0");

    private final LabNames names;
    private final List<String> namespaces = new ArrayList<>();
    private final Map<String, List<String>> hostLines = new LinkedHashMap<>();
    private final Map<String, List<String>> switchLines = new LinkedHashMap<>();
    private final Map<String, List<String>> stationLines = new LinkedHashMap<>();
    private final Map<String, Integer> groupsPerNs = new LinkedHashMap<>();
    private final List<ProbeNode> nodes = new ArrayList<>();
    private final Set<String> tapNamespaces = new HashSet<>();
    private final Set<String> stackNamespaces = new LinkedHashSet<>();
    private final List<Sentinel> sentinels = new ArrayList<>();

    /**
     * A lower device's far end, from which the prober sends one broadcast into the device after all probes.
     * The macvlan driver queues broadcasts that arrive from the wire and delivers them from a work item,
     * per device in order, to every up endpoint: once an endpoint of the device receives the sentinel,
     * every earlier queued broadcast of that device has been delivered.
     *
     * @param netns     where the peer is (the switch's namespace, or the host's for an unplugged device)
     * @param ifname    the peer interface
     * @param src       a source MAC no node uses, so the driver treats the frame as from the outside
     * @param ip        the sender address of its ARP requests, which no node uses
     * @param listeners the up endpoints on the device (node ids)
     */
    public record Sentinel(String netns, String ifname, Mac src, long ip, List<String> listeners) {
        public Sentinel {
            Objects.requireNonNull(netns, "netns");
            Objects.requireNonNull(ifname, "ifname");
            Objects.requireNonNull(src, "src");
            listeners = List.copyOf(listeners);
        }
    }

    private LabPlan(LabNames names) {
        this.names = names;
    }

    /**
     * Plans {@code design}; {@code rnd} picks MACs the design leaves open. Throws
     * {@link IllegalArgumentException} naming the element when the design cannot be built.
     */
    public static LabPlan of(Design design, LabNames names, Random rnd) {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(rnd, "rnd");
        LabScope.check(design);
        LabPlan p = new LabPlan(names);
        p.plan(design, new MacPool(design, rnd));
        return p;
    }

    private void plan(Design d, MacPool macs) {
        Map<String, String> switchNs = new LinkedHashMap<>();
        for (int i = 0; i < d.switches().size(); i++) {
            Switch s = d.switches().get(i);
            String ns = names.switchNs(i);
            switchNs.put(s.name(), ns);
            namespaces.add(ns);
            List<String> l = new ArrayList<>();
            l.add("link add name " + BRIDGE + " type bridge stp_state 0 forward_delay 0 mcast_snooping 0");
            l.add("link set dev " + BRIDGE + " up");
            switchLines.put(ns, l);
        }
        Map<String, Boolean> hairpin = new LinkedHashMap<>();
        d.switches().forEach(s -> hairpin.put(s.name(), s.hairpin()));
        for (int h = 0; h < d.hosts().size(); h++) {
            planHost(d, d.hosts().get(h), h, switchNs, hairpin, macs);
        }
        for (int t = 0; t < d.stations().size(); t++) {
            Station st = d.stations().get(t);
            String sw = switchNs.get(st.switchName());
            if (sw == null) {
                throw new IllegalArgumentException("station " + st.name() + ": switch '" + st.switchName() + "' does not exist");
            }
            String ns = names.stationNs(t);
            namespaces.add(ns);
            String port = "st" + t;
            Mac mac = macs.fresh();
            switchLines.get(sw).add("link add name " + port + " address " + macs.fresh() + " type veth peer name " + STATION_IF
                    + " netns " + ns + " address " + mac);
            enslave(switchLines.get(sw), port, hairpin.get(st.switchName()));
            List<String> sl = new ArrayList<>(List.of("link set dev " + STATION_IF + " up"));
            stationLines.put(ns, sl);
            addNode(new Node(st.name(), NodeKind.STATION, null, null), ns, STATION_IF, mac, ChannelKind.STACK, sl);
        }
    }

    private void planHost(Design d, Host host, int h, Map<String, String> switchNs, Map<String, Boolean> hairpin,
                          MacPool macs) {
        String ns = names.hostNs(h);
        namespaces.add(ns);
        List<String> l = new ArrayList<>();
        List<String> last = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        host.devices().forEach(dev -> taken.add(dev.name()));
        host.endpoints().forEach(e -> taken.add(e.name()));
        for (String n : taken) {
            checkName(host.name(), n);
        }
        int unplugged = 0;
        int endpointCount = 0;
        for (int i = 0; i < host.devices().size(); i++) {
            Device dev = host.devices().get(i);
            Mac devMac = macs.fresh();
            String peerNs;
            String peerName;
            if (dev.plugged()) {
                String sw = switchNs.get(dev.switchName());
                if (sw == null) {
                    throw new IllegalArgumentException("device " + host.name() + "/" + dev.name() + ": switch '"
                            + dev.switchName() + "' does not exist");
                }
                String port = "h" + h + "d" + i;
                l.add("link add name " + dev.name() + " address " + devMac + " type veth peer name " + port + " netns " + sw
                        + " address " + macs.fresh());
                enslave(switchLines.get(sw), port, hairpin.get(dev.switchName()));
                peerNs = sw;
                peerName = port;
            } else {
                String peer;
                do {
                    peer = "unplug" + unplugged++;
                } while (taken.contains(peer));
                taken.add(peer);
                l.add("link add name " + dev.name() + " address " + devMac + " type veth peer name " + peer + " address " + macs.fresh());
                l.add("link set dev " + peer + " up");
                peerNs = ns;
                peerName = peer;
            }
            l.add("link set dev " + dev.name() + " up");
            if (dev.hostAddress()) {
                addNode(new Node(host.name() + "/" + dev.name(), NodeKind.DEVICE, null, null), ns, dev.name(), devMac,
                        ChannelKind.STACK, l);
            }
            List<String> listening = new ArrayList<>();
            for (Endpoint e : host.endpointsOn(dev.name())) {
                int group = FIRST_GROUP + endpointCount++ / GROUP_SLICE;
                planEndpoint(d, host, e, devMac, ns, group, l, macs);
                if (!e.up()) {
                    last.add("link set dev " + e.name() + " down");
                } else if (e.mode() != MacvlanMode.SOURCE) {
                    // a source endpoint takes only its listed senders' frames, never the sentinel's
                    listening.add(host.name() + "/" + e.name());
                }
            }
            if (dev.up() && !listening.isEmpty()) {
                sentinels.add(new Sentinel(peerNs, peerName, macs.fresh(), SENTINEL_NET + 1 + sentinels.size(), listening));
            }
            if (!dev.up()) {
                last.add("link set dev " + dev.name() + " down");
            }
        }
        for (Endpoint e : host.endpoints()) {
            if (host.device(e.lower()).isEmpty()) {
                throw new IllegalArgumentException("endpoint " + host.name() + "/" + e.name() + ": lower device '"
                        + e.lower() + "' does not exist on host " + host.name());
            }
        }
        l.addAll(last);
        hostLines.put(ns, l);
        groupsPerNs.put(ns, endpointCount == 0 ? 0 : (endpointCount - 1) / GROUP_SLICE + 1);
    }

    private void planEndpoint(Design d, Host host, Endpoint e, Mac devMac, String ns, int group, List<String> l,
                              MacPool macs) {
        StringBuilder add = new StringBuilder("link add link " + e.lower() + " name " + e.name());
        Mac mac;
        if (e.mode() == MacvlanMode.PASSTHRU) {
            // passthru takes the lower device's address; setting one would rewrite the device's too.
            mac = devMac;
        } else {
            mac = e.mac() != null ? Mac.parse(e.mac()) : macs.fresh();
            add.append(" address ").append(mac);
        }
        if (e.type() == LinkType.MACVTAP) {
            add.append(" txqueuelen ").append(TAP_QUEUE);
        }
        add.append(" group ").append(group).append(" type ").append(e.type().kernelName())
                .append(" mode ").append(e.mode().kernelName()).append(LabScope.modeFlag(e));
        l.add(add.toString());
        l.addAll(LabScope.sourceLines(e));
        if (e.type() == LinkType.MACVTAP) {
            l.add("link set dev " + e.name() + " addrgenmode " + GUEST_ADDRGENMODE + " allmulticast " + GUEST_ALLMULTICAST);
        }
        l.add("link set dev " + e.name() + " up");
        String guest = d.guestOn(host.name(), e.name()).map(g -> g.name()).orElse(null);
        ChannelKind ch = e.type() == LinkType.MACVTAP ? ChannelKind.TAP : ChannelKind.STACK;
        if (ch == ChannelKind.TAP) {
            tapNamespaces.add(ns);
        }
        addNode(new Node(host.name() + "/" + e.name(), NodeKind.ENDPOINT, e.mode(), guest), ns, e.name(), mac, ch, l);
    }

    /**
     * Adds a node with the next lab address; an IP-stack node gets it on its interface (a guest's address
     * lives only in the frames written to its tap).
     */
    private void addNode(Node node, String ns, String ifname, Mac mac, ChannelKind ch, List<String> lines) {
        long ip = NET + 1 + nodes.size();
        String ip6 = LabFrames.ip6(ch == ChannelKind.STACK ? LabFrames.labLinkLocal(nodes.size() + 1)
                : LabFrames.eui64LinkLocal(mac));
        if (ch == ChannelKind.STACK) {
            lines.add("address add " + LabFrames.ip(ip) + "/" + PREFIX + " dev " + ifname);
            lines.add("address add " + ip6 + "/64 dev " + ifname + " nodad");
            stackNamespaces.add(ns);
        }
        nodes.add(new ProbeNode(node, ns, ifname, mac, ch, ip, ip6));
    }

    private static void enslave(List<String> lines, String port, boolean hairpin) {
        lines.add("link set dev " + port + " master " + BRIDGE);
        lines.add("link set dev " + port + " type bridge_slave hairpin " + (hairpin ? "on" : "off") + " learning on");
        lines.add("link set dev " + port + " up");
    }

    /**
     * Interface names become kernel names inside the host's namespace: hold them to the kernel's rules.
     * Every batch line names links after {@code dev}/{@code name}/{@code link} keywords, so names that
     * iproute2 would otherwise take for keywords ("a", "up", "type") are still read as names.
     */
    static void checkName(String host, String name) {
        String where = "host " + host + ": interface name '" + name + "' ";
        Validator.interfaceNameProblem(name).ifPresent(why -> {
            throw new IllegalArgumentException(where + why);
        });
        if (name.equals("lo")) {
            throw new IllegalArgumentException(where + "is taken by the loopback device of the lab namespace");
        }
    }

    public LabNames names() {
        return names;
    }

    /** Every namespace of the run: switches, hosts, stations. */
    public List<String> namespaces() {
        return List.copyOf(namespaces);
    }

    /** Phase 1: per host namespace, its veths (peers land in the switch namespaces) and endpoints. */
    public Map<String, List<String>> hostBatches() {
        return copy(hostLines);
    }

    /** Phase 2: per switch namespace, the bridge, station veths and every port's hairpin. */
    public Map<String, List<String>> switchBatches() {
        return copy(switchLines);
    }

    /** Phase 3: per station namespace, its interface up. */
    public Map<String, List<String>> stationBatches() {
        return copy(stationLines);
    }

    /** Endpoint link groups used in each host namespace (FIRST_GROUP, FIRST_GROUP+1, ...). */
    public int groups(String hostNs) {
        return groupsPerNs.getOrDefault(hostNs, 0);
    }

    /** The host namespaces that hold macvtap endpoints (their threads need a private sysfs). */
    public boolean needsTaps(String ns) {
        return tapNamespaces.contains(ns);
    }

    /** The namespaces holding IP-stack nodes, in plan order (their neighbour tables are read). */
    public List<String> stackNamespaces() {
        return List.copyOf(stackNamespaces);
    }

    /** The nodes in reach order: per host, per device its host stack then its endpoints; then stations. */
    public List<ProbeNode> nodes() {
        List<ProbeNode> out = new ArrayList<>();
        nodes.stream().filter(n -> n.node().kind() != NodeKind.STATION).forEach(out::add);
        nodes.stream().filter(n -> n.node().kind() == NodeKind.STATION).forEach(out::add);
        return out;
    }

    /** One sentinel per up lower device that has up endpoints. */
    public List<Sentinel> sentinels() {
        return List.copyOf(sentinels);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> m) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    /** MACs the lab chooses: locally administered, never equal to one the design names. */
    private static final class MacPool {
        private final Random rnd;
        private final Set<Mac> used = new HashSet<>();

        MacPool(Design d, Random rnd) {
            this.rnd = rnd;
            d.hosts().forEach(h -> h.endpoints().forEach(e -> {
                if (e.mac() != null) {
                    used.add(Mac.parse(e.mac()));
                }
            }));
        }

        Mac fresh() {
            Mac m;
            do {
                m = Mac.randomLocal(rnd);
            } while (!used.add(m));
            return m;
        }
    }
}
