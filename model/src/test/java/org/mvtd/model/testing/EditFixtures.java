package org.mvtd.model.testing;

import java.util.List;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Guest;
import org.mvtd.model.Host;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Nic;
import org.mvtd.model.Position;
import org.mvtd.model.Station;
import org.mvtd.model.Switch;

/**
 * Small designs the editing and view-model tests share, built in code so that changing a shipped
 * example never changes what these tests see.
 */
public final class EditFixtures {
    private EditFixtures() {
    }

    /** Two bridge macvtaps on kvmhost/eth0 (on lan, with the host's address), a guest on each, router on lan. */
    public static Design welcome() {
        Host h = Host.of("kvmhost",
                List.of(Device.of("eth0", "lan").withHostAddress(true).withAt(new Position(400, 240))),
                List.of(Endpoint.macvtap("macvtap0", "eth0", MacvlanMode.BRIDGE).withMac("52:54:00:0a:8a:c1")
                                .withAt(new Position(300, 370)),
                        Endpoint.macvtap("macvtap1", "eth0", MacvlanMode.BRIDGE).withMac("52:54:00:0a:8a:c2")
                                .withAt(new Position(500, 370))));
        return Design.empty("bridge mode on one NIC")
                .withSwitches(List.of(Switch.of("lan", false).withAt(new Position(400, 60))))
                .withStations(List.of(Station.of("router", "lan").withAt(new Position(660, 60))))
                .withHosts(List.of(h))
                .withGuests(List.of(
                        Guest.of("uperf-client", "kvmhost", List.of(Nic.on("macvtap0"))).withAt(new Position(300, 510)),
                        Guest.of("uperf-server", "kvmhost", List.of(Nic.on("macvtap1"))).withAt(new Position(500, 510))));
    }

    /** One host with eth0 (on lan) carrying a passthru macvtap, and eth1 with a macvlan shim and a free macvtap. */
    public static Design mixed() {
        Host h = Host.of("kvm1",
                List.of(Device.of("eth0", "lan"), Device.of("eth1", "lan")),
                List.of(Endpoint.macvtap("pt0", "eth0", MacvlanMode.PASSTHRU),
                        Endpoint.macvlan("shim0", "eth1", MacvlanMode.BRIDGE),
                        Endpoint.macvtap("tap1", "eth1", MacvlanMode.BRIDGE),
                        Endpoint.macvtap("tap2", "eth1", MacvlanMode.BRIDGE)));
        Host other = Host.of("kvm2", List.of(Device.of("eth0", "lan")), List.of(Endpoint.macvtap("tapx", "eth0", MacvlanMode.VEPA)));
        return Design.empty("mixed")
                .withSwitches(List.of(Switch.of("lan", false), Switch.of("wan", true)))
                .withStations(List.of(Station.of("router", "lan")))
                .withHosts(List.of(h, other))
                .withGuests(List.of(Guest.of("vm1", "kvm1", List.of(Nic.on("tap1"))), Guest.of("vm2", "kvm1", List.of())));
    }
}
