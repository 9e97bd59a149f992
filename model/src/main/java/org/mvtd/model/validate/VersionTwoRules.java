package org.mvtd.model.validate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Host;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Station;
import org.mvtd.model.rules.IpAddresses;
import org.mvtd.model.rules.MacAddresses;
import org.mvtd.model.rules.Segments;

/**
 * The rules FORMAT.md's version 2 adds: VLAN devices (parent on the same host, not itself a vlan, id 1-4094,
 * no cable of their own, one device per parent and id), station VLANs, addresses (parse, host addresses only,
 * on a host stack only where there is one, unique per segment), and the mode-bound endpoint settings
 * ({@code sourceMacs}/{@code nodst} with source mode, {@code nopromisc} with passthru).
 */
final class VersionTwoRules {
    /** The highest VLAN id; 0 and 4095 are reserved by 802.1Q. */
    static final int MAX_VLAN = 4094;

    private final Design design;
    private final Findings out;
    /** "segment|address" to the element that has it first. */
    private final Map<String, String> addressOwners = new HashMap<>();

    private VersionTwoRules(Design design, Findings out) {
        this.design = design;
        this.out = out;
    }

    static void check(Design design, Findings out) {
        VersionTwoRules r = new VersionTwoRules(design, out);
        r.stations();
        for (int i = 0; i < design.hosts().size(); i++) {
            r.host(i, design.hosts().get(i));
        }
    }

    private void stations() {
        for (int i = 0; i < design.stations().size(); i++) {
            Station s = design.stations().get(i);
            Path p = new Path(ElementPaths.named("", "stations", s.name()), ElementPaths.indexed("", "stations", i));
            String what = "station '" + s.name() + "'";
            if (s.vlan() != null) {
                vlanRange(p, what, s.vlan());
            }
            boolean known = design.switchNamed(s.switchName()).isPresent();
            String segment = Segments.describe(s.switchName(), s.vlan() == null ? Segments.UNTAGGED : s.vlan());
            addresses(p, what, s.addresses(), known ? segment : null);
        }
    }

    private void host(int hi, Host h) {
        String hn = ElementPaths.named("", "hosts", h.name());
        String hx = ElementPaths.indexed("", "hosts", hi);
        Map<String, String> vlanPairs = new HashMap<>();
        for (int i = 0; i < h.devices().size(); i++) {
            Device d = h.devices().get(i);
            Path p = new Path(ElementPaths.named(hn, "devices", d.name()), ElementPaths.indexed(hx, "devices", i));
            String what = "device '" + d.name() + "' of host " + h.name();
            vlanDevice(h, d, p, what, vlanPairs);
            if (!d.addresses().isEmpty() && !d.hostAddress()) {
                out.error(p.key("addresses"), p.indexedKey("addresses"), what + " has addresses but 'hostAddress: false':"
                        + " no host stack sits there to carry them", "Remove the addresses or set 'hostAddress: true'.");
            } else {
                addresses(p, what, d.addresses(), segment(h, d));
            }
        }
        for (int i = 0; i < h.endpoints().size(); i++) {
            Endpoint e = h.endpoints().get(i);
            Path p = new Path(ElementPaths.named(hn, "endpoints", e.name()), ElementPaths.indexed(hx, "endpoints", i));
            String what = "endpoint '" + e.name() + "' of host " + h.name();
            modeSettings(e, p, what);
            addresses(p, what, e.addresses(), h.device(e.lower()).map(d -> segment(h, d)).orElse(null));
        }
    }

    private void vlanDevice(Host h, Device d, Path p, String what, Map<String, String> pairs) {
        if (!d.isVlan()) {
            for (String key : List.of("parent", "vlan")) {
                if (key.equals("parent") ? d.parent() != null : d.vlan() != null) {
                    out.error(p.key(key), p.indexedKey(key), what + " has '" + key + "', which only a device of kind"
                            + " vlan has", "Set 'kind: vlan', or remove '" + key + "'.");
                }
            }
            return;
        }
        if (d.parent() == null && d.vlan() == null) {
            out.warning(p.key("kind"), p.indexedKey("kind"), what + " is kind vlan without 'parent' and 'vlan': it is"
                    + " judged as an untagged device on its own cable, as in format version 1",
                    "Add 'parent' (the device it is on) and 'vlan' (its id), and remove 'switch'.");
            return;
        }
        if (d.parent() == null || d.vlan() == null) {
            String missing = d.parent() == null ? "parent" : "vlan";
            out.error(p.key(missing), p.indexedKey(missing), what + " is kind vlan but has no '" + missing
                    + "'; a VLAN device needs both its parent device and its VLAN id",
                    "Add '" + missing + ": " + (d.parent() == null ? "eth0" : "100") + "', say.");
            return;
        }
        vlanRange(p, what, d.vlan());
        Optional<Device> parent = h.device(d.parent());
        if (d.parent().equals(d.name())) {
            out.error(p.key("parent"), p.indexedKey("parent"), what + " names itself as its parent",
                    "Name the device whose cable the VLAN leaves through, e.g. 'eth0'.");
        } else if (parent.isEmpty()) {
            out.error(p.key("parent"), p.indexedKey("parent"), what + " has parent '" + d.parent() + "', which host "
                    + h.name() + " does not have", "Name one of " + h.name() + "'s devices.");
        } else if (parent.get().isVlan()) {
            out.error(p.key("parent"), p.indexedKey("parent"), what + " has parent '" + d.parent() + "', which is a vlan"
                    + " device itself; stacked VLANs (802.1ad) are not modelled", "Put the VLAN on the untagged device.");
        }
        if (d.switchName() != null) {
            out.error(p.key("switch"), p.indexedKey("switch"), what + " is a VLAN device plugged into switch '"
                    + d.switchName() + "'; it leaves through its parent's cable, so it has no switch of its own",
                    "Remove 'switch' from " + d.name() + "; plug " + d.parent() + " in instead.");
        }
        String earlier = pairs.putIfAbsent(d.parent() + "|" + d.vlan(), d.name());
        if (earlier != null) {
            out.error(p.key("vlan"), p.indexedKey("vlan"), what + " is VLAN " + d.vlan() + " on " + d.parent()
                    + ", which '" + earlier + "' is already; a parent carries each VLAN once", "Remove one of them.");
        }
    }

