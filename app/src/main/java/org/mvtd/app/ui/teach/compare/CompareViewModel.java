package org.mvtd.app.ui.teach.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mvtd.app.ui.teach.common.ReachMarks;
import org.mvtd.model.edit.ElementKind;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.app.ui.viewmodel.ReachMark;
import org.mvtd.app.ui.viewmodel.ReachViewModel;
import org.mvtd.model.Design;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.reach.ModeVariant;
import org.mvtd.model.reach.Node;
import org.mvtd.model.reach.ReachEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The compare view without a stage: one design under each of the four modes, each coloured by
 * reachability from the same selected node. Passthru's refused endpoints are listed per panel.
 */
public final class CompareViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(CompareViewModel.class);

    /** One small multiple: the mode, its design, its marks and the endpoints the kernel refuses. */
    public record Panel(MacvlanMode mode, Design design, Map<ElementRef, ReachMark> marks, List<ElementRef> refused,
                        String summary) {
        public Panel {
            Objects.requireNonNull(mode, "mode");
            marks = Map.copyOf(marks);
            refused = List.copyOf(refused);
        }

        public ReachMark markOf(ElementRef r) {
            return marks.get(r);
        }
    }

    private final ObjectProperty<Design> design = new SimpleObjectProperty<>(this, "design", Design.empty(""));
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<String> nodes = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<List<Panel>> panels = new ReadOnlyObjectWrapper<>(this, "panels", List.of());

    public CompareViewModel() {
        design.addListener((o, a, b) -> rebuildNodes());
        selected.addListener((o, a, b) -> recolour());
        rebuildNodes();
    }

    public ObjectProperty<Design> designProperty() { return design; }
    /** The node whose reach every panel shows (null: none). */
    public ObjectProperty<String> selectedProperty() { return selected; }
    public ObservableList<String> nodes() { return nodes; }
    public ReadOnlyObjectProperty<List<Panel>> panelsProperty() { return panels.getReadOnlyProperty(); }
    public List<Panel> panels() { return panels.get(); }

    /** A click on {@code r} in any panel selects its node in all of them. */
    public boolean select(ElementRef r) {
        String node = r == null ? null : ReachViewModel.nodeFor(design.get(), r);
        if (node == null || !nodes.contains(node)) {
            return false;
        }
        selected.set(node);
        return true;
    }

    /** The element standing for the selected node (the same in every panel: only modes differ). */
    public Optional<ElementRef> selectedElement() {
        return Optional.ofNullable(selected.get()).map(n -> ReachViewModel.refForNode(design.get(), n));
    }

    private void rebuildNodes() {
        List<String> ids = new ArrayList<>();
        try {
            ReachEngine.of(design.get()).nodes().stream().map(Node::id).forEach(ids::add);
        } catch (RuntimeException e) {
            LOG.debug("compare: engine refused the design", e);
        }
        nodes.setAll(ids);
        if (selected.get() == null || !ids.contains(selected.get())) {
            selected.set(ids.isEmpty() ? null : ids.get(0));
        }
        recolour();
    }

    private void recolour() {
        List<Panel> out = new ArrayList<>();
        for (ModeVariant v : ModeVariant.all(design.get())) {
            Map<ElementRef, ReachMark> marks = Map.of();
            String summary;
            try {
                ReachEngine e = ReachEngine.of(v.design());
                marks = ReachMarks.from(v.design(), e, selected.get());
                long ping = marks.entrySet().stream().filter(x -> x.getValue() == ReachMark.PING
                        && ReachViewModel.nodeFor(v.design(), x.getKey()) != null
                        && x.getKey().kind() != ElementKind.GUEST).count();
                summary = selected.get() == null ? "" : "ping both ways with " + ping + " of " + (e.nodes().size() - 1);
            } catch (RuntimeException ex) {
                LOG.debug("compare: engine failed for {}", v.mode(), ex);
                summary = "reachability unavailable";
            }
            List<ElementRef> refused = v.refused().stream().map(id -> ReachViewModel.refForNode(v.design(), id))
                    .filter(Objects::nonNull).toList();
            if (!refused.isEmpty()) {
                summary += " \u00b7 " + refused.size() + " refused by the kernel";
            }
            out.add(new Panel(v.mode(), v.design(), marks, refused, summary));
        }
        panels.set(List.copyOf(out));
    }
}
