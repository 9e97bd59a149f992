package org.mvtd.model.libvirt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.DeviceKind;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Guest;
import org.mvtd.model.Host;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Nic;

/** What of a design libvirt can express, the way the importer gives it back, for round-trip tests. */
public final class LibvirtProjection {
    private static final Pattern LIBVIRT_NAME = Pattern.compile("[a-zA-Z0-9_.\\-\\\\:/]+");

    private LibvirtProjection() {
    }

    /**
     * Host {@code hostName}'s guests, the macvtap endpoints their NICs use and those endpoints' lower
     * devices (unplugged, ethernet, up; without a host address where a passthru endpoint sits), in
     * first-use order; no switches, stations or positions.
     */
    public static Design of(Design d, String hostName) {
        Host h = d.host(hostName).orElseThrow();
        Map<String, Device> devices = new LinkedHashMap<>();
        Set<String> passthru = new LinkedHashSet<>();
        List<Endpoint> endpoints = new ArrayList<>();
        List<Guest> guests = new ArrayList<>();
        for (Guest g : d.guests()) {
            if (!g.host().equals(hostName)) {
                continue;
            }
            for (Nic n : g.nics()) {
                Endpoint e = h.endpoint(n.endpoint()).orElseThrow();
                devices.putIfAbsent(e.lower(), null);
                if (e.mode() == MacvlanMode.PASSTHRU) {
                    passthru.add(e.lower());
                }
                endpoints.add(new Endpoint(e.name(), e.lower(), e.type(), e.mode(),
                        e.mac() == null ? null : e.mac().toLowerCase(Locale.ROOT), e.up(), null));
            }
            guests.add(new Guest(g.name(), g.host(), g.nics(), null));
        }
        devices.replaceAll((name, none) -> new Device(name, DeviceKind.ETHERNET, null, true, !passthru.contains(name), null));
        String name = guests.isEmpty() ? LibvirtImporter.DEFAULT_DESIGN_NAME : d.name();
        return new Design(d.version(), name, List.of(), List.of(),
                List.of(Host.of(hostName, List.copyOf(devices.values()), endpoints)), guests);
    }

    /** {@code d} with every device and endpoint name libvirt refuses (e.g. "[a]", "'q'") renamed "lvN". */
    public static Design libvirtNames(Design d) {
        List<Host> hosts = new ArrayList<>();
        Map<String, Map<String, String>> renames = new HashMap<>();
        for (Host h : d.hosts()) {
            Map<String, String> rename = new HashMap<>();
            Set<String> taken = new LinkedHashSet<>();
            h.devices().forEach(x -> taken.add(x.name()));
            h.endpoints().forEach(x -> taken.add(x.name()));
            int[] next = {0};
            for (String n : taken.toArray(String[]::new)) {
                if (!LIBVIRT_NAME.matcher(n).matches()) {
                    String fresh;
                    do {
                        fresh = "lv" + next[0]++;
                    } while (!taken.add(fresh));
                    rename.put(n, fresh);
                }
            }
            renames.put(h.name(), rename);
            hosts.add(h.withDevices(h.devices().stream().map(x -> x.withName(rename.getOrDefault(x.name(), x.name()))).toList())
                    .withEndpoints(h.endpoints().stream().map(x -> x.withName(rename.getOrDefault(x.name(), x.name()))
                            .withLower(rename.getOrDefault(x.lower(), x.lower()))).toList()));
        }
        List<Guest> guests = d.guests().stream().map(g -> {
            Map<String, String> rename = renames.getOrDefault(g.host(), Map.of());
            return g.withNics(g.nics().stream().map(n -> n.withEndpoint(rename.getOrDefault(n.endpoint(), n.endpoint()))).toList());
        }).toList();
        return d.withHosts(hosts).withGuests(guests);
    }
}
