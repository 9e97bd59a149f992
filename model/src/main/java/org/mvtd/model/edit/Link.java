package org.mvtd.model.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Guest;
import org.mvtd.model.Host;
import org.mvtd.model.Nic;
import org.mvtd.model.Station;

/**
 * A line on the canvas between two elements: a cable (device or station to switch), a lower link
 * (endpoint to its device) or a NIC (guest to endpoint).
 */
public record Link(ElementRef a, ElementRef b, Kind kind) {
    public enum Kind { CABLE, LOWER, NIC }

    public Link {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(kind, "kind");
    }

    /** Every link of {@code d} whose two ends exist. */
    public static List<Link> of(Design d) {
        List<Link> out = new ArrayList<>();
        for (Station s : d.stations()) {
            if (d.switchNamed(s.switchName()).isPresent()) {
                out.add(new Link(ElementRef.station(s.name()), ElementRef.sw(s.switchName()), Kind.CABLE));
            }
        }
        for (Host h : d.hosts()) {
            for (Device x : h.devices()) {
                if (x.switchName() != null && d.switchNamed(x.switchName()).isPresent()) {
                    out.add(new Link(ElementRef.device(h.name(), x.name()), ElementRef.sw(x.switchName()), Kind.CABLE));
                }
            }
            for (Endpoint e : h.endpoints()) {
                if (h.device(e.lower()).isPresent()) {
                    out.add(new Link(ElementRef.endpoint(h.name(), e.name()), ElementRef.device(h.name(), e.lower()), Kind.LOWER));
                }
            }
        }
        for (Guest g : d.guests()) {
            for (Nic n : g.nics()) {
                ElementRef ep = ElementRef.endpoint(g.host(), n.endpoint());
                if (Elements.exists(d, ep)) {
                    out.add(new Link(ElementRef.guest(g.name()), ep, Kind.NIC));
                }
            }
        }
        return out;
    }

    public boolean touches(ElementRef r) {
        return a.equals(r) || b.equals(r);
    }
}
