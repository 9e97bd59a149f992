package org.mvtd.model.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
import org.mvtd.model.rules.InterfaceNames;
import org.mvtd.model.rules.MacAddresses;
import org.mvtd.model.rules.Segments;

/**
 * Every rule and warning of FORMAT.md plus the kernel's limits: unique names, references that resolve,
 * interface names the kernel accepts, well-formed unicast MACs unique per segment, passthru alone on its
 * device, guest NICs only on a free macvtap endpoint of their own host.
 */
public final class Validator {
    /** IFNAMSIZ is 16 including the terminating NUL. */
    public static final int MAX_INTERFACE_NAME_BYTES = InterfaceNames.MAX_BYTES;

    private Validator() {
    }

    /** All problems of {@code design}, errors first then warnings, each located through {@code map}. */
    public static List<Problem> validate(Design design, SourceMap map) {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(map, "map");
        Run run = new Run(design, map);
        run.all();
        List<Problem> out = new ArrayList<>(run.problems.size());
        run.problems.stream().filter(Problem::isError).forEach(out::add);
        run.problems.stream().filter(p -> !p.isError()).forEach(out::add);
        return List.copyOf(out);
    }

    public static List<Problem> validate(Design design) {
        return validate(design, SourceMap.empty());
    }

    /** Why {@code name} cannot be an interface name ({@link InterfaceNames}, the helper's rule too), or empty. */
    public static Optional<String> interfaceNameProblem(String name) {
        return InterfaceNames.problem(name);
    }

    /** Why {@code mac} is not a usable interface address ({@link MacAddresses}), or empty for a unicast MAC. */
    public static Optional<String> macProblem(String mac) {
        return MacAddresses.problem(mac);
    }

    /** One validation pass; problems in design order within each severity. */
    private static final class Run {
        final Design design;
        final SourceMap map;
        final Findings findings;
        final List<Problem> problems;
        final Map<String, Switch> switches = new HashMap<>();
        final Map<String, Host> hosts = new HashMap<>();

        Run(Design design, SourceMap map) {
            this.design = design;
            this.map = map;
            this.findings = new Findings(map);
            this.problems = findings.problems;
            design.switches().forEach(s -> switches.putIfAbsent(s.name(), s));
            design.hosts().forEach(h -> hosts.putIfAbsent(h.name(), h));
        }

        void all() {
            switches();
            stations();
            for (int i = 0; i < design.hosts().size(); i++) {
                host(i, design.hosts().get(i));
            }
            macSegments();
            guests();
            VersionTwoRules.check(design, findings);
            AnnotationRules.check(design).forEach(findings::located);
        }

