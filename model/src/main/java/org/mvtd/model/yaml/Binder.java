package org.mvtd.model.yaml;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.mvtd.model.Annotations;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.DeviceKind;
import org.mvtd.model.Endpoint;
import org.mvtd.model.FormatVersions;
import org.mvtd.model.Guest;
import org.mvtd.model.GuestKind;
import org.mvtd.model.Host;
import org.mvtd.model.LinkType;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Nic;
import org.mvtd.model.NicModel;
import org.mvtd.model.Position;
import org.mvtd.model.Station;
import org.mvtd.model.Switch;
import org.mvtd.model.validate.ElementPaths;
import org.mvtd.model.validate.Problem;
import org.mvtd.model.validate.SourceLocation;
import org.mvtd.model.validate.SourceMap;
import org.mvtd.model.yaml.Node.Entry;
import org.mvtd.model.yaml.Node.Mapping;
import org.mvtd.model.yaml.Node.Mark;
import org.mvtd.model.yaml.Node.Scalar;
import org.mvtd.model.yaml.Node.ScalarKind;

/**
 * Binds a located YAML tree to the model records by hand, so every complaint can say where, what was
 * expected and what was found. Collects as many problems as it can instead of stopping at the first.
 * References between elements (lower, switch, host, endpoint) and duplicate names are the validator's.
 */
final class Binder {
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");

    /** What a successful or failed bind gives: the design is null when there are problems. */
    record Result(Design design, SourceMap sourceMap, Map<String, Set<String>> explicitKeys, List<Problem> problems) {
    }

    /** Where {@link Fields} reports problems, locations and the keys a file spelt out. */
    record Sink(BindProblems problems, Map<String, SourceLocation> locations, Map<String, Set<String>> explicit) {
    }

    private final String file;
    private final BindProblems problems;
    private final Map<String, SourceLocation> locations = new LinkedHashMap<>();
    private final Map<String, Set<String>> explicit = new LinkedHashMap<>();
    private final Sink sink;
    /** The version the file declares: decides which keys it may use. */
    private int version = 1;
    /** Set while a container's NICs are bound: they take no vm settings. */
    private boolean containerNics;

    private Binder(String file) {
        this.file = file;
        this.problems = new BindProblems(file);
        this.sink = new Sink(problems, locations, explicit);
    }

    static Result bind(Node root, String file) {
        Binder b = new Binder(file);
        Design design = b.design(root);
        SourceMap map = new SourceMap(file, b.locations);
        return new Result(b.problems.isEmpty() ? design : null, map, b.explicit, b.problems.inFileOrder());
    }

    private Design design(Node root) {
        if (root == null || (root instanceof Scalar s && s.kind() == ScalarKind.NULL)) {
            error("", new Mark(1, 1), "empty file: a design starts with 'version: 1'",
                    "Add 'version: 1' and the design's switches, hosts and guests.");
            return null;
        }
        if (!(root instanceof Mapping top)) {
            error("", root.mark(), "expected a design (a mapping of version, name, switches, stations, hosts, guests)"
                    + " at top level, found " + root.describe(), "Start the file with 'version: 1'.");
            return null;
        }
        Fields f = new Fields(top, "", "", Set.of("version", "name", "switches", "stations", "hosts", "guests",
                "notes", "links"), Set.of(), sink);
        Integer version = version(f);
        if (version == null) {
            return null; // an unknown version's keys mean something else: say nothing more about them
        }
        this.version = version;
        String name = f.text("name", false);
        List<Switch> switches = elements(f, "switches", this::switchOf);
        List<Station> stations = elements(f, "stations", this::stationOf);
        List<Host> hosts = elements(f, "hosts", this::hostOf);
        List<Guest> guests = elements(f, "guests", this::guestOf);
        Annotations notes = AnnotationReader.read(f.node("notes"), f.node("links"), problems, locations);
        return new Design(version, name == null ? "" : name, switches, stations, hosts, guests, notes);
    }

