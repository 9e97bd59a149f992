package org.mvtd.model.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.FormatVersions;
import org.mvtd.model.Guest;
import org.mvtd.model.Host;
import org.mvtd.model.LinkType;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Nic;
import org.mvtd.model.Station;

/**
 * Valid version-2 designs: a {@link RandomDesigns} design given VLAN devices (with some endpoints moved onto
 * them), stations in those VLANs, addresses (mostly on-link per segment, some in another subnet, IPv4 and
 * IPv6), source-mode endpoints listing MACs of the design (some with nodst), container guests on free macvlan
 * endpoints and nopromisc on passthru endpoints. The same seed always gives the same design.
 */
public final class VersionTwoDesigns {
    private static final int[] VLANS = {100, 200, 4094};

    private VersionTwoDesigns() {
    }

    public static Design generate(long seed) {
        Random random = new Random(seed);
        return decorate(RandomDesigns.generate(random.nextLong()), random);
    }

    public static Arbitrary<Design> arbitrary() {
        return Combinators.combine(RandomDesigns.arbitrary(), Arbitraries.longs())
                .as((d, seed) -> decorate(d, new Random(seed)));
    }

    /** {@code d} given version-2 keys as the class comment says; {@code d} must be valid. */
    public static Design decorate(Design d, Random random) {
        Map<String, Set<Integer>> vlansOn = new HashMap<>(); // switch -> VLAN ids some device carries there
        List<String> macs = new ArrayList<>();
        d.hosts().forEach(h -> h.endpoints().stream().filter(e -> e.mac() != null).forEach(e -> macs.add(e.mac())));
        List<Host> hosts = new ArrayList<>();
        int[] counter = {0}; // one address number per node of the design, so none repeats in a segment
        for (Host h : d.hosts()) {
            hosts.add(host(h, random, vlansOn, macs, counter));
        }
        List<Station> stations = new ArrayList<>();
        for (Station s : d.stations()) {
            List<Integer> ids = new ArrayList<>(vlansOn.getOrDefault(s.switchName(), Set.of()));
            Integer vlan = !ids.isEmpty() && random.nextBoolean() ? ids.get(random.nextInt(ids.size())) : null;
            stations.add(s.withVlan(vlan).withAddresses(addresses(random, s.switchName(), vlan, counter[0]++)));
        }
        Design out = d.withHosts(hosts).withStations(stations);
        Design done = out.withGuests(containers(out, random));
        return done.withVersion(FormatVersions.required(done));
    }

    private static Host host(Host h, Random random, Map<String, Set<Integer>> vlansOn, List<String> macs,
                             int[] counter) {
        List<Device> devices = new ArrayList<>();
        Map<String, String> moveTo = new HashMap<>();
        Set<String> names = new HashSet<>();
        h.devices().forEach(x -> names.add(x.name()));
        h.endpoints().forEach(x -> names.add(x.name()));
        int k = 0;
        for (Device dev : h.devices()) {
            devices.add(dev);
            boolean passthru = h.endpointsOn(dev.name()).stream().anyMatch(e -> e.mode() == MacvlanMode.PASSTHRU);
            if (passthru || dev.isVlan() || !random.nextBoolean()) {
                continue;
            }
            int id = VLANS[random.nextInt(VLANS.length)];
            String name = "zv" + k++;
            if (!names.add(name)) {
                continue;
            }
            devices.add(Device.vlan(name, dev.name(), id).withUp(random.nextInt(6) != 0)
                    .withHostAddress(random.nextBoolean()));
            moveTo.put(dev.name(), name);
            if (dev.switchName() != null) {
                vlansOn.computeIfAbsent(dev.switchName(), s -> new HashSet<>()).add(id);
            }
        }
        List<Endpoint> endpoints = new ArrayList<>();
        for (Endpoint e : h.endpoints()) {
            Endpoint x = e;
            String vlanDevice = moveTo.get(e.lower());
            if (vlanDevice != null && random.nextBoolean()) {
                x = x.withLower(vlanDevice);
            }
            if (x.mode() == MacvlanMode.PASSTHRU) {
                x = x.withNopromisc(random.nextBoolean());
            } else if (!macs.isEmpty() && random.nextInt(4) == 0) {
                List<String> listed = new ArrayList<>(new HashSet<>(List.of(macs.get(random.nextInt(macs.size())),
                        macs.get(random.nextInt(macs.size())))));
                x = x.withMode(MacvlanMode.SOURCE).withSourceMacs(listed).withNodst(random.nextBoolean());
            }
            endpoints.add(x);
        }
        List<Device> addressed = new ArrayList<>();
        for (Device dev : devices) {
            Host shaped = h.withDevices(devices);
            org.mvtd.model.rules.Segments.Place p = org.mvtd.model.rules.Segments.of(shaped, dev);
            addressed.add(dev.hostAddress() && p.plugged()
                    ? dev.withAddresses(addresses(random, p.switchName(), p.vlan() == 0 ? null : p.vlan(), counter[0]++))
                    : dev);
        }
        List<Endpoint> withAddresses = new ArrayList<>();
        Host shaped = h.withDevices(addressed);
        for (Endpoint e : endpoints) {
            org.mvtd.model.rules.Segments.Place p = shaped.device(e.lower())
                    .map(dev -> org.mvtd.model.rules.Segments.of(shaped, dev)).orElse(null);
            withAddresses.add(p == null || !p.plugged() ? e
                    : e.withAddresses(addresses(random, p.switchName(), p.vlan() == 0 ? null : p.vlan(), counter[0]++)));
        }
        return h.withDevices(addressed).withEndpoints(withAddresses);
    }

    /**
     * Addresses for a node of one segment: usually none or one in the segment's subnet, sometimes one in a
     * subnet nobody else uses (off-link), sometimes IPv6 too. {@code host} makes them unique in the segment;
     * segments of different switches share subnets on purpose (they never meet anyway).
     */
    private static List<String> addresses(Random random, String switchName, Integer vlan, int host) {
        int roll = random.nextInt(5);
        if (roll == 0 || switchName == null) {
            return List.of();
        }
        int net = (vlan == null ? 0 : vlan % 250) + 1;
        int sw = Math.floorMod(switchName.hashCode(), 200);
        List<String> out = new ArrayList<>();
        out.add(roll == 1 ? "172.16." + (host % 250) + ".9/24" : "10." + sw + "." + net + "." + (host % 250 + 1) + "/24");
        if (random.nextBoolean()) {
            out.add("2001:db8:" + Integer.toHexString(sw) + ":" + Integer.toHexString(net) + "::" + Integer.toHexString(host + 1) + "/64");
        }
        return out;
    }

    /** Some free macvlan endpoints become containers' NICs. */
    private static List<Guest> containers(Design d, Random random) {
        Set<String> used = new HashSet<>();
        d.guests().forEach(g -> g.nics().forEach(n -> used.add(g.host() + "/" + n.endpoint())));
        List<Guest> out = new ArrayList<>(d.guests());
        int k = 0;
        for (Host h : d.hosts()) {
            for (Endpoint e : h.endpoints()) {
                if (e.type() == LinkType.MACVLAN && !used.contains(h.name() + "/" + e.name()) && random.nextBoolean()) {
                    out.add(Guest.container("zc" + k++, h.name(), List.of(Nic.on(e.name()))));
                }
            }
        }
        return out;
    }
}
