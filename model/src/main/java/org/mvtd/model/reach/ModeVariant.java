package org.mvtd.model.reach;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.mvtd.model.Design;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Host;
import org.mvtd.model.MacvlanMode;

/**
 * A design with every endpoint switched to one mode: the compare view's small multiples.
 * Passthru allows one endpoint per device; the kernel refuses the others (EINVAL), so they are
 * kept but set down and listed in {@code refused} as {@code HOST/ENDPOINT}.
 */
public record ModeVariant(MacvlanMode mode, Design design, List<String> refused) {
    public ModeVariant {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(design, "design");
        refused = List.copyOf(refused);
    }

    public static ModeVariant of(Design design, MacvlanMode mode) {
        List<String> refused = new ArrayList<>();
        List<Host> hosts = new ArrayList<>();
        for (Host h : design.hosts()) {
            Set<String> owned = new HashSet<>();
            List<Endpoint> eps = new ArrayList<>();
            for (Endpoint e : h.endpoints()) {
                Endpoint m = e.withMode(mode);
                if (mode == MacvlanMode.PASSTHRU && !owned.add(e.lower())) {
                    refused.add(h.name() + "/" + e.name());
                    m = m.withUp(false);
                }
                eps.add(m);
            }
            hosts.add(h.withEndpoints(eps));
        }
        return new ModeVariant(mode, design.withHosts(hosts), refused);
    }

    /** The four variants in the kernel's order: vepa, bridge, private, passthru. */
    public static List<ModeVariant> all(Design design) {
        return MacvlanMode.classic().stream().map(m -> of(design, m)).toList();
    }
}
