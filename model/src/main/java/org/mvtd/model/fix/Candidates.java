package org.mvtd.model.fix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Host;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Station;
import org.mvtd.model.Switch;
import org.mvtd.model.edit.Connections;
import org.mvtd.model.edit.DeviceEdits;
import org.mvtd.model.edit.EditResult;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.EndpointEdits;
import org.mvtd.model.edit.Names;
import org.mvtd.model.edit.V2Edits;
import org.mvtd.model.reach.Node;
import org.mvtd.model.reach.NodeKind;
import org.mvtd.model.validate.ElementPaths;

/** The candidate edits for one pair: each a single idea, which the search tries alone and in twos. */
final class Candidates {

    /**
     * One candidate edit.
     *
     * @param renamed node ids the edit moves (old id to new id): the host stack onto its shim
     * @param touched the fields the edit sets ({@code element.field}): two edits setting one field contradict
     */
    record Candidate(String name, List<Change> changes, UnaryOperator<Design> edit, Map<String, String> renamed,
                     Set<String> touched) {
        Candidate {
            Objects.requireNonNull(name, "name");
            changes = List.copyOf(changes);
            Objects.requireNonNull(edit, "edit");
            renamed = Map.copyOf(renamed);
            touched = Set.copyOf(touched);
        }

        Candidate(String name, Change change, String field, UnaryOperator<Design> edit) {
            this(name, List.of(change), edit, Map.of(), Set.of(change.element() + "." + field));
        }

        /** The same edit under another name. */
        Candidate named(String other) {
            return new Candidate(other, changes, edit, renamed, touched);
        }

        /** Both edits, this one first; null when they set the same field (two ideas that contradict). */
        Candidate and(Candidate other) {
            if (other.touched.stream().anyMatch(touched::contains)) {
                return null;
            }
            List<Change> all = new ArrayList<>(changes);
            all.addAll(other.changes);
            Map<String, String> moved = new LinkedHashMap<>(renamed);
            moved.putAll(other.renamed);
            Set<String> fields = new LinkedHashSet<>(touched);
            fields.addAll(other.touched);
            UnaryOperator<Design> first = edit;
            UnaryOperator<Design> second = other.edit;
            return new Candidate(name + " + " + other.name, all, d -> second.apply(first.apply(d)), moved, fields);
        }
    }

    /** Where one node of the pair sits in the design: {@code device} is null for a station. */
    private record End(Node node, Host host, Device device, Endpoint endpoint, String switchName) {
    }

    private Candidates() {
    }

    /** Every single-idea candidate for the pair {@code from} -> {@code to}, without duplicates by name. */
    static List<Candidate> singles(Design design, Node from, Node to) {
        List<End> ends = List.of(locate(design, from), locate(design, to));
        Map<String, Candidate> out = new LinkedHashMap<>();
        bringUp(ends, out);
        for (End e : ends) {
            if (e.node.kind() == NodeKind.DEVICE) {
                shim(design, e, out);
            }
        }
        modes(ends, out);
        hairpins(design, ends, out);
        plugs(ends, out);
        return List.copyOf(out.values());
    }

    private static End locate(Design design, Node node) {
        String id = node.id();
        if (node.kind() == NodeKind.STATION) {
            Station st = design.station(id).orElseThrow(() -> new IllegalStateException("no station " + id));
            return new End(node, null, null, null, st.switchName());
        }
        int slash = id.lastIndexOf('/');
        Host host = design.host(id.substring(0, slash)).orElseThrow(() -> new IllegalStateException("no host of " + id));
        String local = id.substring(slash + 1);
        Endpoint ep = node.kind() == NodeKind.ENDPOINT ? host.endpoint(local).orElseThrow() : null;
        Device dev = host.device(ep != null ? ep.lower() : local)
                .orElseThrow(() -> new IllegalStateException("no lower device of " + id));
        return new End(node, host, dev, ep, dev.switchName());
    }

