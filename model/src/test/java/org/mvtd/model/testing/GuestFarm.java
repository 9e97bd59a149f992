package org.mvtd.model.testing;

import java.util.ArrayList;
import java.util.List;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Guest;
import org.mvtd.model.Host;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Nic;
import org.mvtd.model.Station;
import org.mvtd.model.Switch;

/** A design of many guests, none positioned: {@code hosts} hosts, each one NIC with {@code perHost} macvtap guests. */
public final class GuestFarm {
    private GuestFarm() {
    }

    public static Design of(int hosts, int perHost) {
        List<Host> hs = new ArrayList<>();
        List<Guest> gs = new ArrayList<>();
        for (int h = 0; h < hosts; h++) {
            String host = "kvm" + h;
            List<Endpoint> eps = new ArrayList<>();
            for (int g = 0; g < perHost; g++) {
                eps.add(Endpoint.macvtap("macvtap" + g, "eth0", MacvlanMode.BRIDGE));
                gs.add(new Guest("vm" + h + "-" + g, host, List.of(Nic.on("macvtap" + g)), null));
            }
            hs.add(new Host(host, List.of(Device.of("eth0", "tor")), eps, null));
        }
        return Design.empty("guest farm").withSwitches(List.of(new Switch("tor", false, null)))
                .withStations(List.of(new Station("router", "tor", null))).withHosts(hs).withGuests(gs);
    }
}
