package org.mvtd.model.layout;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Guest;
import org.mvtd.model.Host;
import org.mvtd.model.Nic;
import org.mvtd.model.Position;
import org.mvtd.model.edit.Box;
import org.mvtd.model.edit.ElementKind;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.Layout;

/**
 * One host and its guests laid out by ELK's layered algorithm, top down: the host's devices in the first
 * layer, its endpoints below them, its guests in the last layer, below the endpoints their NICs sit on. The
 * host is drawn as the box around its devices and endpoints (as {@link Layout} draws it), so the graph is
 * flat: a compound host node (hierarchy handling INCLUDE_CHILDREN) drew the same and took about twice as long
 * per host. Positions come out relative to the cluster's top-left corner.
 */
final class HostCluster {
    static final double NODE_GAP = 28;
    private static final double LAYER_GAP = 48;

    static {
        // Plain Java (no OSGi): the algorithm is made known once, whatever the class path's service files say.
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private final Map<ElementRef, Box> boxes = new HashMap<>();
    private double width;
    private double height;

    private HostCluster() {
    }

    /** Lays out {@code h} and {@code guests} (the guests that run on it). */
    static HostCluster of(Host h, List<Guest> guests) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(LayeredOptions.DIRECTION, Direction.DOWN);
        root.setProperty(LayeredOptions.PADDING, new ElkPadding(0));
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, NODE_GAP);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_GAP);
        // Three layers and tree-like edges: the default's many crossing-minimisation rounds find nothing better.
        root.setProperty(LayeredOptions.THOROUGHNESS, 1);
        // One graph, not a packing of its connected parts: a guest without a NIC still goes in the guests' layer.
        root.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        Map<ElementRef, ElkNode> nodes = new LinkedHashMap<>();
        ElementRef hostRef = ElementRef.host(h.name());
        boolean empty = h.devices().isEmpty() && h.endpoints().isEmpty();
        if (empty) { // the empty host's own box stands in the first layer
            ElkNode n = ElkGraphUtil.createNode(root);
            n.setDimensions(Layout.HOST_MIN_W, Layout.HOST_MIN_H);
            n.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.FIRST);
            nodes.put(hostRef, n);
        }
        for (Device dev : h.devices()) {
            ElkNode n = node(root, ElementKind.DEVICE);
            n.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.FIRST);
            nodes.put(ElementRef.device(h.name(), dev.name()), n);
        }
        for (Endpoint e : h.endpoints()) {
            ElkNode n = node(root, ElementKind.ENDPOINT);
            nodes.put(ElementRef.endpoint(h.name(), e.name()), n);
            ElkNode lower = nodes.get(ElementRef.device(h.name(), e.lower()));
            if (lower != null) {
                ElkGraphUtil.createSimpleEdge(lower, n);
            }
        }
        for (Guest g : guests) {
            ElkNode n = node(root, ElementKind.GUEST);
            n.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.LAST_SEPARATE); // a layer of their own, below the host
            nodes.put(ElementRef.guest(g.name()), n);
            for (Nic nic : g.nics()) {
                ElkNode ep = nodes.get(ElementRef.endpoint(h.name(), nic.endpoint()));
                if (ep != null) {
                    ElkGraphUtil.createSimpleEdge(ep, n);
                }
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        HostCluster c = new HostCluster();
        Box kids = null;
        for (var e : nodes.entrySet()) {
            ElkNode n = e.getValue();
            Box b = new Box(n.getX(), n.getY(), n.getWidth(), n.getHeight());
            c.boxes.put(e.getKey(), b);
            if (e.getKey().kind() == ElementKind.DEVICE || e.getKey().kind() == ElementKind.ENDPOINT) {
                kids = kids == null ? b : kids.union(b);
            }
        }
        if (kids != null) { // drawn as Layout draws a host with a position: its minimum box joined to its kids'
            Box around = new Box(kids.minX() - Layout.HOST_PAD, kids.minY() - Layout.HOST_PAD - Layout.HOST_HEADER,
                    kids.width() + 2 * Layout.HOST_PAD, kids.height() + 2 * Layout.HOST_PAD + Layout.HOST_HEADER);
            c.boxes.put(hostRef, around.union(new Box(around.minX(), around.minY(), Layout.HOST_MIN_W, Layout.HOST_MIN_H)));
        }
        c.normalise();
        return c;
    }

    /** Moves every box so the cluster's top-left is the origin, and measures it. */
    private void normalise() {
        Box all = null;
        for (Box b : boxes.values()) {
            all = all == null ? b : all.union(b);
        }
        if (all == null) {
            return;
        }
        double dx = -all.minX();
        double dy = -all.minY();
        boxes.replaceAll((r, b) -> new Box(b.minX() + dx, b.minY() + dy, b.width(), b.height()));
        width = all.width();
        height = all.height();
    }

    private static ElkNode node(ElkNode parent, ElementKind k) {
        ElkNode n = ElkGraphUtil.createNode(parent);
        Box s = Layout.size(k);
        n.setDimensions(s.width(), s.height());
        return n;
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    /** Each element's box, relative to the cluster's top-left. */
    Map<ElementRef, Box> boxes() {
        return boxes;
    }

    /** Where to store each element's position once the cluster's top-left is at {@code (x, y)}. */
    Map<ElementRef, Position> anchors(double x, double y) {
        Map<ElementRef, Position> out = new HashMap<>();
        for (var e : boxes.entrySet()) {
            Box b = e.getValue();
            out.put(e.getKey(), e.getKey().kind() == ElementKind.HOST ? new Position(x + b.minX(), y + b.minY())
                    : new Position(x + b.minX() + b.width() / 2, y + b.minY() + b.height() / 2));
        }
        return out;
    }
}
