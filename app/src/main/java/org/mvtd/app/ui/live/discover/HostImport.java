package org.mvtd.app.ui.live.discover;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mvtd.backend.protocol.Wire;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.DeviceKind;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Host;
import org.mvtd.model.LinkType;
import org.mvtd.model.MacvlanMode;

/**
 * Turns the helper's {@code list} of a machine into a design: one host holding every macvlan and macvtap
 * link and the lower devices they sit on. Links macvtap-designer did not make are returned as foreign:
 * FORMAT.md has no such key, so the app keeps that set beside the document and shows them read-only.
 */
public final class HostImport {
    private HostImport() {
    }

    /**
     * @param design   the imported design (devices unplugged: the list cannot tell which switch a cable reaches)
     * @param foreign  names of the endpoints and devices not made by macvtap-designer
     * @param skipped  links left out, each with the reason
     */
    public record Result(Design design, Set<String> foreign, List<String> skipped) {
        public Result {
            Objects.requireNonNull(design, "design");
            foreign = Set.copyOf(foreign);
            skipped = List.copyOf(skipped);
        }
    }

    public static Result of(List<Wire.ListedLink> links, String hostName) {
        Objects.requireNonNull(links, "links");
        String host = hostName == null || hostName.isBlank() ? "localhost" : hostName.strip();
        Map<String, Wire.ListedLink> byName = new LinkedHashMap<>();
        links.forEach(l -> byName.put(l.name(), l));
        List<Endpoint> endpoints = new ArrayList<>();
        Set<String> lowers = new LinkedHashSet<>();
        Set<String> foreign = new LinkedHashSet<>();
        List<String> skipped = new ArrayList<>();
        for (Wire.ListedLink l : links) {
            if (!l.type().equals("macvtap") && !l.type().equals("macvlan")) {
                continue;
            }
            MacvlanMode mode;
            try {
                mode = MacvlanMode.fromKernelName(l.mode() == null ? "" : l.mode());
            } catch (IllegalArgumentException e) {
                skipped.add(l.name() + ": mode '" + l.mode() + "' is not one the designer models");
                continue;
            }
            if (mode == MacvlanMode.SOURCE) {
                // Without its senders a source endpoint is invalid (it would receive nothing).
                skipped.add(l.name() + ": mode 'source' needs its list of senders, which discovery does not read yet");
                continue;
            }
            Wire.ListedLink lower = l.lower() == null ? null : byName.get(l.lower());
            if (lower == null) {
                skipped.add(l.name() + ": its lower device " + (l.lower() == null ? "is not known" : l.lower() + " is not in this namespace"));
                continue;
            }
            if (lower.type().equals("macvtap") || lower.type().equals("macvlan")) {
                skipped.add(l.name() + ": it sits on another " + lower.type() + " (" + lower.name() + "), which the designer does not model");
                continue;
            }
            LinkType type = l.type().equals("macvtap") ? LinkType.MACVTAP : LinkType.MACVLAN;
            endpoints.add(new Endpoint(l.name(), lower.name(), type, mode, l.mac(), l.adminUp(), null));
            lowers.add(lower.name());
            if (!l.ours()) {
                foreign.add(l.name());
            }
        }
        List<Device> devices = new ArrayList<>();
        for (String n : lowers) {
            Wire.ListedLink d = byName.get(n);
            devices.add(new Device(n, kind(d.type()), null, d.adminUp(), true, null));
            foreign.add(n); // lower devices are the machine's own: never changed by the designer
        }
        Host h = new Host(host, devices, endpoints, null);
        Design design = new Design(Design.CURRENT_VERSION, "live " + host, List.of(), List.of(), List.of(h), List.of());
        return new Result(design, foreign, skipped);
    }

    private static DeviceKind kind(String type) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "bond" -> DeviceKind.BOND;
            case "vlan" -> DeviceKind.VLAN;
            case "bridge" -> DeviceKind.BRIDGE;
            default -> DeviceKind.ETHERNET;
        };
    }
}
