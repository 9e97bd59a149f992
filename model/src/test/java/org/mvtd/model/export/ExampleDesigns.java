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
import org.mvtd.model.Switch;
import org.mvtd.model.testing.Examples;

/**
 * The shared example designs (shared/examples, read by the YAML reader), plus designs whose
 * free-text and link names try to break out of XML, shell and comments.
 */
final class ExampleDesigns {
    private ExampleDesigns() {
    }

    /** The shared examples by name, plus the hostile-names design (libvirt still accepts its link names). */
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
        Map<String, Design> loaded = new TreeMap<>();
        for (Path f : Examples.files()) {
            loaded.put(f.getFileName().toString().replace(".mvtd.yaml", ""), Examples.load(f).design());
        }
        return loaded;
    }

    private static Device dev(String name, String sw, boolean hostAddress) {
        return new Device(name, DeviceKind.ETHERNET, sw, true, hostAddress, null);
    }

    /** Hostile free text (XML, shell and comment metacharacters, a newline); link names as odd as the name rule allows. */
    static Design hostileNames() {
        String evil = "a'b\"c</name>&<x/> $(touch /tmp/pwned) `id` -- \n# new line\\";
        return new Design(1, evil, List.of(Switch.of("s", false)), List.of(),
                List.of(Host.of("host'; rm -rf /", List.of(dev("eth_0", "s", true)), List.of(
                        new Endpoint("t.a-p_n", "eth_0", LinkType.MACVTAP, MacvlanMode.BRIDGE, "52:54:00:00:00:01",
                                false, null),
                        new Endpoint("mv_l", "eth_0", LinkType.MACVLAN, MacvlanMode.BRIDGE, null, true, null)))),
                List.of(Guest.of(evil + "/guest", "host'; rm -rf /",
                        List.of(new Nic("t.a-p_n", NicModel.E1000, false)))));
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
