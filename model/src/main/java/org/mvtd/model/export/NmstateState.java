package org.mvtd.model.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Host;
import org.mvtd.model.LinkType;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.rules.Segments;

/**
 * A host's nmstate desired state as a tree: VLAN devices first (type vlan, base-iface, id), then per
 * endpoint a {@code mac-vlan} or {@code mac-vtap} interface with base-iface, mode and promiscuous, and
 * the addresses of the links no guest uses. Shared by the nmstate file and the Kubernetes policy.
 */
final class NmstateState {
    /** The desired state and what nmstate cannot say, for comments. */
    record State(Map<String, Object> tree, List<String> notes) {
    }

    private NmstateState() {
    }

    static State of(Design design, Host h) {
        List<Object> interfaces = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Device d : h.devices()) {
            if (Segments.tagged(d)) {
                Map<String, Object> i = iface(d.name(), "vlan", d.up());
                i.put("vlan", map("base-iface", d.parent(), "id", d.vlan()));
                addresses(i, d.addresses());
                interfaces.add(i);
            }
        }
        for (Endpoint e : h.endpoints()) {
            String kind = e.type() == LinkType.MACVTAP ? "mac-vtap" : "mac-vlan";
            Map<String, Object> i = iface(e.name(), kind, e.up());
            if (e.mac() != null) {
                i.put("mac-address", e.mac().toUpperCase(Locale.ROOT));
            }
            i.put(kind, map("base-iface", e.lower(), "mode", e.mode().kernelName(), "promiscuous", !e.nopromisc()));
            List<String> users = NmConnections.users(design, h, e);
            // a guest's addresses are set inside the guest; the host side of its link stays without one
            addresses(i, users.isEmpty() ? e.addresses() : List.of());
            if (!users.isEmpty() && !e.addresses().isEmpty()) {
                notes.add(e.name() + " is used by " + String.join(", ", users) + ": its addresses are set inside, not here");
            }
            if (e.mode() == MacvlanMode.SOURCE) {
                notes.add(e.name() + ": nmstate has no key for the source MAC list; add each with"
                        + " ip link set dev " + e.name() + " type " + e.type().kernelName() + " macaddr add MAC");
            }
            if (e.nodst()) {
                notes.add(e.name() + ": nmstate has no key for 'nodst'");
            }
            interfaces.add(i);
        }
        return new State(map("interfaces", interfaces), notes);
    }

    private static Map<String, Object> iface(String name, String type, boolean up) {
        return map("name", name, "type", type, "state", up ? "up" : "down");
    }

    private static void addresses(Map<String, Object> iface, List<String> addresses) {
        for (String family : List.of("ipv4", "ipv6")) {
            List<Object> mine = new ArrayList<>();
            for (String a : addresses) {
                if (a.contains(":") == family.equals("ipv6")) {
                    int slash = a.indexOf('/');
                    int prefix = slash < 0 ? (family.equals("ipv6") ? 128 : 32) : Integer.parseInt(a.substring(slash + 1));
                    mine.add(map("ip", slash < 0 ? a : a.substring(0, slash), "prefix-length", prefix));
                }
            }
            Map<String, Object> ip = map("enabled", !mine.isEmpty());
            if (!mine.isEmpty()) {
                ip.put("dhcp", false);
                if (family.equals("ipv6")) {
                    ip.put("autoconf", false);
                }
                ip.put("address", mine);
            }
            iface.put(family, ip);
        }
    }

    /** An ordered map from alternating keys and values, so the YAML keeps the documented key order. */
    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
