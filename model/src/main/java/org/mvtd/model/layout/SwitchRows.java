package org.mvtd.model.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mvtd.model.Design;
import org.mvtd.model.Host;
import org.mvtd.model.Position;
import org.mvtd.model.Station;
import org.mvtd.model.Switch;
import org.mvtd.model.edit.Box;
import org.mvtd.model.edit.ElementKind;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.Layout;

/**
 * Switches, each followed by its stations, in rows above the hosts: a switch sits over the mean of the
 * devices plugged into it (so cables run down), groups never overlap, and a row wraps at the hosts' width.
 */
final class SwitchRows {
    private static final double ROW = 90;

    private final Map<ElementRef, Position> anchors = new HashMap<>();
    private double height;

    private SwitchRows() {
    }

    /** One switch (or a station whose switch is not tidied) and the stations that follow it. */
    private record Group(List<ElementRef> members, double wanted, double width) {
    }

    static SwitchRows of(Design d, List<ElementRef> scope, Map<ElementRef, Position> devices, Position origin, double limit) {
        Set<String> switches = new LinkedHashSet<>();
        Set<String> stations = new LinkedHashSet<>();
        for (ElementRef r : scope) {
            (r.kind() == ElementKind.SWITCH ? switches : stations).add(r.name());
        }
        double sw = Layout.size(ElementKind.SWITCH).width();
        double st = Layout.size(ElementKind.STATION).width();
        List<Group> groups = new ArrayList<>();
        for (Switch s : d.switches()) {
            if (!switches.contains(s.name())) {
                continue;
            }
            List<ElementRef> members = new ArrayList<>(List.of(ElementRef.sw(s.name())));
            for (Station x : d.stations()) {
                if (x.switchName().equals(s.name()) && stations.remove(x.name())) {
                    members.add(ElementRef.station(x.name()));
                }
            }
            double width = sw + (members.size() - 1) * (st + HostCluster.NODE_GAP);
            groups.add(new Group(members, wanted(d, s.name(), devices, origin.x() + width / 2), width));
        }
        for (String x : stations) { // stations tidied without their switch
            groups.add(new Group(List.of(ElementRef.station(x)), origin.x(), st));
        }
        groups.sort(Comparator.comparingDouble(Group::wanted));
        SwitchRows out = new SwitchRows();
        double cursor = origin.x();
        double y = origin.y() + Layout.size(ElementKind.SWITCH).height() / 2;
        for (Group g : groups) {
            double left = Math.max(cursor, g.wanted() - g.width() / 2);
            if (left + g.width() > origin.x() + Math.max(limit, g.width()) && cursor > origin.x()) {
                y += ROW; // wrap
                left = origin.x();
            }
            double x = left;
            for (ElementRef m : g.members()) {
                double w = Layout.size(m.kind()).width();
                out.anchors.put(m, new Position(x + w / 2, y));
                x += w + HostCluster.NODE_GAP;
            }
            cursor = left + g.width() + Shelves.GAP;
            out.height = y + ROW / 2 - origin.y();
        }
        return out;
    }

    /** The mean x of the devices plugged into switch {@code s}, or {@code fallback} when none is. */
    private static double wanted(Design d, String s, Map<ElementRef, Position> devices, double fallback) {
        double sum = 0;
        int n = 0;
        for (Host h : d.hosts()) {
            for (var dev : h.devices()) {
                Position p = devices.get(ElementRef.device(h.name(), dev.name()));
                if (s.equals(dev.switchName()) && p != null) {
                    sum += p.x();
                    n++;
                }
            }
        }
        return n == 0 ? fallback : sum / n;
    }

    Map<ElementRef, Position> anchors() {
        return anchors;
    }

    /** The rows' height from the origin; 0 when there is nothing to put in them. */
    double height() {
        return height;
    }
}