    private void vlanRange(Path p, String what, int vlan) {
        if (vlan < 1 || vlan > MAX_VLAN) {
            out.error(p.key("vlan"), p.indexedKey("vlan"), what + " has VLAN id " + vlan + "; VLAN ids are 1-"
                    + MAX_VLAN + " (0 and 4095 are reserved)", "Use an id from 1 to " + MAX_VLAN + ".");
        }
    }

    private void modeSettings(Endpoint e, Path p, String what) {
        boolean source = e.mode() == MacvlanMode.SOURCE;
        if (source && e.sourceMacs().isEmpty()) {
            out.error(p.key("sourceMacs"), p.indexedKey("sourceMacs"), what + " is in source mode without"
                    + " 'sourceMacs': it would receive nothing", "List the senders, e.g. 'sourceMacs: [\"52:54:00:aa:bb:cc\"]'.");
        }
        if (!source && !e.sourceMacs().isEmpty()) {
            out.error(p.key("sourceMacs"), p.indexedKey("sourceMacs"), what + " has 'sourceMacs' but is in "
                    + e.mode().kernelName() + " mode; the list belongs to source mode", "Set 'mode: source' or remove 'sourceMacs'.");
        }
        if (!source && e.nodst()) {
            out.error(p.key("nodst"), p.indexedKey("nodst"), what + " has 'nodst: true' but is in "
                    + e.mode().kernelName() + " mode; nodst belongs to source mode", "Set 'mode: source' or remove 'nodst'.");
        }
        if (e.nopromisc() && e.mode() != MacvlanMode.PASSTHRU) {
            out.error(p.key("nopromisc"), p.indexedKey("nopromisc"), what + " has 'nopromisc: true' but is in "
                    + e.mode().kernelName() + " mode; nopromisc belongs to passthru", "Set 'mode: passthru' or remove 'nopromisc'.");
        }
        Set<String> seen = new HashSet<>();
        for (String mac : e.sourceMacs()) {
            Optional<String> why = MacAddresses.problem(mac);
            if (why.isPresent()) {
                out.error(p.key("sourceMacs"), p.indexedKey("sourceMacs"), "source MAC '" + mac + "' of " + what + " "
                        + why.get(), "Write a sender's unicast address like 52:54:00:aa:bb:cc.");
            } else if (!seen.add(mac.toLowerCase(Locale.ROOT))) {
                out.error(p.key("sourceMacs"), p.indexedKey("sourceMacs"), "source MAC " + mac + " is listed twice in "
                        + what, "Remove the second one.");
            }
        }
    }

    /** Each address parses and is a host address; with a known segment, no one else there has it. */
    private void addresses(Path p, String what, List<String> addresses, String segment) {
        for (String a : addresses) {
            Optional<String> why = IpAddresses.problem(a);
            if (why.isPresent()) {
                out.error(p.key("addresses"), p.indexedKey("addresses"), "address '" + a + "' of " + what + " "
                        + why.get(), "Write it in CIDR form, such as 192.0.2.10/24 or 2001:db8::10/64.");
                continue;
            }
            if (segment == null) {
                continue;
            }
            String key = segment + "|" + IpAddresses.parse(a).orElseThrow().addressKey();
            String other = addressOwners.putIfAbsent(key, what);
            if (other != null) {
                out.error(p.key("addresses"), p.indexedKey("addresses"), "address " + a + " of " + what + " is "
                        + (other.equals(what) ? "listed twice" : "already " + other + "'s") + " on the same segment ("
                        + segment + ")", "Give each node its own address.");
            }
        }
    }

    private static String segment(Host h, Device d) {
        Segments.Place place = Segments.of(h, d);
        return place.plugged() ? Segments.describe(place.switchName(), place.vlan())
                : "unplugged device " + h.name() + "/" + d.name();
    }

    /** An element's two paths (named, indexed). */
    private record Path(String named, String indexed) {
        String key(String k) {
            return ElementPaths.key(named, k);
        }

        String indexedKey(String k) {
            return ElementPaths.key(indexed, k);
        }
    }
}
