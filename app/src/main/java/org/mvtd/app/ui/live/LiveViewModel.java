package org.mvtd.app.ui.live;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.mvtd.app.ui.live.board.LinkBoard;
import org.mvtd.app.ui.live.board.LiveLink;
import org.mvtd.app.ui.live.connect.ConnectionState;
import org.mvtd.app.ui.live.plan.ApplyOutcome;
import org.mvtd.app.ui.live.plan.ApplyProgress;
import org.mvtd.app.ui.live.plan.PlanPreview;
import org.mvtd.app.ui.live.plan.TeardownPreview;
import org.mvtd.app.ui.live.verify.VerifyReport;
import org.mvtd.app.ui.viewmodel.ChangePipeline;
import org.mvtd.app.ui.viewmodel.DocumentViewModel;
import org.mvtd.model.Design;
import org.mvtd.model.edit.ElementRef;

/**
 * Live mode, composed of its parts: the {@link LiveSession} with the helper, the {@link LinkWatch} of the
 * target host's links, {@link LiveChanges} (apply and teardown), {@link HostDiscovery} and {@link LabVerify}.
 * Every slow call goes through one {@link AsyncTask} (helper calls on the services' worker, one at a time, in
 * order; the lab on its own executor) and comes back on the FX thread, so nothing here blocks it. Link states
 * go through the board's inbox and are applied once per {@link #pulse}.
 */
public final class LiveViewModel {
    private final DocumentViewModel doc;
    private final LiveStatus status = new LiveStatus();
    private final LiveSession session;
    private final LinkWatch watch;
    private final LiveChanges changes;
    private final HostDiscovery discovery;
    private final LabVerify lab;

    public LiveViewModel(DocumentViewModel doc, LiveServices services, BooleanSupplier confirmLoseWork) {
        this.doc = Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(services, "services");
        Objects.requireNonNull(confirmLoseWork, "confirmLoseWork");
        AsyncTask tasks = new AsyncTask(services.fx());
        session = new LiveSession(services, status, tasks);
        watch = new LinkWatch(doc, services, session, status, tasks);
        changes = new LiveChanges(doc, services, session, watch, status, tasks);
        discovery = new HostDiscovery(doc, services, session, watch, changes, status, tasks, confirmLoseWork);
        lab = new LabVerify(doc, services, status, tasks);
        doc.changes().on(ChangePipeline.Stage.LIVE, c -> designChanged(c.after()));
        designChanged(doc.design());
    }

    private void designChanged(Design d) {
        watch.designChanged(d);
        discovery.designChanged(d);
    }

    public LiveSession session() { return session; }
    public LinkWatch watch() { return watch; }
    public LiveChanges changes() { return changes; }
    public HostDiscovery discovery() { return discovery; }
    public LabVerify lab() { return lab; }
    public DocumentViewModel document() { return doc; }

    public ReadOnlyObjectProperty<ConnectionState> stateProperty() { return session.stateProperty(); }
    public ConnectionState state() { return session.state(); }
    public boolean connected() { return session.connected(); }
    public ReadOnlyStringProperty statusTextProperty() { return session.statusTextProperty(); }
    public ReadOnlyObjectProperty<Banner> bannerProperty() { return status.bannerProperty(); }
    public ReadOnlyStringProperty activityProperty() { return status.activityProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return status.busyProperty(); }
    public ReadOnlyStringProperty targetHostProperty() { return watch.targetHostProperty(); }
    public String targetHost() { return watch.targetHost(); }
    public ObservableList<String> hosts() { return watch.hosts(); }
    public LinkBoard board() { return watch.board(); }
    public ReadOnlyObjectProperty<ApplyProgress> progressProperty() { return changes.progressProperty(); }
    public ReadOnlyObjectProperty<ApplyOutcome> outcomeProperty() { return changes.outcomeProperty(); }
    public ReadOnlyBooleanProperty verifyingProperty() { return lab.verifyingProperty(); }
    public ReadOnlyObjectProperty<VerifyReport> verifyReportProperty() { return lab.reportProperty(); }
    public ObservableSet<ElementRef> foreign() { return discovery.foreign(); }
    public boolean isForeign(ElementRef r) { return discovery.foreign().contains(r); }

    public ElementRef refOf(String link) { return watch.refOf(link); }
    public LiveLink linkOf(ElementRef r) { return watch.linkOf(r); }
    public Set<String> watched() { return watch.watched(); }
    public void chooseHost(String name) { watch.chooseHost(name); }

    public void connect() { session.connect(); }
    public void disconnect() { session.disconnect(); }
    public void retry() { session.retry(); }
    public void dismissBanner() { status.banner(null); }

    public void plan(Consumer<PlanPreview> ready) { changes.plan(ready); }
    public void apply(PlanPreview p) { changes.apply(p); }
    public void prepareTeardown(Consumer<TeardownPreview> ready) { changes.prepareTeardown(ready); }
    public void teardown(TeardownPreview t) { changes.teardown(t); }
    public void clearOutcome() { changes.clearOutcome(); }

    public void discover() { discovery.discover(); }

    public void verify() { lab.verify(); }
    public void clearVerify() { lab.clear(); }

    /** FX thread, once per frame: applies the link states queued since the last pulse in one batch. */
    public List<LiveLink> pulse() {
        List<LiveLink> changed = watch.board().drain();
        changes.advance(!changed.isEmpty());
        return changed;
    }
}