    private static String hostPath(Host h) {
        return ElementPaths.named("", "hosts", h.name());
    }

    private static String devicePath(End e) {
        return ElementPaths.named(hostPath(e.host), "devices", e.device.name());
    }

    private static String endpointPath(Host h, String endpoint) {
        return ElementPaths.named(hostPath(h), "endpoints", endpoint);
    }

    private static void bringUp(List<End> ends, Map<String, Candidate> out) {
        List<Candidate> ups = new ArrayList<>();
        for (End e : ends) {
            if (e.device != null && !e.device.up()) {
                String dev = e.host.name() + "/" + e.device.name();
                ups.add(new Candidate("bring up " + dev, new Change(devicePath(e), "down -> up"), "up",
                        edit(d -> DeviceEdits.setUp(d, ElementRef.device(e.host.name(), e.device.name()), true))));
            }
            if (e.endpoint != null && !e.endpoint.up()) {
                ups.add(new Candidate("bring up " + e.node.id(),
                        new Change(endpointPath(e.host, e.endpoint.name()), "down -> up"), "up",
                        edit(d -> EndpointEdits.setUp(d, ElementRef.endpoint(e.host.name(), e.endpoint.name()), true))));
            }
        }
        ups.forEach(c -> out.putIfAbsent(c.name(), c));
        // Both ends down is common (a fresh design with everything down): one fix raising all of them.
        if (ups.size() > 1) {
            Candidate all = ups.get(0);
            for (int i = 1; i < ups.size() && all != null; i++) {
                Candidate next = all.and(ups.get(i));
                all = next == null ? all : next;
            }
            List<String> names = ups.stream().map(c -> c.name().substring("bring up ".length())).toList();
            out.putIfAbsent("bring up all", all.named("bring up " + String.join(", ", names)));
        }
    }

    private static void shim(Design design, End e, Map<String, Candidate> out) {
        String shim = Names.fresh(Names.taken(design, ElementRef.endpoint(e.host.name(), "")), "shim", 0);
        String dev = e.device.name();
        List<Change> changes = List.of(
                new Change(endpointPath(e.host, shim), "new macvlan endpoint in bridge mode on " + dev
                        + ", carrying the host's address"),
                new Change(devicePath(e), "hostAddress true -> false (the host's address moves to " + shim + ")"));
        out.putIfAbsent("shim " + e.node.id(), new Candidate("host shim on " + e.node.id(), changes,
                addShim(e.host.name(), dev, shim), Map.of(e.node.id(), e.host.name() + "/" + shim),
                Set.of(changes.get(0).element(), devicePath(e) + ".hostAddress")));
    }

    /** The editing layer's edit as a design change; a refused edit leaves the design as it was, so the search drops it. */
    private static UnaryOperator<Design> edit(Function<Design, EditResult> e) {
        return d -> {
            EditResult r = e.apply(d);
            return r.accepted() ? r.design() : d;
        };
    }

    private static UnaryOperator<Design> plug(ElementRef device, ElementRef sw) {
        return d -> Connections.connect(d, device, sw) instanceof Connections.Connected c ? c.design() : d;
    }

    /**
     * A bridge-mode macvlan {@code shim} on {@code device}, which takes the host's address over from it, and its
     * addresses: left on a device without hostAddress they would be an error.
     */
    private static UnaryOperator<Design> addShim(String host, String device, String shim) {
        ElementRef dev = ElementRef.device(host, device);
        return d -> {
            List<String> addresses = d.host(host).flatMap(h -> h.device(device)).map(Device::addresses).orElse(List.of());
            Endpoint e = Endpoint.macvlan(shim, device, MacvlanMode.BRIDGE).withAddresses(addresses);
            Design added = edit(x -> EndpointEdits.add(x, host, e)).apply(d);
            if (added == d) {
                return d;
            }
            Design cleared = addresses.isEmpty() ? added : edit(x -> V2Edits.setDeviceAddresses(x, dev, "")).apply(added);
            return edit(x -> DeviceEdits.setHostAddress(x, dev, false)).apply(cleared);
        };
    }

