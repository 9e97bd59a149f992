package org.mvtd.backend.link;

import java.util.ArrayList;
import java.util.List;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Guest;
import org.mvtd.model.Host;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Nic;
import org.mvtd.model.Switch;

/** Designs built in code for the backend's tests. */
public final class Designs {
    private Designs() {
    }

    /** Host kvm1 with device eth0 and the given endpoints, on switch tor1. */
    public static Design of(String name, List<Endpoint> endpoints, List<Guest> guests) {
        Host h = Host.of("kvm1", List.of(Device.of("eth0", "tor1")), endpoints);
        return new Design(Design.CURRENT_VERSION, name, List.of(Switch.of("tor1", false)), List.of(), List.of(h), guests);
    }

    /** One passthru macvtap with a design MAC on eth0, for guest vm1 (issue 15 F3, issue 14 item 6). */
    public static Design passthru(String name, String mac) {
        return of(name, List.of(Endpoint.macvtap("pt0", "eth0", MacvlanMode.PASSTHRU).withMac(mac)),
                List.of(Guest.of("vm1", "kvm1", List.of(Nic.on("pt0")))));
    }

    /** {@link #small}'s endpoints on a lower device declared {@code kind}. */
    public static Design onDevice(String name, org.mvtd.model.DeviceKind kind, String device) {
        Host h = Host.of("kvm1", List.of(new Device(device, kind, "tor1", true, true, null)),
                List.of(Endpoint.macvtap("mvt0", device, MacvlanMode.BRIDGE)));
        return new Design(Design.CURRENT_VERSION, name, List.of(Switch.of("tor1", false)), List.of(), List.of(h), List.of());
    }

    /** Two macvtaps (one with a guest) and a macvlan shim. */
    public static Design small(String name) {
        return of(name, List.of(
                        Endpoint.macvtap("mvt0", "eth0", MacvlanMode.BRIDGE).withMac("52:54:00:00:00:01"),
                        Endpoint.macvtap("mvt1", "eth0", MacvlanMode.VEPA),
                        Endpoint.macvlan("mvl0", "eth0", MacvlanMode.BRIDGE).withUp(false)),
                List.of(Guest.of("vm1", "kvm1", List.of(Nic.on("mvt0")))));
    }

    /** {@code n} bridge-mode macvtaps named {@code prefix0..}, without guests. */
    public static Design many(String name, String prefix, int n) {
        List<Endpoint> eps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            eps.add(Endpoint.macvtap(prefix + i, "eth0", MacvlanMode.BRIDGE));
        }
        return of(name, eps, List.of());
    }

    /**
     * From {@link #small}: 6 steps of 12 ops in all (a macvtap brought up takes three: add, mark, up): delete mvt0 (and drop its guest), replace mvt1 (mode),
     * create new0 and new1, set mvl0's MAC and bring it up.
     */
    public static Design tenStepChange(Design before) {
        return before.withGuests(List.of()).withHost("kvm1", h -> {
            List<Endpoint> eps = new ArrayList<>(h.endpoints().subList(1, h.endpoints().size()));
            eps.add(Endpoint.macvtap("new0", "eth0", MacvlanMode.VEPA));
            eps.add(Endpoint.macvtap("new1", "eth0", MacvlanMode.BRIDGE).withUp(false));
            return h.withEndpoints(eps);
        }).withHost("kvm1", h -> h.withEndpoint("mvt1", e -> e.withMode(MacvlanMode.PRIVATE))
                .withEndpoint("mvl0", e -> e.withUp(true).withMac("52:54:00:00:00:09")));
    }
}
