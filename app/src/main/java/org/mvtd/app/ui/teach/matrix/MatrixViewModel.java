package org.mvtd.app.ui.teach.matrix;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.Elements;
import org.mvtd.app.ui.viewmodel.ReachViewModel;
import org.mvtd.app.ui.viewmodel.IpFamily;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Guest;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Host;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Station;
import org.mvtd.model.Switch;
import org.mvtd.model.reach.ModeVariant;
import org.mvtd.model.reach.Node;
import org.mvtd.model.reach.NodeKind;
import org.mvtd.model.reach.Pair;
import org.mvtd.model.reach.ReachEngine;
import org.mvtd.model.reach.ReachMatrix;
import org.mvtd.model.reach.Verdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reach matrix without a stage: every ordered pair of the (filtered) nodes, rows from and columns
 * to, as ping / unicast only / one way / none / down; filters by host, switch and mode (the design as
 * drawn, or every endpoint in one mode); the why of a pair on demand; the table as CSV.
 */
public final class MatrixViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(MatrixViewModel.class);
    /** The filter value meaning "no filter". */
    public static final String ALL = "";

    /** The matrix shown: node ids in order and one cell per ordered pair. */
    public record Table(List<String> nodes, MatrixCell[][] cells) {
        public Table {
            nodes = List.copyOf(nodes);
        }

        public MatrixCell cell(int from, int to) {
            return cells[from][to];
        }

        public MatrixCell cell(String from, String to) {
            return cells[nodes.indexOf(from)][nodes.indexOf(to)];
        }
    }

    private final ObjectProperty<Design> design = new SimpleObjectProperty<>(this, "design", Design.empty(""));
    private final ObjectProperty<String> host = new SimpleObjectProperty<>(this, "host", ALL);
    private final ObjectProperty<String> sw = new SimpleObjectProperty<>(this, "switch", ALL);
    /** null: the modes as designed. */
    private final ObjectProperty<MacvlanMode> mode = new SimpleObjectProperty<>(this, "mode");
    private final ObjectProperty<IpFamily> family = new SimpleObjectProperty<>(this, "family", IpFamily.IPV4);
    private final ObservableSet<NodeKind> kinds = FXCollections.observableSet(EnumSet.allOf(NodeKind.class));
    private final ObservableList<String> hosts = FXCollections.observableArrayList();
    private final ObservableList<String> switches = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Table> table = new ReadOnlyObjectWrapper<>(this, "table",
            new Table(List.of(), new MatrixCell[0][0]));
    private Design shown = Design.empty("");
    private ReachEngine engine;

    public MatrixViewModel() {
        design.addListener((o, a, b) -> {
            hosts.setAll(b.hosts().stream().map(Host::name).toList());
            switches.setAll(b.switches().stream().map(Switch::name).toList());
            if (!ALL.equals(host.get()) && !hosts.contains(host.get())) {
                host.set(ALL);
            }
            if (!ALL.equals(sw.get()) && !switches.contains(sw.get())) {
                sw.set(ALL);
            }
            recompute();
        });
        host.addListener((o, a, b) -> recompute());
        sw.addListener((o, a, b) -> recompute());
        mode.addListener((o, a, b) -> recompute());
        family.addListener((o, a, b) -> recompute());
        kinds.addListener((SetChangeListener<NodeKind>) c -> recompute());
        recompute();
    }

    public ObjectProperty<Design> designProperty() { return design; }
    public ObjectProperty<String> hostProperty() { return host; }
    public ObjectProperty<String> switchProperty() { return sw; }
    public ObjectProperty<MacvlanMode> modeProperty() { return mode; }
    /** The address family a cell's ping is judged in (the designer's View menu choice). */
    public ObjectProperty<IpFamily> familyProperty() { return family; }
    public ObservableList<String> hosts() { return hosts; }
    /** The kinds of node shown as rows and columns (host stacks, endpoints with their guests, stations). */
    public ObservableSet<NodeKind> kinds() { return kinds; }
    public ObservableList<String> switches() { return switches; }
    public ReadOnlyObjectProperty<Table> tableProperty() { return table.getReadOnlyProperty(); }
    public Table table() { return table.get(); }

    private void recompute() {
        Design d = design.get();
        shown = mode.get() == null ? d : ModeVariant.of(d, mode.get()).design();
        List<String> ids = new ArrayList<>();
        MatrixCell[][] cells;
        try {
            engine = ReachEngine.of(shown);
            ReachMatrix m = engine.matrix();
            List<Integer> idx = new ArrayList<>();
            List<Node> nodes = engine.nodes();
            for (int i = 0; i < nodes.size(); i++) {
                if (kinds.contains(nodes.get(i).kind()) && keep(shown, nodes.get(i).id())) {
                    idx.add(i);
                    ids.add(nodes.get(i).id());
                }
            }
            cells = new MatrixCell[idx.size()][idx.size()];
            for (int r = 0; r < idx.size(); r++) {
                for (int c = 0; c < idx.size(); c++) {
                    cells[r][c] = cellOf(m, idx.get(r), idx.get(c), ids.get(r), ids.get(c));
                }
            }
        } catch (RuntimeException e) {
            LOG.debug("matrix: engine refused the design", e);
            engine = null;
            ids.clear();
            cells = new MatrixCell[0][0];
        }
        table.set(new Table(ids, cells));
    }

    private MatrixCell cellOf(ReachMatrix m, int s, int d, String from, String to) {
        if (s == d) {
            return MatrixCell.SELF;
        }
        if (isDown(from) || isDown(to)) {
            return MatrixCell.DOWN;
        }
        return MatrixCell.of(Verdict.of(m.unicast(s, d), m.broadcast(s, d), ping(m, s, d), m.unicast(d, s)));
    }

    private boolean ping(ReachMatrix m, int s, int d) {
        return (family.get() == null ? IpFamily.IPV4 : family.get()).ping(engine, m, s, d);
    }

    private boolean isDown(String node) {
        ElementRef r = ReachViewModel.refForNode(shown, node);
        return r != null && Elements.isDown(shown, r);
    }

    private boolean keep(Design d, String id) {
        int slash = id.indexOf('/');
        String nodeHost = slash > 0 ? id.substring(0, slash) : null;
        if (!ALL.equals(host.get()) && !host.get().equals(nodeHost)) {
            return false;
        }
        return ALL.equals(sw.get()) || sw.get().equals(switchOf(d, id).orElse(null));
    }

    /** The switch a node's frames go out on: its lower device's, or the station's. */
    static Optional<String> switchOf(Design d, String id) {
        int slash = id.indexOf('/');
        if (slash < 0) {
            return d.station(id).map(Station::switchName);
        }
        Optional<Host> h = d.host(id.substring(0, slash));
        String name = id.substring(slash + 1);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        Optional<Device> dev = h.get().endpoint(name).map(Endpoint::lower).flatMap(h.get()::device)
                .or(() -> h.get().device(name));
        return dev.map(Device::switchName);
    }

    /**
     * What a row or column is called: the guest that sits on an endpoint (with its NIC's number when it has
     * several), else the node itself. People think of "web" and "db", not of the taps under them.
     */
    public String label(String node) {
        ElementRef r = ReachViewModel.refForNode(shown, node);
        if (r == null || r.kind() != org.mvtd.model.edit.ElementKind.ENDPOINT) {
            return node;
        }
        for (Guest g : shown.guests()) {
            for (int i = 0; i < g.nics().size(); i++) {
                if (g.host().equals(r.host()) && g.nics().get(i).endpoint().equals(r.name())) {
                    return g.nics().size() == 1 ? g.name() : g.name() + " (NIC " + (i + 1) + ")";
                }
            }
        }
        return node;
    }

    /** Why the pair shows its cell: the engine's sentence each way. */
    public String why(String from, String to) {
        if (engine == null || from.equals(to)) {
            return "";
        }
        Pair there = engine.pair(from, to);
        Pair back = engine.pair(to, from);
        MatrixCell c = table.get().cell(from, to);
        return from + " \u2192 " + to + ": " + c.word() + "\n\u2192 " + there.why()
                + (back.why().equals(there.why()) ? "" : "\n\u2190 " + back.why());
    }

    /** The table as CSV: a header row of node ids, then one row per source; cells are words. */
    public String csv() {
        Table t = table.get();
        StringBuilder b = new StringBuilder("from\\to");
        for (String n : t.nodes()) {
            b.append(',').append(field(n));
        }
        b.append('\n');
        for (int r = 0; r < t.nodes().size(); r++) {
            b.append(field(t.nodes().get(r)));
            for (int c = 0; c < t.nodes().size(); c++) {
                b.append(',').append(field(t.cell(r, c).word()));
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** RFC 4180 quoting, only where needed. */
    private static String field(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /** A node kind in the filter's words. */
    public static String kindName(NodeKind k) {
        return switch (k) {
            case DEVICE -> "host stacks";
            case ENDPOINT -> "endpoints and guests";
            case STATION -> "stations";
        };
    }

    /** The filters in words, for the window's status line. */
    public String describeFilters() {
        List<String> parts = new ArrayList<>();
        parts.add(ALL.equals(host.get()) ? "all hosts" : "host " + host.get());
        parts.add(ALL.equals(sw.get()) ? "all switches" : "switch " + sw.get());
        parts.add(mode.get() == null ? "modes as designed" : "every endpoint in " + mode.get().kernelName());
        if (kinds.size() < NodeKind.values().length) {
            parts.add("showing " + kinds.stream().sorted().map(MatrixViewModel::kindName).collect(Collectors.joining(", ")));
        }
        return parts.stream().collect(Collectors.joining(" \u00b7 "));
    }
}