    private static void modes(List<End> ends, Map<String, Candidate> out) {
        List<End> eps = ends.stream().filter(e -> e.endpoint != null).toList();
        for (End e : eps) {
            // Not source mode: it needs a list of senders, which no fix can choose for the user.
            for (MacvlanMode m : MacvlanMode.classic()) {
                if (m != e.endpoint.mode()) {
                    out.putIfAbsent("mode " + e.node.id() + " " + m, modeChange(e, m));
                }
            }
        }
        if (eps.size() == 2) {
            // Both endpoints to one shared mode: a private pair to bridge is the usual answer.
            End a = eps.get(0);
            End b = eps.get(1);
            for (MacvlanMode m : MacvlanMode.classic()) {
                if (m != MacvlanMode.PASSTHRU && a.endpoint.mode() != m && b.endpoint.mode() != m) {
                    Candidate both = modeChange(a, m).and(modeChange(b, m));
                    if (both != null) {
                        out.putIfAbsent("mode both " + m, both.named(a.node.id() + " and " + b.node.id()
                                + " to " + m.kernelName() + " mode"));
                    }
                }
            }
        }
    }

    private static Candidate modeChange(End e, MacvlanMode m) {
        return new Candidate(e.node.id() + " to " + m.kernelName() + " mode",
                new Change(endpointPath(e.host, e.endpoint.name()),
                        "mode " + e.endpoint.mode().kernelName() + " -> " + m.kernelName()), "mode",
                edit(d -> EndpointEdits.setMode(d, ElementRef.endpoint(e.host.name(), e.endpoint.name()), m)));
    }

    /** Devices on different switches never meet: offer plugging one end's device into the other's switch. */
    private static void plugs(List<End> ends, Map<String, Candidate> out) {
        for (int i = 0; i < 2; i++) {
            End e = ends.get(i);
            String target = ends.get(1 - i).switchName;
            if (e.device != null && target != null && !target.equals(e.switchName)) {
                String dev = e.host.name() + "/" + e.device.name();
                out.putIfAbsent("plug " + dev, new Candidate("plug " + dev + " into " + target,
                        new Change(devicePath(e), "switch " + (e.switchName == null ? "none (unplugged)" : e.switchName)
                                + " -> " + target), "switch", plug(ElementRef.device(e.host.name(), e.device.name()), ElementRef.sw(target))));
            }
        }
    }

    private static void hairpins(Design design, List<End> ends, Map<String, Candidate> out) {
        Set<String> switches = new LinkedHashSet<>();
        ends.stream().filter(e -> e.device != null && e.switchName != null).forEach(e -> switches.add(e.switchName));
        for (String sw : switches) {
            Switch s = design.switchNamed(sw).orElse(null);
            if (s == null || s.hairpin()) {
                continue;
            }
            Candidate hairpin = new Candidate("hairpin on " + sw,
                    new Change(ElementPaths.named("", "switches", sw), "hairpin off -> on"), "hairpin",
                    edit(d -> DeviceEdits.setHairpin(d, ElementRef.sw(sw), true)));
            out.putIfAbsent("hairpin " + sw, hairpin);
            Candidate vepa = hairpin;
            for (End e : ends) {
                if (e.endpoint != null && sw.equals(e.switchName) && e.endpoint.mode() != MacvlanMode.VEPA) {
                    Candidate next = modeChange(e, MacvlanMode.VEPA).and(vepa);
                    vepa = next == null ? vepa : next;
                }
            }
            if (vepa != hairpin) {
                out.putIfAbsent("vepa hairpin " + sw, vepa.named("vepa + hairpin on " + sw));
            }
        }
    }
}
