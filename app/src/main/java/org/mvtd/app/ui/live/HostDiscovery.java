package org.mvtd.app.ui.live;

import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.mvtd.app.ui.live.discover.HostImport;
import org.mvtd.app.ui.viewmodel.DocumentViewModel;
import org.mvtd.backend.protocol.Wire;
import org.mvtd.model.Design;
import org.mvtd.model.Host;
import org.mvtd.model.edit.ElementKind;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.Elements;

/**
 * Importing this machine's macvlan/macvtap links as a new design; links not made by macvtap-designer are
 * remembered as foreign (read-only) until another file is opened.
 */
public final class HostDiscovery {
    private final DocumentViewModel doc;
    private final LiveServices services;
    private final LiveSession session;
    private final LinkWatch watch;
    private final LiveChanges changes;
    private final LiveStatus status;
    private final AsyncTask tasks;
    private final BooleanSupplier confirmLoseWork;
    private final ObservableSet<ElementRef> foreign = FXCollections.observableSet();

    HostDiscovery(DocumentViewModel doc, LiveServices services, LiveSession session, LinkWatch watch, LiveChanges changes,
                  LiveStatus status, AsyncTask tasks, BooleanSupplier confirmLoseWork) {
        this.doc = Objects.requireNonNull(doc, "doc");
        this.services = Objects.requireNonNull(services, "services");
        this.session = Objects.requireNonNull(session, "session");
        this.watch = Objects.requireNonNull(watch, "watch");
        this.changes = Objects.requireNonNull(changes, "changes");
        this.status = Objects.requireNonNull(status, "status");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.confirmLoseWork = Objects.requireNonNull(confirmLoseWork, "confirmLoseWork");
        doc.fileProperty().addListener((o, a, b) -> foreign.clear());
    }

    public ObservableSet<ElementRef> foreign() { return foreign; }

    /** Forgets foreign marks of elements the design no longer has. */
    void designChanged(Design d) {
        foreign.removeIf(r -> !Elements.exists(d, r));
    }

    /**
     * Reads every macvlan/macvtap link of this machine and its lower device into a new design (after the
     * unsaved-work question); links not made by macvtap-designer are marked foreign (read-only).
     */
    public void discover() {
        if (!session.connected()) {
            status.banner(Banner.warning("Connect to the helper first.", "Live \u2192 Connect, then import the host again.", ""));
            return;
        }
        status.busy(true);
        status.activity("Reading the links of " + services.hostName() + "\u2026");
        tasks.run(services.worker(), () -> {
            List<Wire.ListedLink> links = session.requireClient().list();
            return HostImport.of(links, services.hostName());
        }, this::imported, e -> changes.refused("import", e));
    }

    private void imported(HostImport.Result r) {
        status.busy(false);
        if (!confirmLoseWork.getAsBoolean()) {
            status.activity("Import cancelled.");
            return;
        }
        doc.newDocument();
        doc.change("Import live host", DocumentViewModel.tidiedIfUnpositioned(r.design()));
        Host h = r.design().hosts().get(0);
        foreign.clear();
        for (String n : r.foreign()) {
            foreign.add(h.device(n).isPresent() ? ElementRef.device(h.name(), n) : ElementRef.endpoint(h.name(), n));
        }
        watch.chooseHost(h.name());
        long foreignEndpoints = foreign.stream().filter(x -> x.kind() == ElementKind.ENDPOINT).count();
        status.activity("Imported " + h.endpoints().size() + " links on " + h.devices().size() + " devices from " + h.name()
                + (foreignEndpoints == 0 ? "" : "; " + foreignEndpoints + " not made by macvtap-designer (read-only)"));
        if (!r.skipped().isEmpty()) {
            status.banner(Banner.info("Some links were left out of the import.", r.skipped().size() + " links cannot be drawn.",
                    String.join("\n", r.skipped())));
        }
    }
}
