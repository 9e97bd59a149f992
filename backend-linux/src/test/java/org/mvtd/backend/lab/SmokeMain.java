package org.mvtd.backend.lab;

import java.util.List;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Host;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Station;
import org.mvtd.model.Switch;
import org.mvtd.model.reach.Pair;

final class SmokeMain {
    public static void main(String[] a) throws Exception {
        Design d = Design.empty("smoke")
                .withSwitches(List.of(Switch.of("lan", false)))
                .withStations(List.of(Station.of("router", "lan")))
                .withHosts(List.of(Host.of("kvm", List.of(Device.of("eth0", "lan")),
                        List.of(Endpoint.macvtap("mvt0", "eth0", MacvlanMode.BRIDGE),
                                Endpoint.macvtap("mvt1", "eth0", MacvlanMode.BRIDGE),
                                Endpoint.macvlan("shim", "eth0", MacvlanMode.VEPA)))));
        try (Lab lab = Lab.build(d)) {
            ProbeOutcome o = lab.probe(lab.shuffledOrder(1));
            for (Pair p : o.report().pairs()) {
                System.out.println(p.from() + " -> " + p.to() + " u=" + p.unicast() + " b=" + p.broadcast());
            }
            System.out.println(o.stats());
            if (Boolean.getBoolean("keep")) { lab.keep(); }
            lab.close();
            System.out.println(lab.timings() + " ready=" + lab.readyMillis());
        }
    }
}
