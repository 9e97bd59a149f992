package org.mvtd.app.ui.viewmodel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.SetChangeListener;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Guest;
import org.mvtd.model.Host;
import org.mvtd.model.LinkType;
import org.mvtd.model.reach.Node;
import org.mvtd.model.reach.Pair;
import org.mvtd.model.reach.ReachEngine;
import org.mvtd.model.reach.ReachRow;
import org.mvtd.model.validate.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.Elements;

/**
 * Keeps a reachability engine in step with the design (incrementally) and turns the selected node's
 * row into marks for every element. A guest shows its endpoint's mark; a host stands for its stack on
 * its first addressed device.
 */
public final class ReachViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ReachViewModel.class);

    private final DocumentViewModel doc;
    private final SelectionModel selection;
    private final ReadOnlyObjectWrapper<ReachColouring> colouring = new ReadOnlyObjectWrapper<>(this, "colouring", ReachColouring.NONE);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ObjectProperty<IpFamily> family = new SimpleObjectProperty<>(this, "family", IpFamily.IPV4);
    private ReachEngine engine;
    private Design engineDesign;
    private Supplier<List<Problem>> problems = List::of;
    private Map<ElementRef, Problem> invalid = Map.of();

    public ReachViewModel(DocumentViewModel doc, SelectionModel selection) {
        this.doc = Objects.requireNonNull(doc, "doc");
        this.selection = Objects.requireNonNull(selection, "selection");
        doc.changes().on(ChangePipeline.Stage.REACH, c -> refresh());
        selection.getSelectedItems().addListener((SetChangeListener<ElementRef>) c -> refresh());
        family.addListener((o, a, b) -> refresh());
        refresh();
    }

    public ReadOnlyObjectProperty<ReachColouring> colouringProperty() { return colouring.getReadOnlyProperty(); }
    public ReachColouring colouring() { return colouring.get(); }
    /** The address family ping is judged in (View menu); never null. */
    public ObjectProperty<IpFamily> familyProperty() { return family; }
    /** Why reachability cannot be shown right now (the engine failed); empty when it can. */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }

    /**
     * Where the validator's current problems come from (its stage runs before this one): an element an error names
     * shows {@link ReachMark#INVALID} instead of a verdict the helper would never let come true.
     */
    public void judgeWith(Supplier<List<Problem>> source) {
        problems = Objects.requireNonNull(source, "source");
        refresh();
    }

    private Optional<ReachEngine> engine() {
        Design d = doc.design();
        if (engine != null && engineDesign == d) {
            return Optional.of(engine);
        }
        try {
            engine = engine == null ? ReachEngine.of(d) : engine.update(d);
            engineDesign = d;
            problem.set("");
            return Optional.of(engine);
        } catch (RuntimeException e) {
            // The engine refuses designs it cannot judge (and is missing in early builds): show it, keep editing.
            LOG.debug("reach engine failed", e);
            engine = null;
            engineDesign = null;
            problem.set("Reachability unavailable: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return Optional.empty();
        }
    }

    /** Recomputes the marks for the current design and selection. */
    public void refresh() {
        Design d = doc.design();
        Optional<ReachEngine> eng = engine();
        Optional<ElementRef> src = selection.single();
        if (eng.isEmpty() || src.isEmpty()) {
            colouring.set(ReachColouring.NONE);
            return;
        }
        String sourceNode = nodeFor(d, src.get());
        if (sourceNode == null || eng.get().indexOf(sourceNode).isEmpty()) {
            colouring.set(ReachColouring.NONE);
            return;
        }
        try {
            invalid = firstErrors();
            colouring.set(colouringFor(d, eng.get(), src.get(), sourceNode, invalid,
                    family.get() == null ? IpFamily.IPV4 : family.get()));
        } catch (RuntimeException e) {
            LOG.debug("reach row failed", e);
            problem.set("Reachability unavailable: " + e.getMessage());
            colouring.set(ReachColouring.NONE);
        }
    }

    /** The engine for the current design, or empty when it cannot judge it (quick fixes search from it). */
    public Optional<ReachEngine> currentEngine() {
        return engine();
    }

    /**
     * The marks every element of {@code d} shows with {@code src} (standing for node {@code sourceNode}) selected,
     * judged by {@code engine}, which must be built for {@code d}.
     */
    public static ReachColouring colouringFor(Design d, ReachEngine engine, ElementRef src, String sourceNode) {
        return colouringFor(d, engine, src, sourceNode, Map.of(), IpFamily.IPV4);
    }

    /** As {@link #colouringFor(Design, ReachEngine, ElementRef, String)}, elements an error names marked invalid. */
    static ReachColouring colouringFor(Design d, ReachEngine engine, ElementRef src, String sourceNode,
                                       Map<ElementRef, Problem> invalid, IpFamily family) {
        ReachRow row = engine.row(sourceNode);
        Map<ElementRef, ReachMark> marks = new HashMap<>();
        List<Node> nodes = row.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            ElementRef r = refForNode(d, n.id());
            if (r == null) {
                continue;
            }
            ReachMark m = i == row.from() ? ReachMark.SOURCE
                    : Elements.isDown(d, r) ? ReachMark.DOWN : ReachMark.of(family.verdict(engine, row, i));
            marks.put(r, m);
        }
        for (Map.Entry<ElementRef, ReachMark> m : marks.entrySet()) {
            if (invalid.containsKey(m.getKey()) && m.getValue() != ReachMark.SOURCE) {
                m.setValue(ReachMark.INVALID);
            }
        }
        for (Guest g : d.guests()) {
            if (!g.nics().isEmpty()) {
                ReachMark m = marks.get(ElementRef.endpoint(g.host(), g.nics().get(0).endpoint()));
                if (m != null) {
                    ElementRef guest = ElementRef.guest(g.name());
                    marks.put(guest, invalid.containsKey(guest) && m != ReachMark.SOURCE ? ReachMark.INVALID : m);
                }
            }
        }
        marks.put(src, ReachMark.SOURCE);
        return new ReachColouring(src, sourceNode, marks, family);
    }

    /** The first error naming each element. */
    private Map<ElementRef, Problem> firstErrors() {
        Map<ElementRef, Problem> out = new HashMap<>();
        for (Problem p : problems.get()) {
            if (p.isError()) {
                ProblemSubjects.of(p).forEach(r -> out.putIfAbsent(r, p));
            }
        }
        return out;
    }

    /** The reach node an element stands for, or null (switches, hosts without an addressed device...). */
    public static String nodeFor(Design d, ElementRef r) {
        return switch (r.kind()) {
            case ENDPOINT -> r.qualifiedName();
            case DEVICE -> Elements.device(d, r).filter(Device::hostAddress).map(x -> r.qualifiedName()).orElse(null);
            case STATION -> r.name();
            case GUEST -> d.guest(r.name()).filter(g -> !g.nics().isEmpty())
                    .map(g -> g.host() + "/" + g.nics().get(0).endpoint()).orElse(null);
            // The host's own stack: on its first addressed device, else on its first macvlan (a host shim).
            case HOST -> d.host(r.name()).flatMap(h -> h.devices().stream().filter(Device::hostAddress).findFirst()
                    .map(x -> h.name() + "/" + x.name())
                    .or(() -> h.endpoints().stream().filter(e -> e.type() == LinkType.MACVLAN).findFirst()
                            .map(e -> h.name() + "/" + e.name()))).orElse(null);
            case SWITCH -> null;
        };
    }

    /** The element a node id or path hop names: {@code host/x} is an endpoint or device; a bare name a station or switch. */
    public static ElementRef refForNode(Design d, String id) {
        int slash = id.indexOf('/');
        if (slash > 0) {
            String host = id.substring(0, slash);
            String name = id.substring(slash + 1);
            Optional<Host> h = d.host(host);
            if (h.isEmpty()) {
                return null;
            }
            if (h.get().endpoint(name).isPresent()) {
                return ElementRef.endpoint(host, name);
            }
            return h.get().device(name).isPresent() ? ElementRef.device(host, name) : null;
        }
        if (d.station(id).isPresent()) {
            return ElementRef.station(id);
        }
        return d.switchNamed(id).isPresent() ? ElementRef.sw(id) : null;
    }

    /** Why {@code target} shows its mark, with the path to highlight; empty when no reach is shown for it. */
    public Optional<Explanation> explain(ElementRef target) {
        ReachColouring c = colouring.get();
        Design d = doc.design();
        ReachMark mark = c.markOf(target);
        if (!c.active() || mark == null || mark == ReachMark.SOURCE) {
            return Optional.empty();
        }
        String to = nodeFor(d, target);
        Optional<ReachEngine> eng = engine();
        if (to == null || eng.isEmpty() || to.equals(c.sourceNode())) {
            return Optional.empty();
        }
        try {
            Pair there = eng.get().pair(c.sourceNode(), to);
            Pair back = eng.get().pair(to, c.sourceNode());
            StringBuilder text = new StringBuilder();
            text.append(c.source().qualifiedName()).append(" \u2192 ").append(target.qualifiedName()).append(": ")
                    .append(mark.label());
            String container = ContainerWords.hostAndContainer(d, c.source(), target, mark);
            if (!container.isEmpty()) {
                text.append("\n").append(container);
            }
            if (c.family() == IpFamily.IPV6) {
                text.append(" (IPv6: ping6 ").append(there.ping6() && back.ping6() ? "works both ways" : "fails").append(')');
            }
            if (mark == ReachMark.DOWN) {
                text.append(" (").append(mark.meaning()).append(')');
            }
            Problem error = invalid.getOrDefault(target, invalid.get(refForNode(d, to))); // a guest: its endpoint's
            if (mark == ReachMark.INVALID && error != null) {
                text.append(": ").append(error.message());
            }
            text.append("\n\u2192 ").append(there.why());
            if (!back.why().equals(there.why())) {
                text.append("\n\u2190 ").append(back.why());
            }
            List<String> hops = !there.path().isEmpty() ? there.path() : reversed(back.path());
            List<ElementRef> path = new ArrayList<>();
            for (String hop : hops) {
                ElementRef r = refForNode(d, hop);
                if (r != null) {
                    path.add(r);
                }
            }
            return Optional.of(new Explanation(target, mark, text.toString(), path));
        } catch (RuntimeException e) {
            LOG.debug("reach pair failed", e);
            return Optional.empty();
        }
    }

    private static List<String> reversed(List<String> l) {
        List<String> out = new ArrayList<>(l);
        Collections.reverse(out);
        return out;
    }
}
