package org.mvtd.model.yaml;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.mvtd.model.Annotations;
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
    private static final Pattern DECIMAL = Pattern.compile("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?");

    /** What a successful or failed bind gives: the design is null when there are problems. */
    record Result(Design design, SourceMap sourceMap, Map<String, Set<String>> explicitKeys, List<Problem> problems) {
    }

    private final String file;
    private final BindProblems problems;
    private final Map<String, SourceLocation> locations = new LinkedHashMap<>();
    private final Map<String, Set<String>> explicit = new LinkedHashMap<>();

    private Binder(String file) {
        this.file = file;
        this.problems = new BindProblems(file);
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
                "notes", "links"));
        Integer version = version(f);
        if (version == null) {
            return null; // an unknown version's keys mean something else: say nothing more about them
        }
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
            error("version", f.mapping.mark(), "missing required key 'version' at top level (this build reads version "
                    + Design.CURRENT_VERSION + " files)", "Add 'version: 1' as the first line.");
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
        if (v.compareTo(BigInteger.valueOf(Design.CURRENT_VERSION)) > 0) {
            error("version", node.mark(), "this build reads version " + Design.CURRENT_VERSION + " files; " + file
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
        Position at = f.position("at");
        return name == null || sw == null ? null : new Station(name, sw, at);
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
        String sw = f.text("switch", false);
        boolean up = f.bool("up", true);
        boolean hostAddress = f.bool("hostAddress", true);
        Position at = f.position("at");
        return name == null ? null : new Device(name, kind, sw, up, hostAddress, at);
    }

    private Endpoint endpointOf(Fields f) {
        String name = f.text("name", true);
        String lower = f.text("lower", true);
        LinkType type = f.choice("type", null, LinkType.values(), LinkType::kernelName);
        MacvlanMode mode = f.choice("mode", MacvlanMode.VEPA, MacvlanMode.values(), MacvlanMode::kernelName);
        String mac = f.text("mac", false);
        boolean up = f.bool("up", true);
        Position at = f.position("at");
        return name == null || lower == null || type == null ? null
                : new Endpoint(name, lower, type, mode, mac, up, at);
    }

    private Guest guestOf(Fields f) {
        String name = f.text("name", true);
        String host = f.text("host", true);
        Position at = f.position("at");
        List<Nic> nics = elements(f, "nics", this::nicOf);
        return name == null || host == null ? null : new Guest(name, host, nics, at);
    }

    private Nic nicOf(Fields f) {
        String endpoint = f.text("endpoint", true);
        NicModel model = f.choice("model", NicModel.VIRTIO, NicModel.values(), NicModel::libvirtName);
        boolean vhost = f.bool("vhost", true);
        return endpoint == null ? null : new Nic(endpoint, model, vhost);
    }

    /** The keys each element kind may have, in FORMAT.md order. */
    private static final Map<String, List<String>> KEYS = Map.of(
            "switches", List.of("name", "hairpin", "at"),
            "stations", List.of("name", "switch", "at"),
            "hosts", List.of("name", "at", "devices", "endpoints"),
            "devices", List.of("name", "kind", "switch", "up", "hostAddress", "at"),
            "endpoints", List.of("name", "lower", "type", "mode", "mac", "up", "at"),
            "guests", List.of("name", "host", "at", "nics"),
            "nics", List.of("endpoint", "model", "vhost"));

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
            T value = bindOne.apply(new Fields(m, named, indexed, new LinkedHashSet<>(KEYS.get(key))));
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

    /** One mapping being read: checks its keys once, then answers typed lookups. */
    private final class Fields {
        final Mapping mapping;
        final String named;
        final String indexed;
        private final Map<String, Entry> byKey = new LinkedHashMap<>();

        Fields(Mapping mapping, String named, String indexed, Set<String> known) {
            this.mapping = mapping;
            this.named = named;
            this.indexed = indexed;
            locations.putIfAbsent(named, location(mapping.mark()));
            locations.put(indexed, location(mapping.mark()));
            for (Entry e : mapping.entries()) {
                if (!known.contains(e.key())) {
                    String hint = Spelling.closest(e.key(), known).map(k -> "; did you mean '" + k + "'?").orElse("");
                    error(ElementPaths.key(named, e.key()), e.keyMark(), "unknown key '" + Node.shown(e.key()) + "' " + where()
                            + hint, "Use one of: " + String.join(", ", known) + ".");
                    continue;
                }
                byKey.put(e.key(), e);
                // Leaves point at their value, lists at their key: what a reader looks for in each case.
                Mark at = e.value() instanceof Scalar || e.key().equals("at") ? e.value().mark() : e.keyMark();
                locations.putIfAbsent(ElementPaths.key(named, e.key()), location(at));
                locations.put(ElementPaths.key(indexed, e.key()), location(at));
            }
            for (Entry d : mapping.duplicates()) {
                Entry first = mapping.entries().stream().filter(e -> e.key().equals(d.key())).findFirst().orElseThrow();
                error(ElementPaths.key(named, d.key()), d.keyMark(), "duplicate key '" + d.key() + "' " + where()
                        + " (first given at line " + first.keyMark().line() + ")", "Keep one of the two.");
            }
        }

        String where() {
            return named.isEmpty() ? "at top level" : "in " + named;
        }

        String path(String key) {
            return ElementPaths.key(named, key);
        }

        Node node(String key) {
            Entry e = byKey.get(key);
            return e == null ? null : e.value();
        }

        void explicit(String key) {
            explicit.computeIfAbsent(named, k -> new LinkedHashSet<>()).add(key);
        }

        /** A text value; null when absent (with an error when required) or malformed (with an error). */
        String text(String key, boolean required) {
            Node node = node(key);
            if (node == null) {
                if (required) {
                    error(path(key), mapping.mark(), "missing required key '" + key + "' " + where(),
                            "Add '" + key + ": ...' to it.");
                }
                return null;
            }
            if (!required) {
                explicit(key);
            }
            if (node instanceof Scalar s && s.kind() != ScalarKind.NULL) {
                return s.text();
            }
            error(path(key), node.mark(), path(key) + " must be text, found " + node.describe(),
                    "Write a single value after '" + key + ":'" + (required ? "." : ", or remove the key."));
            return null;
        }

        boolean bool(String key, boolean dflt) {
            Node node = node(key);
            if (node == null) {
                return dflt;
            }
            explicit(key);
            if (node instanceof Scalar s && s.kind() == ScalarKind.BOOLEAN
                    && (s.text().equals("true") || s.text().equals("false"))) {
                return s.text().equals("true");
            }
            error(path(key), node.mark(), path(key) + " must be true or false, found " + node.describe(),
                    "Write '" + key + ": true' or '" + key + ": false'.");
            return dflt;
        }

        /** One of {@code values} by its spelling; {@code dflt} null makes the key required. */
        <E> E choice(String key, E dflt, E[] values, Function<E, String> spelling) {
            Node node = node(key);
            List<String> allowed = Arrays.stream(values).map(spelling).toList();
            if (node == null) {
                if (dflt == null) {
                    error(path(key), mapping.mark(), "missing required key '" + key + "' " + where(),
                            "Add '" + key + ":' with one of " + String.join(", ", allowed) + ".");
                }
                return dflt;
            }
            if (dflt != null) {
                explicit(key);
            }
            if (node instanceof Scalar s && s.kind() != ScalarKind.NULL) {
                for (E v : values) {
                    if (spelling.apply(v).equals(s.text())) {
                        return v;
                    }
                }
                String hint = Spelling.closest(s.text(), allowed).map(k -> "; did you mean '" + k + "'?").orElse("");
                error(path(key), node.mark(), "bad value '" + Node.shown(s.text()) + "' for " + path(key) + ": expected one of "
                        + String.join(", ", allowed) + hint, "Write one of " + String.join(", ", allowed) + ".");
            } else {
                error(path(key), node.mark(), path(key) + " must be one of " + String.join(", ", allowed)
                        + ", found " + node.describe(), "Write one of " + String.join(", ", allowed) + ".");
            }
            return dflt;
        }

        Position position(String key) {
            Node node = node(key);
            if (node == null) {
                return null;
            }
            if (node instanceof Node.Sequence seq && seq.items().size() == 2) {
                Double x = coordinate(seq.items().get(0));
                Double y = coordinate(seq.items().get(1));
                if (x != null && y != null) {
                    return new Position(x, y);
                }
            }
            error(path(key), node.mark(), path(key) + " must be a position [x, y] of two numbers, found "
                    + describePosition(node), "Write it as 'at: [420, 60]'.");
            return null;
        }

        private String describePosition(Node node) {
            if (node instanceof Node.Sequence seq) {
                return "[" + seq.items().stream().map(Node::describe).collect(Collectors.joining(", ")) + "]";
            }
            return node.describe();
        }

        private Double coordinate(Node node) {
            if (node instanceof Scalar s && (s.kind() == ScalarKind.INTEGER || s.kind() == ScalarKind.FLOAT)
                    && DECIMAL.matcher(s.text()).matches()) {
                double v = Double.parseDouble(s.text());
                return Double.isFinite(v) ? v : null;
            }
            return null;
        }
    }
}
