package org.mvtd.model.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Guest;
import org.mvtd.model.Host;
import org.mvtd.model.LinkType;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Nic;
import org.mvtd.model.rules.Segments;

/**
 * A host's NetworkManager connection profiles as setting → property → value (nm-settings(5) names),
 * shared by the keyfile and the nmcli exports so both say the same: one profile per VLAN device and
 * per endpoint, the VLANs first since the endpoints on them need them.
 */
final class NmConnections {
    /** One profile; {@code notes} are what NetworkManager cannot express, for a comment. */
    record Profile(String name, Map<String, Map<String, String>> settings, List<String> notes) {
    }

    private NmConnections() {
    }

    /** NetworkManager's own numbering of the macvlan modes (nm-settings(5), macvlan.mode), not the kernel's bitmask. */
    static int mode(MacvlanMode m) {
        return switch (m) {
            case VEPA -> 1;
            case BRIDGE -> 2;
            case PRIVATE -> 3;
            case PASSTHRU -> 4;
            case SOURCE -> 5;
        };
    }

    static List<Profile> of(Design design, Host h) {
        List<Profile> out = new ArrayList<>();
        for (Device d : h.devices()) {
            if (Segments.tagged(d)) {
                Map<String, Map<String, String>> s = connection(h, d.name(), "vlan", d.up());
                s.put("vlan", new LinkedHashMap<>(Map.of("parent", d.parent(), "id", String.valueOf(d.vlan()))));
                addresses(s, d.addresses());
                out.add(new Profile(d.name(), s, List.of()));
            }
        }
        for (Endpoint e : h.endpoints()) {
            Map<String, Map<String, String>> s = connection(h, e.name(), "macvlan", e.up());
            if (e.mac() != null) {
                s.put("ethernet", new LinkedHashMap<>(Map.of("cloned-mac-address", e.mac().toUpperCase(java.util.Locale.ROOT))));
            }
            Map<String, String> mv = new LinkedHashMap<>();
            mv.put("parent", e.lower());
            mv.put("mode", String.valueOf(mode(e.mode())));
            mv.put("promiscuous", String.valueOf(!e.nopromisc()));
            mv.put("tap", String.valueOf(e.type() == LinkType.MACVTAP));
            s.put("macvlan", mv);
            List<String> notes = new ArrayList<>();
            List<String> users = users(design, h, e);
            if (users.isEmpty()) {
                addresses(s, e.addresses());
            } else {
                // the addresses are the guest's own, set inside it; the host side stays without one
                addresses(s, List.of());
                notes.add("used by " + String.join(", ", users) + ": its addresses are set inside, not here");
            }
            if (e.mode() == MacvlanMode.SOURCE) {
                notes.add("NetworkManager has no key for the source MAC list: after it is up, run"
                        + " ip link set dev " + e.name() + " type " + e.type().kernelName() + " macaddr add MAC");
            }
            if (e.nodst()) {
                notes.add("NetworkManager has no key for 'nodst'");
            }
            out.add(new Profile(e.name(), s, notes));
        }
        return out;
    }

    /** The guests of {@code h} whose NICs use endpoint {@code e}. */
    static List<String> users(Design design, Host h, Endpoint e) {
        List<String> users = new ArrayList<>();
        for (Guest g : design.guests()) {
            for (Nic n : g.nics()) {
                if (g.host().equals(h.name()) && n.endpoint().equals(e.name())) {
                    users.add(g.name());
                }
            }
        }
        return users;
    }

    private static Map<String, Map<String, String>> connection(Host h, String ifname, String type, boolean up) {
        Map<String, Map<String, String>> s = new LinkedHashMap<>();
        Map<String, String> c = new LinkedHashMap<>();
        c.put("id", ifname);
        // stable across exports, so re-importing a keyfile replaces the profile instead of adding one
        c.put("uuid", UUID.nameUUIDFromBytes(("macvtap-designer/" + h.name() + "/" + ifname).getBytes(StandardCharsets.UTF_8))
                .toString());
        c.put("type", type);
        c.put("interface-name", ifname);
        c.put("autoconnect", String.valueOf(up));
        s.put("connection", c);
        return s;
    }

    private static void addresses(Map<String, Map<String, String>> s, List<String> addresses) {
        for (String family : List.of("ipv4", "ipv6")) {
            Map<String, String> ip = new LinkedHashMap<>();
            List<String> mine = addresses.stream().filter(a -> a.contains(":") == family.equals("ipv6")).toList();
            ip.put("method", mine.isEmpty() ? "disabled" : "manual");
            for (int i = 0; i < mine.size(); i++) {
                ip.put("address" + (i + 1), mine.get(i));
            }
            s.put(family, ip);
        }
    }
}
