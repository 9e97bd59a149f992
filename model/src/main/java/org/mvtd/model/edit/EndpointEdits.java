package org.mvtd.model.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.mvtd.model.Design;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Guest;
import org.mvtd.model.Host;
import org.mvtd.model.LinkType;
import org.mvtd.model.MacvlanMode;

/**
 * Edits of one endpoint's properties (mode, lower device, type, MAC, state), each refused with the rule the
 * validator applies: the passthru rule, a guest NIC needing a macvtap, a unicast MAC.
 */
public final class EndpointEdits {
    private EndpointEdits() {
    }

    public static EditResult setMode(Design d, ElementRef r, MacvlanMode m) {
        return replace(d, r, current(d, r).inMode(Objects.requireNonNull(m, "m")));
    }

    public static EditResult setLower(Design d, ElementRef r, String device) {
        return replace(d, r, current(d, r).withLower(Objects.requireNonNull(device, "device")));
    }

    public static EditResult setUp(Design d, ElementRef r, boolean up) {
        return replace(d, r, current(d, r).withUp(up));
    }

    /**
     * Changes macvtap/macvlan; a virtual machine's NIC needs a macvtap and a container's a macvlan, so the other
     * type is refused while such a guest uses it.
     */
    public static EditResult setType(Design d, ElementRef r, LinkType t) {
        Objects.requireNonNull(t, "t");
        Optional<Guest> g = d.guestOn(r.host(), r.name());
        if (g.isPresent() && g.get().kind().nicType() != t) {
            return EditResult.refused(g.get().name() + " uses " + r.name() + ": " + (g.get().isContainer()
                    ? "a container's NIC needs a macvlan endpoint" : "a guest NIC needs a macvtap endpoint")
                    + ". Disconnect the guest first.");
        }
        return replace(d, r, current(d, r).withType(t));
    }

    /** Sets the MAC from what the user typed; blank lets the kernel choose. Refused when not a unicast MAC. */
    public static EditResult setMac(Design d, ElementRef r, String text) {
        Objects.requireNonNull(text, "text");
        Optional<String> p = Names.macProblem(text);
        if (p.isPresent()) {
            return EditResult.refused(p.get());
        }
        String mac = text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
        return replace(d, r, current(d, r).withMac(mac));
    }

    /**
     * Adds endpoint {@code e} to host {@code host}; refused when its name is taken or not an interface name, its
     * lower device is missing, or the passthru rule forbids it there.
     */
    public static EditResult add(Design d, String host, Endpoint e) {
        Objects.requireNonNull(d, "d");
        Objects.requireNonNull(e, "e");
        Host h = d.host(Objects.requireNonNull(host, "host"))
                .orElseThrow(() -> new IllegalArgumentException("host " + host + " does not exist"));
        ElementRef r = ElementRef.endpoint(host, e.name());
        Optional<String> problem = Names.nameProblem(d, r.withName(""), e.name());
        if (problem.isPresent()) {
            return EditResult.refused(e.name() + ": " + problem.get());
        }
        if (h.device(e.lower()).isEmpty()) {
            return EditResult.refused(host + " has no lower device " + e.lower() + " for " + e.name() + ".");
        }
        Optional<String> conflict = Connections.passthruConflict(h, e.lower(), e);
        if (conflict.isPresent()) {
            return EditResult.refused(conflict.get());
        }
        List<Endpoint> eps = new ArrayList<>(h.endpoints());
        eps.add(e);
        return EditResult.ok(d.withHost(host, x -> x.withEndpoints(eps)), List.of(r));
    }

    /** Endpoint {@code r} replaced by {@code next}; refused by the passthru rule when its mode or lower device changes. */
    public static EditResult replace(Design d, ElementRef r, Endpoint next) {
        Objects.requireNonNull(d, "d");
        Objects.requireNonNull(next, "next");
        Endpoint cur = current(d, r);
        if (next.mode() != cur.mode() || !next.lower().equals(cur.lower())) {
            Host h = d.host(r.host()).orElseThrow();
            Optional<String> conflict = Connections.passthruConflict(h, next.lower(), next);
            if (conflict.isPresent()) {
                return EditResult.refused(conflict.get());
            }
        }
        return EditResult.ok(d.withHost(r.host(), h -> h.withEndpoint(r.name(), e -> next)), List.of());
    }

    private static Endpoint current(Design d, ElementRef r) {
        Objects.requireNonNull(r, "r");
        if (r.kind() != ElementKind.ENDPOINT) {
            throw new IllegalArgumentException(r.label() + " is not an endpoint");
        }
        return Elements.endpoint(d, r).orElseThrow(() -> new IllegalArgumentException(r.label() + " does not exist"));
    }
}
