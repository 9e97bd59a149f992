package org.mvtd.model.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mvtd.model.Design;
import org.mvtd.model.Guest;
import org.mvtd.model.Host;
import org.mvtd.model.Position;
import org.mvtd.model.edit.Box;
import org.mvtd.model.edit.ElementKind;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.Elements;
import org.mvtd.model.edit.Layout;

/**
 * Arrange, Tidy: a layered layout of the whole design or a selection. Each host with its guests is laid
 * out by ELK's layered algorithm ({@link HostCluster}); the hosts are packed in rows to a screen's aspect ratio
 * ({@link Shelves}); switches and their stations form rows above, each switch over the devices plugged
 * into it ({@link SwitchRows}). Every element of the scope gets an explicit position.
 */
public final class Tidy {
    /** The shape the packed hosts aim at: a wide screen's. */
    public static final double ASPECT = 1.6;
    private static final double MARGIN = 40;

    private Tidy() {
    }

    /** The whole design tidied. */
    public static Design arrange(Design d) {
        return arrange(d, Elements.all(d), new Position(MARGIN, MARGIN));
    }

    /**
     * The elements of {@code scope} tidied (a device, endpoint or guest brings its host and the host's
     * guests: they are laid out together), placed where the scope's top-left corner was.
     */
    public static Design arrange(Design d, Collection<ElementRef> scope) {
        Layout before = Layout.of(d);
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        for (ElementRef r : scope) {
            Box b = before.bounds(r).orElse(null);
            if (b != null) {
                minX = Math.min(minX, b.minX());
                minY = Math.min(minY, b.minY());
            }
        }
        return minX == Double.MAX_VALUE ? d : arrange(d, scope, new Position(minX, minY));
    }

    /** Whether no element carries a position (an import, a hand-written file): then tidying loses nothing. */
    public static boolean unpositioned(Design d) {
        return Elements.all(d).stream().allMatch(r -> Elements.storedPosition(d, r) == null);
    }

    private static Design arrange(Design d, Collection<ElementRef> scope, Position origin) {
        Set<String> hosts = new LinkedHashSet<>();
        Set<String> orphans = new LinkedHashSet<>();
        List<ElementRef> outside = new ArrayList<>();
        for (ElementRef r : scope) {
            switch (r.kind()) {
                case HOST -> hosts.add(r.name());
                case DEVICE, ENDPOINT -> hosts.add(r.host());
                case GUEST -> d.guest(r.name()).ifPresent(g -> (d.host(g.host()).isPresent() ? hosts : orphans).add(g.host()));
                case SWITCH, STATION -> outside.add(r);
            }
        }
        List<HostCluster> clusters = new ArrayList<>();
        for (Host h : d.hosts()) {
            if (hosts.contains(h.name())) {
                clusters.add(HostCluster.of(h, guestsOf(d, h.name())));
            }
        }
        List<Guest> homeless = d.guests().stream().filter(g -> orphans.contains(g.host())).toList();
        int n = clusters.size() + homeless.size();
        double[] w = new double[n];
        double[] h = new double[n];
        Box guest = Layout.size(ElementKind.GUEST);
        for (int i = 0; i < n; i++) {
            w[i] = i < clusters.size() ? clusters.get(i).width() : guest.width();
            h[i] = i < clusters.size() ? clusters.get(i).height() : guest.height();
        }
        Shelves.Packing p = Shelves.pack(w, h, ASPECT);
        Map<ElementRef, Position> anchors = new LinkedHashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            anchors.putAll(clusters.get(i).anchors(origin.x() + p.x()[i], origin.y() + p.y()[i]));
        }
        for (int i = clusters.size(); i < n; i++) {
            Guest g = homeless.get(i - clusters.size());
            anchors.put(ElementRef.guest(g.name()), new Position(origin.x() + p.x()[i] + guest.width() / 2,
                    origin.y() + p.y()[i] + guest.height() / 2));
        }
        SwitchRows rows = SwitchRows.of(d, outside, anchors, origin, Math.max(p.width(), 800));
        if (rows.height() > 0) { // the hosts move down below the switch rows
            double dy = rows.height() + Shelves.GAP;
            anchors.replaceAll((r, a) -> Box.shift(a, 0, dy));
        }
        anchors.putAll(rows.anchors());
        return place(d, anchors);
    }

    private static List<Guest> guestsOf(Design d, String host) {
        return d.guests().stream().filter(g -> g.host().equals(host)).toList();
    }

    /** {@code d} with the given positions, in one pass over the design. */
    static Design place(Design d, Map<ElementRef, Position> at) {
        Map<ElementRef, Position> a = new HashMap<>(at);
        return d.withSwitches(d.switches().stream().map(s -> s.withAt(a.getOrDefault(ElementRef.sw(s.name()), s.at()))).toList())
                .withStations(d.stations().stream()
                        .map(s -> s.withAt(a.getOrDefault(ElementRef.station(s.name()), s.at()))).toList())
                .withHosts(d.hosts().stream().map(x -> x.withAt(a.getOrDefault(ElementRef.host(x.name()), x.at()))
                        .withDevices(x.devices().stream().map(v -> v.withAt(
                                a.getOrDefault(ElementRef.device(x.name(), v.name()), v.at()))).toList())
                        .withEndpoints(x.endpoints().stream().map(e -> e.withAt(
                                a.getOrDefault(ElementRef.endpoint(x.name(), e.name()), e.at()))).toList()))
                        .toList())
                .withGuests(d.guests().stream().map(g -> g.withAt(a.getOrDefault(ElementRef.guest(g.name()), g.at()))).toList());
    }
}
