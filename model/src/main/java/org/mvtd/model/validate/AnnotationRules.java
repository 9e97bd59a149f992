package org.mvtd.model.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Guest;
import org.mvtd.model.Host;
import org.mvtd.model.LinkLayout;
import org.mvtd.model.Nic;
import org.mvtd.model.Note;
import org.mvtd.model.Station;

/**
 * Checks notes and link layouts. They are layout only, so what is wrong with them is a warning: the design
 * still loads, and the stale layout is dropped at the next edit of the link.
 */
final class AnnotationRules {
    private AnnotationRules() {
    }

    /** Warnings about {@code d}'s annotations, named by {@code notes[i]} and {@code links[i]}. */
    static List<Problem> check(Design d) {
        List<Problem> out = new ArrayList<>();
        List<Note> notes = d.annotations().notes();
        for (int i = 0; i < notes.size(); i++) {
            if (notes.get(i).text().isBlank()) {
                out.add(Problem.warning("notes[" + i + "]", "note " + (i + 1) + " has no text",
                        "Write something in it, or delete it."));
            }
        }
        Set<String> links = linkKeys(d);
        Set<String> seen = new HashSet<>();
        List<LinkLayout> layouts = d.annotations().links();
        for (int i = 0; i < layouts.size(); i++) {
            LinkLayout l = layouts.get(i);
            String key = l.from() + " -> " + l.to();
            if (!links.contains(key)) {
                out.add(Problem.warning("links[" + i + "]", "links[" + i + "] describes a link from " + l.from()
                        + " to " + l.to() + ", which the design does not have; its bends and label are not drawn",
                        "Name a link's two ends by their paths, e.g. from: hosts[kvm1].devices[eth0], to: switches[tor1]; "
                                + "or remove the entry."));
            } else if (!seen.add(key)) {
                out.add(Problem.warning("links[" + i + "]", "links[" + i + "] repeats the layout of the link from "
                        + l.from() + " to " + l.to() + "; only the first is drawn", "Remove one of the two."));
            }
        }
        return out;
    }

    /** "from -> to" by element path for every reference that draws a link (a station or device's switch, ...). */
    private static Set<String> linkKeys(Design d) {
        Set<String> out = new HashSet<>();
        for (Station s : d.stations()) {
            out.add("stations[" + s.name() + "] -> switches[" + s.switchName() + "]");
        }
        for (Host h : d.hosts()) {
            String host = "hosts[" + h.name() + "]";
            for (Device x : h.devices()) {
                if (x.switchName() != null) {
                    out.add(host + ".devices[" + x.name() + "] -> switches[" + x.switchName() + "]");
                }
            }
            for (Endpoint e : h.endpoints()) {
                out.add(host + ".endpoints[" + e.name() + "] -> " + host + ".devices[" + e.lower() + "]");
            }
        }
        for (Guest g : d.guests()) {
            for (Nic n : g.nics()) {
                out.add("guests[" + g.name() + "] -> hosts[" + g.host() + "].endpoints[" + n.endpoint() + "]");
            }
        }
        return out;
    }
}
