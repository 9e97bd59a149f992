package org.mvtd.backend.lab;

import java.util.ArrayList;
import java.util.List;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Host;
import org.mvtd.model.Station;
import org.mvtd.model.Switch;
import org.mvtd.model.reach.Pair;
import org.mvtd.model.reach.ReachReport;

/** Terse designs and report look-ups for lab tests. */
final class D {
    private D() {
    }

    /** One switch "sw", one host "h" with the given devices and endpoints, and the given stations on sw. */
    static Design oneHost(boolean hairpin, List<Device> devices, List<Endpoint> endpoints, String... stations) {
        List<Station> st = new ArrayList<>();
        for (String s : stations) {
            st.add(Station.of(s, "sw"));
        }
        return Design.empty("test").withSwitches(List.of(Switch.of("sw", hairpin))).withStations(st)
                .withHosts(List.of(Host.of("h", devices, endpoints)));
    }

    static Pair pair(ReachReport r, String from, String to) {
        return r.pairs().stream().filter(p -> p.from().equals(from) && p.to().equals(to)).findFirst()
                .orElseThrow(() -> new AssertionError("no pair " + from + " -> " + to + " in " + r.pairs()));
    }

    static ReachReport observe(Design d) throws LabException {
        try (Lab lab = Lab.build(d)) {
            return lab.probe();
        }
    }

    static Device dev(String name, String sw, boolean hostAddress) {
        return Device.of(name, sw).withHostAddress(hostAddress);
    }
}
