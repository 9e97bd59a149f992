package org.mvtd.model.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mvtd.model.Design;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Guest;
import org.mvtd.model.Host;
import org.mvtd.model.LinkType;
import org.mvtd.model.Nic;

/**
 * The hosts an export covers and their guests with every NIC resolved to its endpoint, plus
 * unique file names: with several hosts each host's files go to a sub-directory named after it.
 */
final class ExportScope {
    /** A guest NIC with the endpoint it uses. */
    record BoundNic(Nic nic, Endpoint endpoint) {
    }

    /** A guest with its resolved NICs, in design order. */
    record BoundGuest(Guest guest, List<BoundNic> nics) {
    }

    private final Design design;
    private final List<Host> hosts;
    private final Map<String, FileNames> namesPerDir = new HashMap<>();
    private final Map<String, String> hostDirs = new HashMap<>();
    private final FileNames dirNames = new FileNames();

    private ExportScope(Design design, List<Host> hosts) {
        this.design = design;
        this.hosts = List.copyOf(hosts);
    }

    static ExportScope of(Design design, Optional<String> host) throws ExportException {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(host, "host");
        if (host.isEmpty()) {
            return new ExportScope(design, design.hosts());
        }
        Optional<Host> found = design.host(host.get());
        if (found.isEmpty()) {
            List<String> known = design.hosts().stream().map(Host::name).toList();
            throw new ExportException("host '" + host.get() + "' is not in design '" + design.name()
                    + "' (its hosts: " + (known.isEmpty() ? "none" : String.join(", ", known)) + ")");
        }
        return new ExportScope(design, List.of(found.get()));
    }

    Design design() {
        return design;
    }

    List<Host> hosts() {
        return hosts;
    }

    /** The virtual machines of {@code host}, each NIC bound to its macvtap endpoint. */
    List<BoundGuest> guests(Host host) throws ExportException {
        List<BoundGuest> out = new ArrayList<>();
        for (Guest g : design.guests()) {
            if (!g.host().equals(host.name()) || g.isContainer()) {
                continue; // a container is no virtual machine: its macvlan NICs are the ip script's and networkd's
            }
            List<BoundNic> nics = new ArrayList<>();
            for (Nic n : g.nics()) {
                Endpoint e = host.endpoint(n.endpoint()).orElseThrow(() -> new ExportException(
                        "guest '" + g.name() + "' uses endpoint '" + n.endpoint() + "', which host '" + host.name()
                                + "' does not have"));
                if (e.type() != LinkType.MACVTAP) {
                    throw new ExportException("guest '" + g.name() + "' uses endpoint '" + e.name()
                            + "', a macvlan; a guest NIC needs a macvtap endpoint");
                }
                nics.add(new BoundNic(n, e));
            }
            out.add(new BoundGuest(g, nics));
        }
        return out;
    }

    /** Fails unless every endpoint's lower device is one of the host's devices. */
    static void checkLowers(Host host) throws ExportException {
        for (Endpoint e : host.endpoints()) {
            if (host.device(e.lower()).isEmpty()) {
                throw new ExportException("endpoint '" + e.name() + "' of host '" + host.name()
                        + "' sits on device '" + e.lower() + "', which the host does not have");
            }
        }
    }

    /**
     * A unique relative file name for an object of {@code host} called {@code freeText}, ending in
     * {@code suffix}: unsafe characters become '_', clashes get "-2", "-3".
     */
    String fileName(Host host, String freeText, String suffix) {
        String dir = hosts.size() > 1 ? hostDirs.computeIfAbsent(host.name(), h -> dirNames.claim(h, "/")) : "";
        return dir + namesPerDir.computeIfAbsent(dir, d -> new FileNames()).claim(freeText, suffix);
    }
}
