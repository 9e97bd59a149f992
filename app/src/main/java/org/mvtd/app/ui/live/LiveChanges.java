package org.mvtd.app.ui.live;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.mvtd.app.ui.live.plan.ApplyOutcome;
import org.mvtd.app.ui.live.plan.ApplyProgress;
import org.mvtd.app.ui.live.plan.PlanPreview;
import org.mvtd.app.ui.live.plan.TeardownPreview;
import org.mvtd.app.ui.viewmodel.DocumentViewModel;
import org.mvtd.backend.client.HelperException;
import org.mvtd.backend.protocol.ErrorCode;
import org.mvtd.backend.client.Results;
import org.mvtd.backend.link.DesignId;
import org.mvtd.backend.link.Step;
import org.mvtd.backend.link.StepKind;
import org.mvtd.backend.protocol.Wire;
import org.mvtd.model.Design;

/**
 * Changing the host: the dry-run plan, apply (refused by the helper if the machine changed since the plan),
 * the teardown preview and teardown, with progress while it runs and the outcome after.
 */
public final class LiveChanges {
    private final DocumentViewModel doc;
    private final LiveServices services;
    private final LiveSession session;
    private final LinkWatch watch;
    private final LiveStatus status;
    private final AsyncTask tasks;
    private final ReadOnlyObjectWrapper<ApplyProgress> progress = new ReadOnlyObjectWrapper<>(this, "progress");
    private final ReadOnlyObjectWrapper<ApplyOutcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");

    LiveChanges(DocumentViewModel doc, LiveServices services, LiveSession session, LinkWatch watch, LiveStatus status,
                AsyncTask tasks) {
        this.doc = Objects.requireNonNull(doc, "doc");
        this.services = Objects.requireNonNull(services, "services");
        this.session = Objects.requireNonNull(session, "session");
        this.watch = Objects.requireNonNull(watch, "watch");
        this.status = Objects.requireNonNull(status, "status");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        session.onLost(() -> progress.set(null));
    }

    public ReadOnlyObjectProperty<ApplyProgress> progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ApplyOutcome> outcomeProperty() { return outcome.getReadOnlyProperty(); }

    public void clearOutcome() {
        outcome.set(null);
    }

    /** FX thread, each pulse: the links that changed move the progress on. */
    void advance(boolean anyChanged) {
        ApplyProgress p = progress.get();
        if (p != null && anyChanged) {
            progress.set(p.advance(watch.board()));
        }
    }

    /** Asks the helper for the plan (a dry run) and hands it to {@code ready} on the FX thread. */
    public void plan(Consumer<PlanPreview> ready) {
        Objects.requireNonNull(ready, "ready");
        Design d = doc.design();
        String h = watch.targetHost();
        if (!canAct("plan", h)) {
            return;
        }
        status.busy(true);
        status.activity("Planning for " + h + "\u2026");
        tasks.run(services.worker(), () -> {
            Results.PlanResult r = session.requireClient().plan(d, h);
            return new PlanPreview(d, h, r.plan(), r.digest());
        }, p -> {
            status.busy(false);
            status.activity("Plan for " + h + ": " + p.counts());
            ready.accept(p);
        }, e -> refused("plan", e));
    }

    /** Applies a confirmed plan; the helper refuses if the machine changed since (the digest). */
    public void apply(PlanPreview p) {
        Objects.requireNonNull(p, "plan");
        if (!canAct("apply", p.host())) {
            return;
        }
        status.busy(true);
        outcome.set(null);
        progress.set(ApplyProgress.start(p.plan().steps(), services.clock().getAsLong()));
        watch.board().expectGone(p.plan().steps().stream()
                .filter(s -> s.kind() == StepKind.DELETE || s.kind() == StepKind.REPLACE).map(Step::name).toList());
        status.activity("Applying " + p.plan().steps().size() + " steps to " + p.host() + "\u2026");
        tasks.run(services.worker(), () -> {
            Results.ApplyResult r = session.requireClient().apply(p.design(), p.host(), p.digest());
            return ApplyOutcome.applied(r.plan().steps().size(), r.nodes());
        }, this::finish, e -> refused("apply", e));
    }

    /** Lists exactly what a teardown of this design would delete on the target host. */
    public void prepareTeardown(Consumer<TeardownPreview> ready) {
        Objects.requireNonNull(ready, "ready");
        Design d = doc.design();
        String h = watch.targetHost();
        if (!canAct("teardown", h)) {
            return;
        }
        status.busy(true);
        tasks.run(services.worker(), () -> {
            List<Wire.ListedLink> links = session.requireClient().list();
            DesignId id = DesignId.of(d.name());
            List<Wire.ListedLink> ours = links.stream().filter(l -> id.owns(l.name(), l.alias())).toList();
            return new TeardownPreview(h, id.value(), ours.stream().map(Wire.ListedLink::name).toList(),
                    ours.stream().filter(l -> l.type().equals("macvtap")).map(Wire.ListedLink::name).toList());
        }, t -> {
            status.busy(false);
            ready.accept(t);
        }, e -> refused("teardown", e));
    }

    public void teardown(TeardownPreview t) {
        Objects.requireNonNull(t, "teardown");
        Design d = doc.design();
        if (!canAct("teardown", t.host())) {
            return;
        }
        status.busy(true);
        outcome.set(null);
        watch.board().expectGone(t.links());
        status.activity("Tearing down " + t.links().size() + " links\u2026");
        tasks.run(services.worker(), () -> ApplyOutcome.tornDown(session.requireClient().teardown(d, t.host()).deleted()),
                this::finish, e -> refused("teardown", e));
    }

    private void finish(ApplyOutcome o) {
        status.busy(false);
        progress.set(null);
        status.activity(o.headline());
        outcome.set(o);
    }

    /** FX thread: a helper call for {@code action} failed; an unreachable helper also ends the session. */
    void refused(String action, Exception failure) {
        // Only the helper's own answers can end the session; a bug of ours is shown as the refusal's reason.
        HelperException e = failure instanceof HelperException he ? he : new HelperException(ErrorCode.INTERNAL_ERROR, null,
                failure.getClass().getSimpleName() + ": " + failure.getMessage(), List.of(), null);
        if (e.code().equals(HelperException.UNREACHABLE)) {
            session.lost(e.getMessage());
        }
        finish(ApplyOutcome.refused(action, e));
    }

    private boolean canAct(String action, String host) {
        if (!session.connected()) {
            status.banner(Banner.warning("Connect to the helper first.", "Live \u2192 Connect, then " + action + " again.", ""));
            return false;
        }
        if (host == null) {
            status.banner(Banner.warning("The design has no host to " + action + ".", "Add a host for this machine.", ""));
            return false;
        }
        if (status.busy()) {
            status.activity("Busy: wait for the current operation to finish.");
            return false;
        }
        return true;
    }
}
