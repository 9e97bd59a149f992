package org.mvtd.model.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.DeviceKind;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Guest;
import org.mvtd.model.Host;
import org.mvtd.model.LinkType;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Nic;
import org.mvtd.model.NicModel;
import org.mvtd.model.Station;
import org.mvtd.model.Switch;
import org.mvtd.model.testing.Examples;

/**
 * The five shared example designs (/work/shared/examples) as the YAML reader yields them, plus a
 * hostile one whose free-text names try to break out of XML, shell and comments.
 */
final class ExampleDesigns {
    private ExampleDesigns() {
    }

    /** The shared examples by name (read by the YAML reader once it is built), plus the hostile one. */
    static Map<String, Design> all() {
        Map<String, Design> all = new TreeMap<>(shared());
        all.put("hostile-names", hostileNames());
        return all;
    }

    /** One example by name, e.g. {@code bridge-mode}. */
    static Design example(String name) {
        Design d = all().get(name);
        if (d == null) {
            throw new IllegalArgumentException("no example " + name);
        }
        return d;
    }

    private static Map<String, Design> shared() {
        try {
            Map<String, Design> loaded = new TreeMap<>();
            for (Path f : Examples.files()) {
                loaded.put(f.getFileName().toString().replace(".mvtd.yaml", ""), Examples.load(f).design());
            }
            return loaded;
        } catch (IllegalStateException e) {
            if (!String.valueOf(e.getMessage()).contains("not built yet")) {
                throw e;
            }
            // Until the YAML reader lands on main: the same designs, written out by hand.
            return Map.of(
                    "bridge-mode", bridgeMode(),
                    "host-shim", hostShim(),
                    "passthru-sriov", passthruSriov(),
                    "private-isolation", privateIsolation(),
                    "vepa-hairpin", vepaHairpin());
        }
    }

    private static Device dev(String name, String sw, boolean hostAddress) {
        return new Device(name, DeviceKind.ETHERNET, sw, true, hostAddress, null);
    }

    private static Endpoint tap(String name, String lower, MacvlanMode mode, String mac) {
        return new Endpoint(name, lower, LinkType.MACVTAP, mode, mac, true, null);
    }

    private static Design bridgeMode() {
        return new Design(1, "bridge mode on one NIC", List.of(Switch.of("lan", false)), List.of(Station.of("router", "lan")),
                List.of(Host.of("kvmhost", List.of(dev("eth0", "lan", true)), List.of(
                        tap("macvtap0", "eth0", MacvlanMode.BRIDGE, "52:54:00:0a:8a:c1"),
                        tap("macvtap1", "eth0", MacvlanMode.BRIDGE, "52:54:00:0a:8a:c2")))),
                List.of(Guest.of("uperf-client", "kvmhost", List.of(Nic.on("macvtap0"))),
                        Guest.of("uperf-server", "kvmhost", List.of(Nic.on("macvtap1")))));
    }

    private static Design hostShim() {
        return new Design(1, "host shim", List.of(Switch.of("lan", false)), List.of(),
                List.of(Host.of("kvmhost", List.of(dev("eth2", "lan", false)), List.of(
                        new Endpoint("vlan0", "eth2", LinkType.MACVLAN, MacvlanMode.BRIDGE, "50:e5:49:45:76:db", true, null),
                        tap("macvtap0", "eth2", MacvlanMode.BRIDGE, null)))),
                List.of(Guest.of("vm0", "kvmhost", List.of(Nic.on("macvtap0")))));
    }

    private static Design passthruSriov() {
        return new Design(1, "passthru on a virtual function", List.of(Switch.of("tor", false)), List.of(),
                List.of(Host.of("kvmhost", List.of(dev("enp3s0f0v1", "tor", false), dev("eth0", "tor", true)),
                        List.of(tap("macvtap9", "enp3s0f0v1", MacvlanMode.PASSTHRU, null)))),
                List.of(Guest.of("nfv", "kvmhost", List.of(Nic.on("macvtap9")))));
    }

    private static Design privateIsolation() {
        return new Design(1, "private tenants", List.of(Switch.of("tor", true)), List.of(Station.of("gateway", "tor")),
                List.of(Host.of("kvmhost", List.of(dev("eth1", "tor", false)), List.of(
                        tap("tenant-a", "eth1", MacvlanMode.PRIVATE, null),
                        tap("tenant-b", "eth1", MacvlanMode.PRIVATE, null)))),
                List.of(Guest.of("vm-a", "kvmhost", List.of(Nic.on("tenant-a"))),
                        Guest.of("vm-b", "kvmhost", List.of(Nic.on("tenant-b")))));
    }

    private static Design vepaHairpin() {
        return new Design(1, "vepa behind a reflective-relay switch", List.of(Switch.of("tor", true)), List.of(),
                List.of(Host.of("kvmhost", List.of(dev("eth2", "tor", true)), List.of(
                        tap("macvtap0", "eth2", MacvlanMode.VEPA, null),
                        tap("macvtap1", "eth2", MacvlanMode.VEPA, null)))),
                List.of(Guest.of("web", "kvmhost", List.of(Nic.on("macvtap0"))),
                        Guest.of("db", "kvmhost", List.of(Nic.on("macvtap1")))));
    }

    /** Hostile free text (XML, shell and comment metacharacters, a newline); link names libvirt still accepts. */
    static Design hostileNames() {
        String evil = "a'b\"c</name>&<x/> $(touch /tmp/pwned) `id` -- \n# new line\\";
        return new Design(1, evil, List.of(Switch.of("s", false)), List.of(),
                List.of(Host.of("host'; rm -rf /", List.of(dev("eth\\0", "s", true)), List.of(
                        new Endpoint("t.a-p\\n", "eth\\0", LinkType.MACVTAP, MacvlanMode.BRIDGE, "52:54:00:00:00:01",
                                false, null),
                        new Endpoint("mv_l", "eth\\0", LinkType.MACVLAN, MacvlanMode.BRIDGE, null, true, null)))),
                List.of(Guest.of(evil + "/guest", "host'; rm -rf /",
                        List.of(new Nic("t.a-p\\n", NicModel.E1000, false)))));
    }

    /** Link names with every shell metacharacter the kernel allows (libvirt refuses these names). */
    static Design shellHostile() {
        return new Design(1, "shell's $(id)", List.of(Switch.of("s", false)), List.of(),
                List.of(Host.of("h`id`", List.of(dev("eth$0'x", "s", true)), List.of(
                        new Endpoint("t'a\"p$(id)", "eth$0'x", LinkType.MACVTAP, MacvlanMode.BRIDGE, "52:54:00:00:00:01",
                                false, null),
                        new Endpoint("m;v`l*", "eth$0'x", LinkType.MACVLAN, MacvlanMode.BRIDGE, null, true, null)))),
                List.of(Guest.of("g $HOME", "h`id`", List.of(new Nic("t'a\"p$(id)", NicModel.VIRTIO, false)))));
    }
}
