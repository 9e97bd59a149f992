package org.mvtd.backend.lab;

import java.util.ArrayList;
import java.util.List;
import org.mvtd.model.Design;
import org.mvtd.model.Endpoint;
import org.mvtd.model.GuestKind;
import org.mvtd.model.MacvlanMode;

/**
 * The version-2 keys the lab builds (source mode with its MAC list and nodst, passthru nopromisc) and
 * the ones it still refuses; refused rather than built without them, as the lab would then disagree
 * with the engine for no fault of either.
 */
final class LabScope {
    private LabScope() {
    }

    /** Throws naming every version-2 key of {@code d} the lab cannot build yet. */
    static void check(Design d) {
        List<String> missing = new ArrayList<>();
        if (d.hosts().stream().anyMatch(h -> h.devices().stream().anyMatch(dev -> dev.isVlan() && dev.parent() != null))) {
            missing.add("VLAN devices");
        }
        if (d.stations().stream().anyMatch(s -> s.vlan() != null)) {
            missing.add("station VLANs");
        }
        if (d.hosts().stream().anyMatch(h -> h.devices().stream().anyMatch(dev -> !dev.addresses().isEmpty())
                || h.endpoints().stream().anyMatch(e -> !e.addresses().isEmpty()))
                || d.stations().stream().anyMatch(s -> !s.addresses().isEmpty())) {
            missing.add("addresses");
        }
        if (d.guests().stream().anyMatch(g -> g.kind() == GuestKind.CONTAINER)) {
            missing.add("containers");
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the lab does not build these format-version-2 keys yet: "
                    + String.join(", ", missing));
        }
    }

    /** The mode's flag for {@code ip link add ... mode M}, or "" (iproute2 6.1: {@code flag nodst|nopromisc}). */
    static String modeFlag(Endpoint e) {
        if (e.mode() == MacvlanMode.SOURCE && e.nodst()) {
            return " flag nodst";
        }
        if (e.mode() == MacvlanMode.PASSTHRU && e.nopromisc()) {
            return " flag nopromisc";
        }
        return "";
    }

    /** The source endpoint's senders, set after the link exists (the list is a change, not a create option). */
    static List<String> sourceLines(Endpoint e) {
        if (e.mode() != MacvlanMode.SOURCE || e.sourceMacs().isEmpty()) {
            return List.of();
        }
        StringBuilder s = new StringBuilder("link set dev " + e.name() + " type " + e.type().kernelName() + " macaddr set");
        e.sourceMacs().forEach(m -> s.append(' ').append(Mac.parse(m)));
        return List.of(s.toString());
    }
}