        private void switches() {
            List<Switch> list = design.switches();
            unique(list, Switch::name, "switches", "switch");
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).name().isBlank()) {
                    error(ElementPaths.key(ElementPaths.named("", "switches", ""), "name"),
                            ElementPaths.key(ElementPaths.indexed("", "switches", i), "name"),
                            "switch " + (i + 1) + " has an empty name", "Give the switch a name, e.g. 'tor1'.");
                }
            }
        }

        private void stations() {
            List<Station> list = design.stations();
            unique(list, Station::name, "stations", "station");
            for (int i = 0; i < list.size(); i++) {
                Station s = list.get(i);
                String named = ElementPaths.named("", "stations", s.name());
                String indexed = ElementPaths.indexed("", "stations", i);
                nodeName(named, indexed, "station", s.name(), i);
                if (!switches.containsKey(s.switchName())) {
                    error(ElementPaths.key(named, "switch"), ElementPaths.key(indexed, "switch"),
                            "station '" + s.name() + "' is plugged into switch '" + s.switchName()
                                    + "', which does not exist", "Name one of the switches" + switchList() + ".");
                }
            }
        }

        /** Host and station names: non-empty and without '/', which separates HOST/ENDPOINT in node ids. */
        private void nodeName(String named, String indexed, String kind, String name, int index) {
            if (name.isBlank()) {
                error(ElementPaths.key(named, "name"), ElementPaths.key(indexed, "name"),
                        kind + " " + (index + 1) + " has an empty name", "Give the " + kind + " a name.");
            } else if (name.contains("/")) {
                error(ElementPaths.key(named, "name"), ElementPaths.key(indexed, "name"),
                        kind + " name '" + name + "' contains '/', which separates host and interface in node names",
                        "Rename it without '/'.");
            }
        }

        private void host(int hostIndex, Host h) {
            String hn = ElementPaths.named("", "hosts", h.name());
            String hi = ElementPaths.indexed("", "hosts", hostIndex);
            if (hostIndex == firstIndex(design.hosts(), Host::name, h.name())) {
                nodeName(hn, hi, "host", h.name(), hostIndex);
            } else {
                error(ElementPaths.key(hn, "name"), ElementPaths.key(hi, "name"), "host name '" + h.name()
                        + "' is used twice", "Rename one of the hosts.");
            }
            Map<String, String> taken = new HashMap<>();
            for (int i = 0; i < h.devices().size(); i++) {
                Device d = h.devices().get(i);
                String dn = ElementPaths.named(hn, "devices", d.name());
                String di = ElementPaths.indexed(hi, "devices", i);
                interfaceName(dn, di, "device", d.name(), h, taken);
                if (d.switchName() != null && !switches.containsKey(d.switchName())) {
                    error(ElementPaths.key(dn, "switch"), ElementPaths.key(di, "switch"), "device '" + d.name()
                                    + "' of host " + h.name() + " is plugged into switch '" + d.switchName()
                                    + "', which does not exist",
                            "Name one of the switches" + switchList() + ", or remove 'switch' to leave it unplugged.");
                }
            }
            // each lower's passthru owner once: asking per endpoint walked the endpoints again for each (n^2)
            Map<String, Optional<Endpoint>> owners = new HashMap<>();
            for (int i = 0; i < h.endpoints().size(); i++) {
                Endpoint e = h.endpoints().get(i);
                String en = ElementPaths.named(hn, "endpoints", e.name());
                String ei = ElementPaths.indexed(hi, "endpoints", i);
                interfaceName(en, ei, "endpoint", e.name(), h, taken);
                endpoint(h, e, en, ei, owners.computeIfAbsent(e.lower(), dev -> PassthruRule.owner(h, dev)).orElse(null));
            }
        }

        private void endpoint(Host h, Endpoint e, String en, String ei, Endpoint passthru) {
            Optional<Device> lower = h.device(e.lower());
            if (lower.isEmpty()) {
                boolean isEndpoint = h.endpoint(e.lower()).isPresent();
                error(ElementPaths.key(en, "lower"), ElementPaths.key(ei, "lower"), "endpoint '" + e.name()
                        + "' of host " + h.name() + " sits on lower device '" + e.lower() + "', which "
                        + (isEndpoint ? "is an endpoint, not a device" : "host " + h.name() + " does not have"),
                        "Set 'lower' to one of " + h.name() + "'s devices" + nameList(h.devices(), Device::name) + ".");
            }
            if (e.mac() != null) {
                macProblem(e.mac()).ifPresent(why -> error(ElementPaths.key(en, "mac"), ElementPaths.key(ei, "mac"),
                        "MAC '" + e.mac() + "' of endpoint '" + e.name() + "' on host " + h.name() + " " + why,
                        "Write a unicast address like 52:54:00:b8:9c:58, or remove 'mac' to let the kernel pick one."));
            }
            if (passthru != null && passthru != e) {
                if (e.mode() == MacvlanMode.PASSTHRU) {
                    error(ElementPaths.key(en, "mode"), ElementPaths.key(ei, "mode"), "device '" + e.lower()
                                    + "' of host " + h.name() + " has a second passthru endpoint '" + e.name() + "' ('"
                                    + passthru.name() + "' is passthru already); a device takes at most one",
                            "Change the mode of " + e.name() + " or move it to another device.");
                } else {
                    error(ElementPaths.key(en, "lower"), ElementPaths.key(ei, "lower"), "endpoint '" + e.name()
                                    + "' of host " + h.name() + " sits beside passthru endpoint '" + passthru.name()
                                    + "' on device '" + e.lower() + "'; a passthru endpoint owns its device alone",
                            "Move " + e.name() + " to another device or change the mode of " + passthru.name() + ".");
                }
            }
            if (lower.isPresent() && e.mode() == MacvlanMode.PASSTHRU && lower.get().hostAddress()) {
                warning(ElementPaths.key(en, "mode"), ElementPaths.key(ei, "mode"), "passthru endpoint '" + e.name()
                                + "' of host " + h.name() + " takes over device '" + e.lower()
                                + "', which carries the host's own address (hostAddress: true): the endpoint takes"
                                + " the device's MAC and every unicast frame",
                        "Set 'hostAddress: false' on " + e.lower() + " and give the host its address elsewhere.");
            }
            if (lower.isPresent() && e.mode() == MacvlanMode.VEPA && !lower.get().plugged()) {
                warning(ElementPaths.key(en, "mode"), ElementPaths.key(ei, "mode"), "vepa endpoint '" + e.name()
                                + "' of host " + h.name() + " is on unplugged device '" + e.lower()
                                + "': vepa sends every frame out to the switch, so it reaches nobody",
                        "Plug " + e.lower() + " into a switch or use bridge mode.");
            }
        }

        /** Kernel rules for a device or endpoint name, and one namespace per host for both. */
        private void interfaceName(String named, String indexed, String kind, String name, Host h,
                                   Map<String, String> taken) {
            String np = ElementPaths.key(named, "name");
            String ip = ElementPaths.key(indexed, "name");
            interfaceNameProblem(name).ifPresent(why -> error(np, ip, kind + " name '" + name + "' of host "
                    + h.name() + " " + why, "Use a name such as 'eth0' or 'macvtap0': 1-15 bytes of ASCII letters, digits, '.', '-'"
                    + " and '_'."));
            String earlier = taken.putIfAbsent(name, kind);
            if (earlier != null) {
                error(np, ip, "name '" + name + "' is used twice in host " + h.name() + " (by "
                        + (earlier.equals(kind) ? "two " + kind + "s" : "a device and an endpoint")
                        + "; devices and endpoints share one namespace)", "Rename one of them.");
            }
        }

        /** MACs must be unique within a segment: a switch, or an unplugged device on its own. */
        private void macSegments() {
            Map<String, String> seen = new HashMap<>(); // "segment|mac" -> "endpoint 'x' of host h"
            Map<String, String> seenAt = new HashMap<>(); // "segment|mac" -> the first endpoint's path
            for (int hi = 0; hi < design.hosts().size(); hi++) {
                Host h = design.hosts().get(hi);
                for (int i = 0; i < h.endpoints().size(); i++) {
                    Endpoint e = h.endpoints().get(i);
                    Optional<Device> lower = h.device(e.lower());
                    if (e.mac() == null || lower.isEmpty() || macProblem(e.mac()).isPresent()) {
                        continue;
                    }
                    Device d = lower.get();
                    Segments.Place place = Segments.of(h, d);
                    String segment = place.plugged() ? Segments.describe(place.switchName(), place.vlan())
                            : "unplugged device " + h.name() + "/" + d.name();
                    String mac = e.mac().toLowerCase(Locale.ROOT);
                    String here = "endpoint '" + e.name() + "' of host " + h.name();
                    String en = ElementPaths.named(ElementPaths.named("", "hosts", h.name()), "endpoints", e.name());
                    String other = seen.putIfAbsent(segment + "|" + mac, here);
                    seenAt.putIfAbsent(segment + "|" + mac, ElementPaths.key(en, "mac"));
                    if (other != null) {
                        String ei = ElementPaths.indexed(ElementPaths.indexed("", "hosts", hi), "endpoints", i);
                        error(ElementPaths.key(en, "mac"), ElementPaths.key(ei, "mac"), "MAC " + mac + " of " + here
                                        + " is already used by " + other + " on the same segment (" + segment + ")",
                                "Give one of them another MAC, or remove 'mac' to let the kernel pick one.");
                        nameAlso(seenAt.get(segment + "|" + mac));
                    }
                }
            }
        }

        private void guests() {
            List<Guest> list = design.guests();
            unique(list, Guest::name, "guests", "guest");
            Map<String, String> used = new HashMap<>(); // "host/endpoint" -> "NIC n of guest 'g'"
            for (int gi = 0; gi < list.size(); gi++) {
                Guest g = list.get(gi);
                String gn = ElementPaths.named("", "guests", g.name());
                String gx = ElementPaths.indexed("", "guests", gi);
                if (g.name().isBlank()) {
                    error(ElementPaths.key(gn, "name"), ElementPaths.key(gx, "name"), "guest " + (gi + 1)
                            + " has an empty name", "Give the guest a name.");
                }
                Host h = hosts.get(g.host());
                if (h == null) {
                    error(ElementPaths.key(gn, "host"), ElementPaths.key(gx, "host"), "guest '" + g.name()
                                    + "' runs on host '" + g.host() + "', which does not exist",
                            "Name one of the hosts" + nameList(design.hosts(), Host::name) + ".");
                    continue;
                }
                for (int ni = 0; ni < g.nics().size(); ni++) {
                    nic(g, h, ni, gn, gx, used);
                }
            }
        }

        private void nic(Guest g, Host h, int ni, String gn, String gx, Map<String, String> used) {
            Nic nic = g.nics().get(ni);
            String np = gn + ".nics[" + ni + "].endpoint";
            String ip = ElementPaths.key(ElementPaths.indexed(gx, "nics", ni), "endpoint");
            String which = "NIC " + ni + " of guest '" + g.name() + "'";
            Optional<Endpoint> endpoint = h.endpoint(nic.endpoint());
            if (endpoint.isEmpty()) {
                Optional<Host> elsewhere = design.hosts().stream()
                        .filter(o -> o != h && o.endpoint(nic.endpoint()).isPresent()).findFirst();
                if (elsewhere.isPresent()) {
                    error(np, ip, which + " uses endpoint '" + nic.endpoint() + "' of host " + elsewhere.get().name()
                                    + ", but " + g.name() + " runs on " + h.name()
                                    + "; a guest NIC must use an endpoint of its own host",
                            "Pick a " + g.kind().nicType().kernelName() + " endpoint of " + h.name() + " or move the guest to "
                                    + elsewhere.get().name() + ".");
                } else {
                    error(np, ip, which + " uses endpoint '" + nic.endpoint() + "', which host " + h.name()
                                    + " does not have",
                            "Name one of " + h.name() + "'s " + g.kind().nicType().kernelName() + " endpoints" + nameList(
                                    h.endpoints().stream().filter(e -> e.type() == g.kind().nicType()).toList(),
                                    Endpoint::name) + ".");
                }
                return;
            }
            Endpoint e = endpoint.get();
            LinkType needed = g.kind().nicType();
            if (e.type() != needed) {
                String guest = g.isContainer() ? "a container's NIC" : "a guest NIC";
                error(np, ip, which + " uses endpoint '" + e.name() + "' of host " + h.name() + ", which is a "
                                + e.type().kernelName() + "; " + guest + " needs a " + needed.kernelName() + " endpoint",
                        "Change the type of " + e.name() + " to " + needed.kernelName() + " or pick a "
                                + needed.kernelName() + " endpoint.");
                return;
            }
            String earlier = used.putIfAbsent(h.name() + "/" + e.name(), which);
            if (earlier != null) {
                error(np, ip, which + " uses endpoint '" + e.name() + "' of host " + h.name() + ", which "
                        + earlier + " uses already; an endpoint serves at most one guest NIC",
                        "Give each guest NIC its own endpoint.");
                nameAlso(ElementPaths.named(ElementPaths.named("", "hosts", h.name()), "endpoints", e.name()));
                return;
            }
            if (!e.up()) {
                warning(np, ip, which + " uses endpoint '" + e.name() + "' of host " + h.name() + ", which is down",
                        "Set 'up: true' on " + e.name() + ", or expect " + g.name() + " to be cut off there.");
            }
        }

        /** Reports every element of a top-level list whose name an earlier element has already taken. */
        private <T> void unique(List<T> list, Function<T, String> name, String key, String kind) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                String n = name.apply(list.get(i));
                if (!seen.add(n)) {
                    error(ElementPaths.key(ElementPaths.named("", key, n), "name"),
                            ElementPaths.key(ElementPaths.indexed("", key, i), "name"),
                            kind + " name '" + n + "' is used twice", "Rename one of the " + key + ".");
                }
            }
        }

        private static <T> int firstIndex(List<T> list, Function<T, String> name, String n) {
            for (int i = 0; i < list.size(); i++) {
                if (name.apply(list.get(i)).equals(n)) {
                    return i;
                }
            }
            return -1;
        }

        private String switchList() {
            return nameList(design.switches(), Switch::name);
        }

        /** ": a, b, c" (at most eight), or "" when there are none. */
        private static <T> String nameList(List<T> items, Function<T, String> name) {
            if (items.isEmpty()) {
                return "";
            }
            String shown = items.stream().limit(8).map(name).collect(Collectors.joining(", "));
            return ": " + shown + (items.size() > 8 ? ", ..." : "");
        }

        private void error(String path, String indexedPath, String message, String fix) {
            findings.error(path, indexedPath, message, fix);
        }

        /** The problem just reported also names the element at {@code path} (the other end of a clash). */
        private void nameAlso(String path) {
            int last = problems.size() - 1;
            problems.set(last, problems.get(last).naming(List.of(path)));
        }

        private void warning(String path, String indexedPath, String message, String fix) {
            findings.warning(path, indexedPath, message, fix);
        }
    }
}
