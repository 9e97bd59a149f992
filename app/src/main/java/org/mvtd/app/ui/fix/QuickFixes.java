package org.mvtd.app.ui.fix;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.mvtd.app.ui.viewmodel.ChangePipeline;
import org.mvtd.app.ui.viewmodel.DocumentViewModel;
import org.mvtd.app.ui.viewmodel.ReachColouring;
import org.mvtd.app.ui.viewmodel.ReachViewModel;
import org.mvtd.app.ui.viewmodel.SelectionModel;
import org.mvtd.model.Design;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Host;
import org.mvtd.model.Position;
import org.mvtd.model.edit.ChangeSet;
import org.mvtd.model.edit.DesignEdits;
import org.mvtd.model.edit.ElementKind;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.Elements;
import org.mvtd.model.edit.Layout;
import org.mvtd.model.fix.Diagnoser;
import org.mvtd.model.fix.Fix;
import org.mvtd.model.reach.ReachEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quick fixes in the designer: diagnoses a pair of elements with the engine's search, previews a fix (the marks
 * the fixed design gives, for the canvas to draw) and applies one as a single undo step. The why card, the
 * Problems panel and "Diagnose A → B" all go through here.
 */
public final class QuickFixes {
    private static final Logger LOG = LoggerFactory.getLogger(QuickFixes.class);
    /** A new endpoint lands one column beside its device's last one, as the layout spaces them. */
    private static final double COLUMN = 200;

    private final DocumentViewModel doc;
    private final SelectionModel selection;
    private final ReachViewModel reach;
    private final ReadOnlyObjectWrapper<FixPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");

    public QuickFixes(DocumentViewModel doc, SelectionModel selection, ReachViewModel reach) {
        this.doc = Objects.requireNonNull(doc, "doc");
        this.selection = Objects.requireNonNull(selection, "selection");
        this.reach = Objects.requireNonNull(reach, "reach");
        // A preview belongs to the design it was computed on.
        doc.changes().on(ChangePipeline.Stage.REACH, c -> endPreview());
    }

    public DocumentViewModel document() {
        return doc;
    }

    /** The engine of the current design, or empty when it cannot judge it. */
    public Optional<ReachEngine> engine() {
        return reach.currentEngine();
    }

    /** The fix being previewed, or null. */
    public ReadOnlyObjectProperty<FixPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /**
     * Diagnoses {@code from} → {@code to} in the current design; empty when either stands for no reach node
     * (a switch, a host without an address) or the engine cannot judge the design.
     */
    public Optional<Offer> diagnose(ElementRef from, ElementRef to) {
        Design d = doc.design();
        String a = ReachViewModel.nodeFor(d, Objects.requireNonNull(from, "from"));
        String b = ReachViewModel.nodeFor(d, Objects.requireNonNull(to, "to"));
        Optional<ReachEngine> eng = engine();
        if (a == null || b == null || a.equals(b) || eng.isEmpty()
                || eng.get().indexOf(a).isEmpty() || eng.get().indexOf(b).isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Offer(from, to, d, Diagnoser.diagnose(eng.get(), a, b)));
        } catch (RuntimeException e) {
            LOG.debug("diagnosis failed", e);
            return Optional.empty();
        }
    }

    /** Shows on the canvas what {@code fix} of {@code offer} would change; ignored when the design moved on. */
    public void preview(Offer offer, Fix fix) {
        if (offer.base() != doc.design()) {
            return;
        }
        FixPreview current = preview.get();
        if (current != null && current.fix() == fix) {
            return;
        }
        try {
            preview.set(compute(offer, fix));
        } catch (RuntimeException e) {
            LOG.debug("fix preview failed", e);
            preview.set(null);
        }
    }

    public void endPreview() {
        preview.set(null);
    }

    /** Ends the preview if it is one of {@code offer}'s fixes: one list leaving must not end another's preview. */
    public void endPreview(Offer offer) {
        FixPreview p = preview.get();
        if (p != null && p.offer() == offer) {
            preview.set(null);
        }
    }

    private FixPreview compute(Offer offer, Fix fix) {
        Design result = placed(offer.base(), fix.result());
        ReachEngine eng = engine().orElseThrow().update(result);
        ElementRef source = offer.from();
        String sourceNode = ReachViewModel.nodeFor(result, source);
        if (sourceNode == null || eng.indexOf(sourceNode).isEmpty()) {
            sourceNode = fix.goalFrom();
        }
        ReachColouring after = ReachViewModel.colouringFor(result, eng, source, sourceNode);
        ReachColouring before = ReachViewModel.colouringFor(offer.base(), engine().orElseThrow(), source,
                ReachViewModel.nodeFor(offer.base(), source));
        Set<ElementRef> changed = new HashSet<>();
        Set<ElementRef> added = new HashSet<>();
        for (ElementRef r : Elements.all(result)) {
            if (!Elements.exists(offer.base(), r)) {
                added.add(r);
            } else if (!Objects.equals(before.markOf(r), after.markOf(r))) {
                changed.add(r);
            }
        }
        return new FixPreview(offer, fix, result, after, changed, added);
    }

    /**
     * Applies {@code fix} as one undo step and selects the pair's first element, so the canvas shows its reach;
     * false (nothing changed) when the design is no longer the one the fix was computed for.
     */
    public boolean apply(Offer offer, Fix fix) {
        if (offer.base() != doc.design()) {
            return false;
        }
        endPreview();
        doc.change("Quick fix: " + fix.name(), placed(offer.base(), fix.result()));
        if (Elements.exists(doc.design(), offer.from())) {
            selection.select(offer.from());
        }
        return true;
    }

    /**
     * {@code after} with each endpoint it adds without a position placed one column beside the last endpoint on
     * its lower device (or below the device), so it never lands on a drawn element of a laid-out design.
     */
    static Design placed(Design before, Design after) {
        Layout layout = Layout.of(before);
        Map<ElementRef, Position> at = new HashMap<>();
        for (ElementRef r : ChangeSet.between(before, after).changed()) {
            if (r.kind() != ElementKind.ENDPOINT || Elements.exists(before, r)) {
                continue;
            }
            Host h = after.host(r.host()).orElseThrow();
            Endpoint e = h.endpoint(r.name()).orElseThrow();
            if (e.at() != null) {
                continue;
            }
            List<Endpoint> siblings = before.host(r.host()).map(x -> x.endpointsOn(e.lower())).orElse(List.of());
            ElementRef device = ElementRef.device(r.host(), e.lower());
            if (!siblings.isEmpty()) {
                Position last = siblings.stream().map(s -> layout.anchor(ElementRef.endpoint(r.host(), s.name())))
                        .max((p, q) -> Double.compare(p.x(), q.x())).orElseThrow();
                at.put(r, new Position(last.x() + COLUMN, last.y()));
            } else if (Elements.exists(before, device)) {
                Position d = layout.anchor(device);
                at.put(r, new Position(d.x(), d.y() + 130));
            }
        }
        return at.isEmpty() ? after : DesignEdits.moveTo(after, at);
    }
}
