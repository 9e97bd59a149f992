package org.mvtd.app.ui.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mvtd.app.ui.fix.Offer;
import org.mvtd.app.ui.fix.QuickFixes;
import org.mvtd.app.ui.viewmodel.ChangePipeline;
import org.mvtd.app.ui.viewmodel.ReachViewModel;
import org.mvtd.model.Design;
import org.mvtd.model.Guest;
import org.mvtd.model.Host;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.reach.ReachEngine;

/**
 * The reach problems the Problems panel lists beside the validator's: each host whose own stack cannot ping one
 * or more of its guests (the most asked macvlan question), with the quick fixes for the first such guest.
 */
public final class UnreachablePairs {
    /**
     * Each edit re-lists the hosts, and diagnosing one costs up to tens of milliseconds on a large design: only the
     * first few come with their fixes, the others diagnose when asked.
     */
    static final int DIAGNOSED = 3;
    private static final int GUESTS_NAMED = 3;

    /**
     * One host that cannot reach guests of its own.
     *
     * @param offer      the fixes for the host and the first of {@code guests}; null when not diagnosed
     * @param containers every one of {@code guests} is a container (the title says so)
     */
    public record Entry(ElementRef host, List<ElementRef> guests, Offer offer, boolean containers) {
        public Entry {
            Objects.requireNonNull(host, "host");
            guests = List.copyOf(guests);
        }

        public Entry(ElementRef host, List<ElementRef> guests, Offer offer) {
            this(host, guests, offer, false);
        }

        /** "kvmhost cannot ping its guests uperf-client and uperf-server". */
        public String title() {
            List<String> names = guests.stream().map(ElementRef::name).toList();
            String named = names.size() <= GUESTS_NAMED ? join(names)
                    : String.join(", ", names.subList(0, GUESTS_NAMED)) + " and " + (names.size() - GUESTS_NAMED) + " more";
            return host.name() + (containers ? " cannot reach its " + (names.size() == 1 ? "container " : "containers ")
                    : " cannot ping its " + (names.size() == 1 ? "guest " : "guests ")) + named;
        }

        private static String join(List<String> n) {
            return n.size() == 1 ? n.get(0)
                    : String.join(", ", n.subList(0, n.size() - 1)) + " and " + n.get(n.size() - 1);
        }
    }

    private final QuickFixes fixes;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();

    public UnreachablePairs(QuickFixes fixes) {
        this.fixes = Objects.requireNonNull(fixes, "fixes");
        fixes.document().changes().on(ChangePipeline.Stage.VALIDATION, c -> refresh());
        refresh();
    }

    public ObservableList<Entry> entries() {
        return entries;
    }

    public QuickFixes fixes() {
        return fixes;
    }

    public void refresh() {
        Design d = fixes.document().design();
        Optional<ReachEngine> eng = fixes.engine();
        List<Entry> out = new ArrayList<>();
        if (eng.isPresent()) {
            for (Host h : d.hosts()) {
                unreachable(d, eng.get(), h).ifPresent(guests -> {
                    ElementRef host = ElementRef.host(h.name());
                    Offer offer = out.size() < DIAGNOSED ? fixes.diagnose(host, guests.get(0)).orElse(null) : null;
                    boolean containers = guests.stream().allMatch(r -> d.guest(r.name()).map(Guest::isContainer).orElse(false));
                    out.add(new Entry(host, guests, offer, containers));
                });
            }
        }
        entries.setAll(out);
    }

    /** The guests of {@code h} its stack cannot ping, or empty when there are none (or it has no stack). */
    private static Optional<List<ElementRef>> unreachable(Design d, ReachEngine eng, Host h) {
        String stack = ReachViewModel.nodeFor(d, ElementRef.host(h.name()));
        Optional<Integer> a = stack == null ? Optional.empty() : eng.indexOf(stack);
        if (a.isEmpty()) {
            return Optional.empty();
        }
        List<ElementRef> guests = new ArrayList<>();
        for (Guest g : d.guests()) {
            ElementRef r = ElementRef.guest(g.name());
            String node = g.host().equals(h.name()) ? ReachViewModel.nodeFor(d, r) : null;
            Optional<Integer> b = node == null ? Optional.empty() : eng.indexOf(node);
            if (b.isPresent() && !b.get().equals(a.get()) && !eng.ping(a.get(), b.get())) {
                guests.add(r);
            }
        }
        return guests.isEmpty() ? Optional.empty() : Optional.of(guests);
    }
}
