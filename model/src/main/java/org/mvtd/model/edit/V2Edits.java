package org.mvtd.model.edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Station;
import org.mvtd.model.rules.IpAddresses;
import org.mvtd.model.rules.MacAddresses;

/**
 * Edits of the version-2 keys a user types as lists or small numbers: addresses (devices, stations, endpoints),
 * a source-mode endpoint's sender list and nodst, passthru's nopromisc, VLAN ids and parents. Lists are typed as
 * one line, entries separated by commas or spaces; every bad entry is named, and a bad list changes nothing.
 */
public final class V2Edits {
    private V2Edits() {
    }

    /** The entries of a typed list line: split at commas and white space, blanks dropped. */
    public static List<String> entries(String text) {
        Objects.requireNonNull(text, "text");
        List<String> out = new ArrayList<>();
        for (String s : text.split("[,\\s]+")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** A list as the inspector shows it: entries joined by ", ". */
    public static String line(List<String> entries) {
        return String.join(", ", entries);
    }

    /** Every problem of a typed address list, each naming its entry; empty when every entry is a usable CIDR. */
    public static List<String> addressProblems(String text) {
        return listProblems(text, IpAddresses::problem);
    }

    /** Every problem of a typed sender MAC list, each naming its entry; empty when every entry is a unicast MAC. */
    public static List<String> macListProblems(String text) {
        return listProblems(text, MacAddresses::problem);
    }

    private static List<String> listProblems(String text, Function<String, Optional<String>> rule) {
        Set<String> out = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        for (String e : entries(text)) {
            rule.apply(e).ifPresent(p -> out.add("'" + e + "' " + p));
            if (!seen.add(e.toLowerCase(Locale.ROOT))) {
                out.add("'" + e + "' is listed twice");
            }
        }
        return List.copyOf(out);
    }

    /** Why {@code text} is not a VLAN id (1-4094), or empty when it is; blank means none when {@code blankOk}. */
    public static List<String> vlanProblems(String text, boolean blankOk) {
        String t = text.strip();
        if (t.isEmpty()) {
            return blankOk ? List.of() : List.of("a VLAN device needs its VLAN id (1-4094)");
        }
        if (!t.matches("[0-9]{1,4}") || Integer.parseInt(t) < 1 || Integer.parseInt(t) > 4094) {
            return List.of("'" + t + "' is not a VLAN id: use a whole number from 1 to 4094");
        }
        return List.of();
    }

    public static EditResult setDeviceAddresses(Design d, ElementRef r, String text) {
        return addresses(text, list -> device(d, r, x -> x.withAddresses(list)));
    }

    public static EditResult setStationAddresses(Design d, String station, String text) {
        return addresses(text, list -> station(d, station, s -> s.withAddresses(list)));
    }

    public static EditResult setEndpointAddresses(Design d, ElementRef r, String text) {
        return addresses(text, list -> endpoint(d, r, e -> e.withAddresses(list)));
    }

    /** Sets a source-mode endpoint's senders; refused for another mode (the list means nothing there). */
    public static EditResult setSourceMacs(Design d, ElementRef r, String text) {
        List<String> problems = macListProblems(text);
        if (!problems.isEmpty()) {
            return EditResult.refused(String.join("; ", problems));
        }
        if (current(d, r).mode() != MacvlanMode.SOURCE) {
            return EditResult.refused("only a source-mode endpoint has a sender list");
        }
        List<String> macs = entries(text).stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
        return endpoint(d, r, e -> e.withSourceMacs(macs));
    }

    public static EditResult setNodst(Design d, ElementRef r, boolean on) {
        if (on && current(d, r).mode() != MacvlanMode.SOURCE) {
            return EditResult.refused("nodst applies to source mode only");
        }
        return endpoint(d, r, e -> e.withNodst(on));
    }

    public static EditResult setNopromisc(Design d, ElementRef r, boolean on) {
        if (on && current(d, r).mode() != MacvlanMode.PASSTHRU) {
            return EditResult.refused("nopromisc applies to passthru only");
        }
        return endpoint(d, r, e -> e.withNopromisc(on));
    }

    /** Sets a station's VLAN from what was typed; blank puts it back untagged. */
    public static EditResult setStationVlan(Design d, String station, String text) {
        List<String> p = vlanProblems(text, true);
        if (!p.isEmpty()) {
            return EditResult.refused(p.get(0));
        }
        Integer id = text.isBlank() ? null : Integer.valueOf(text.strip());
        return station(d, station, s -> s.withVlan(id));
    }

    /** Sets a VLAN device's id from what was typed. */
    public static EditResult setDeviceVlan(Design d, ElementRef r, String text) {
        List<String> p = vlanProblems(text, false);
        if (!p.isEmpty()) {
            return EditResult.refused(p.get(0));
        }
        return device(d, r, x -> x.withVlan(Integer.valueOf(text.strip())));
    }

    /** Puts VLAN device {@code r} on {@code parent}, a non-VLAN device of the same host. */
    public static EditResult setDeviceParent(Design d, ElementRef r, String parent) {
        Objects.requireNonNull(parent, "parent");
        var p = d.host(r.host()).flatMap(h -> h.device(parent));
        if (p.isEmpty() || p.get().isVlan() || parent.equals(r.name())) {
            return EditResult.refused(parent + " cannot carry " + r.name() + ": a VLAN device's parent is another,"
                    + " non-VLAN device of " + r.host());
        }
        return device(d, r, x -> x.withParent(parent).withSwitchName(null));
    }

    private static EditResult addresses(String text, Function<List<String>, EditResult> apply) {
        List<String> problems = addressProblems(text);
        return problems.isEmpty() ? apply.apply(entries(text)) : EditResult.refused(String.join("; ", problems));
    }

    private static EditResult device(Design d, ElementRef r, UnaryOperator<Device> edit) {
        Elements.device(d, r).orElseThrow(() -> new IllegalArgumentException(r.label() + " does not exist"));
        return EditResult.ok(d.withHost(r.host(), h -> h.withDevice(r.name(), edit)), List.of());
    }

    private static EditResult station(Design d, String name, UnaryOperator<Station> edit) {
        d.station(name).orElseThrow(() -> new IllegalArgumentException("station " + name + " does not exist"));
        return EditResult.ok(d.withStations(d.stations().stream().map(s -> s.name().equals(name) ? edit.apply(s) : s)
                .toList()), List.of());
    }

    private static Endpoint current(Design d, ElementRef r) {
        return Elements.endpoint(d, r).orElseThrow(() -> new IllegalArgumentException(r.label() + " does not exist"));
    }

    private static EditResult endpoint(Design d, ElementRef r, UnaryOperator<Endpoint> edit) {
        current(d, r);
        return EditResult.ok(d.withHost(r.host(), h -> h.withEndpoint(r.name(), edit)), List.of());
    }
}