    /** The version, or null when it is missing, malformed or newer than this build reads. */
    private Integer version(Fields f) {
        Node node = f.node("version");
        if (node == null) {
            error("version", f.mapping.mark(), "missing required key 'version' at top level (this build reads version 1 and "
                    + FormatVersions.LATEST + " files)", "Add 'version: 1' as the first line.");
            return null;
        }
        if (!(node instanceof Scalar s) || s.kind() != ScalarKind.INTEGER || !INTEGER.matcher(s.text()).matches()) {
            error("version", node.mark(), "version must be a whole number, found " + node.describe(),
                    "Write 'version: 1'.");
            return null;
        }
        BigInteger v = new BigInteger(s.text());
        if (v.compareTo(BigInteger.ONE) < 0) {
            error("version", node.mark(), "version must be 1 or more, found " + s.text(), "Write 'version: 1'.");
            return null;
        }
        if (v.compareTo(BigInteger.valueOf(FormatVersions.LATEST)) > 0) {
            error("version", node.mark(), "this build reads version 1 and " + FormatVersions.LATEST + " files; " + file
                    + " is version " + s.text(), "Open it with a newer macvtap-designer.");
            return null;
        }
        return v.intValue();
    }

    private Switch switchOf(Fields f) {
        String name = f.text("name", true);
        boolean hairpin = f.bool("hairpin", false);
        Position at = f.position("at");
        return name == null ? null : new Switch(name, hairpin, at);
    }

    private Station stationOf(Fields f) {
        String name = f.text("name", true);
        String sw = f.text("switch", true);
        Integer vlan = f.integer("vlan");
        List<String> addresses = f.texts("addresses", ADDRESS_EXAMPLE);
        Position at = f.position("at");
        return name == null || sw == null ? null : new Station(name, sw, at, vlan, addresses);
    }

    private Host hostOf(Fields f) {
        String name = f.text("name", true);
        Position at = f.position("at");
        List<Device> devices = elements(f, "devices", this::deviceOf);
        List<Endpoint> endpoints = elements(f, "endpoints", this::endpointOf);
        return name == null ? null : new Host(name, devices, endpoints, at);
    }

    private Device deviceOf(Fields f) {
        String name = f.text("name", true);
        DeviceKind kind = f.choice("kind", DeviceKind.ETHERNET, DeviceKind.values(), DeviceKind::yamlName);
        String parent = f.text("parent", false);
        Integer vlan = f.integer("vlan");
        String sw = f.text("switch", false);
        boolean up = f.bool("up", true);
        boolean hostAddress = f.bool("hostAddress", true);
        List<String> addresses = f.texts("addresses", ADDRESS_EXAMPLE);
        Position at = f.position("at");
        return name == null ? null : new Device(name, kind, sw, up, hostAddress, at, parent, vlan, addresses);
    }

    private Endpoint endpointOf(Fields f) {
        String name = f.text("name", true);
        String lower = f.text("lower", true);
        LinkType type = f.choice("type", null, LinkType.values(), LinkType::kernelName);
        MacvlanMode mode;
        if (version < 2 && f.node("mode") instanceof Scalar s && s.text().equals(MacvlanMode.SOURCE.kernelName())) {
            error(f.path("mode"), s.mark(), "mode 'source' " + f.where() + " is a version-2 mode, but the file says"
                    + " version 1", "Write 'version: 2' at the top of the file.");
            mode = MacvlanMode.SOURCE;
        } else {
            mode = f.choice("mode", MacvlanMode.VEPA, version >= 2 ? MacvlanMode.values()
                    : MacvlanMode.classic().toArray(new MacvlanMode[0]), MacvlanMode::kernelName);
        }
        List<String> sourceMacs = f.texts("sourceMacs", "\"52:54:00:aa:bb:cc\"");
        boolean nodst = f.bool("nodst", false);
        boolean nopromisc = f.bool("nopromisc", false);
        String mac = f.text("mac", false);
        boolean up = f.bool("up", true);
        List<String> addresses = f.texts("addresses", ADDRESS_EXAMPLE);
        Position at = f.position("at");
        return name == null || lower == null || type == null ? null
                : new Endpoint(name, lower, type, mode, mac, up, at, addresses, sourceMacs, nodst, nopromisc);
    }

    private Guest guestOf(Fields f) {
        String name = f.text("name", true);
        String host = f.text("host", true);
        GuestKind kind = f.choice("kind", GuestKind.VM, GuestKind.values(), GuestKind::yamlName);
        Position at = f.position("at");
        containerNics = kind == GuestKind.CONTAINER;
        List<Nic> nics = elements(f, "nics", this::nicOf);
        containerNics = false;
        return name == null || host == null ? null : new Guest(name, host, nics, at, kind);
    }

    private Nic nicOf(Fields f) {
        String endpoint = f.text("endpoint", true);
        NicModel model = f.choice("model", NicModel.VIRTIO, NicModel.values(), NicModel::libvirtName);
        boolean vhost = f.bool("vhost", true);
        if (containerNics) {
            for (String vmOnly : List.of("model", "vhost")) {
                if (f.node(vmOnly) != null) {
                    error(f.path(vmOnly), f.node(vmOnly).mark(), "'" + vmOnly + "' " + f.where() + " is a virtual machine's"
                            + " NIC setting; a container's NIC is the macvlan endpoint itself", "Remove '" + vmOnly + "'.");
                }
            }
        }
        return endpoint == null ? null : new Nic(endpoint, model, vhost);
    }

    private static final String ADDRESS_EXAMPLE = "\"192.0.2.10/24\", \"2001:db8::10/64\"";

    /** The keys each element kind may have in a version-1 file, in FORMAT.md order. */
    private static final Map<String, List<String>> KEYS = Map.of(
            "switches", List.of("name", "hairpin", "at"),
            "stations", List.of("name", "switch", "at"),
            "hosts", List.of("name", "at", "devices", "endpoints"),
            "devices", List.of("name", "kind", "switch", "up", "hostAddress", "at"),
            "endpoints", List.of("name", "lower", "type", "mode", "mac", "up", "at"),
            "guests", List.of("name", "host", "at", "nics"),
            "nics", List.of("endpoint", "model", "vhost"));

    /** The keys version 2 adds to each element kind (FORMAT.md, "Version 2"). */
    private static final Map<String, List<String>> KEYS_V2 = Map.of(
            "switches", List.of(),
            "stations", List.of("vlan", "addresses"),
            "hosts", List.of(),
            "devices", List.of("parent", "vlan", "addresses"),
            "endpoints", List.of("sourceMacs", "nodst", "nopromisc", "addresses"),
            "guests", List.of("kind"),
            "nics", List.of());

    /** What one element of each list is called in messages. */
    private static final Map<String, String> NOUNS = Map.of("switches", "a switch", "stations", "a station",
            "hosts", "a host", "devices", "a device", "endpoints", "an endpoint", "guests", "a guest",
            "nics", "a NIC");

    /** Reads the optional list {@code key} of {@code parent}, binding each item; items with problems are dropped. */
    private <T> List<T> elements(Fields parent, String key, Function<Fields, T> bindOne) {
        Node node = parent.node(key);
        if (node == null) {
            return List.of();
        }
        parent.explicit(key);
        String path = ElementPaths.key(parent.named, key);
        if (!(node instanceof Node.Sequence seq)) {
            error(path, node.mark(), "expected a list of " + key + " for " + path + ", found " + node.describe(),
                    "Write one '- ' item per element under '" + key + ":', or '" + key + ": []'.");
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            Node item = seq.items().get(i);
            String indexed = ElementPaths.indexed(parent.indexed, key, i);
            String named = key.equals("nics") ? parent.named + "." + key + "[" + i + "]"
                    : ElementPaths.named(parent.named, key, itemName(item, i));
            if (!(item instanceof Mapping m)) {
                error(named, item.mark(), "expected " + NOUNS.get(key) + " (a mapping with "
                        + String.join(", ", KEYS.get(key)) + ") in " + path + ", found " + item.describe(),
                        "Write the element as 'key: value' lines under its '- '.");
                continue;
            }
            Set<String> known = new LinkedHashSet<>(KEYS.get(key));
            Set<String> later = new LinkedHashSet<>(KEYS_V2.get(key));
            if (version >= 2) {
                known.addAll(later);
                later.clear();
            }
            T value = bindOne.apply(new Fields(m, named, indexed, known, later, sink));
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    /** The name an item shows in paths: its {@code name}, or its index when it has none. */
    private static String itemName(Node item, int index) {
        if (item instanceof Mapping m) {
            for (Entry e : m.entries()) {
                if (e.key().equals("name") && e.value() instanceof Scalar s && s.kind() != ScalarKind.NULL) {
                    return s.text();
                }
            }
        }
        return String.valueOf(index);
    }

    private void error(String path, Mark mark, String message, String fix) {
        problems.error(path, mark, message, fix);
    }

    private SourceLocation location(Mark mark) {
        return problems.location(mark);
    }
}
