package org.mvtd.app.ui.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.mvtd.app.ui.live.board.LinkBoard;
import org.mvtd.app.ui.live.board.LiveLink;
import org.mvtd.app.ui.live.connect.ConnectFailure;
import org.mvtd.app.ui.live.connect.ConnectionState;
import org.mvtd.app.ui.live.connect.Lifeline;
import org.mvtd.app.ui.live.discover.HostImport;
import org.mvtd.app.ui.live.plan.ApplyOutcome;
import org.mvtd.app.ui.live.plan.ApplyProgress;
import org.mvtd.app.ui.live.plan.PlanPreview;
import org.mvtd.app.ui.live.plan.TeardownPreview;
import org.mvtd.app.ui.live.verify.VerifyReport;
import org.mvtd.app.ui.viewmodel.DocumentViewModel;
import org.mvtd.app.ui.viewmodel.ElementKind;
import org.mvtd.app.ui.viewmodel.ElementRef;
import org.mvtd.app.ui.viewmodel.Elements;
import org.mvtd.backend.client.HelperClient;
import org.mvtd.backend.client.HelperException;
import org.mvtd.backend.client.LinkStateListener;
import org.mvtd.backend.client.Results;
import org.mvtd.backend.client.Subscription;
import org.mvtd.backend.lab.LabException;
import org.mvtd.backend.lab.LabResult;
import org.mvtd.backend.link.DesignId;
import org.mvtd.backend.link.Step;
import org.mvtd.backend.link.StepKind;
import org.mvtd.backend.monitor.LinkState;
import org.mvtd.backend.protocol.ErrorCode;
import org.mvtd.backend.protocol.Wire;
import org.mvtd.model.Design;
import org.mvtd.model.Host;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live mode: the connection to the privileged helper, the live link state of the target host, apply,
 * teardown, host discovery and the lab. Its properties belong to the FX thread; every helper call runs
 * on the services' worker (one at a time, in order) and hands its result back through the FX executor,
 * so nothing here ever blocks the FX thread. Link states go through the {@link LinkBoard}'s inbox and
 * are applied once per {@link #pulse}.
 */
public final class LiveViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(LiveViewModel.class);

    private final DocumentViewModel doc;
    private final LiveServices services;
    private final BooleanSupplier confirmLoseWork;
    private final LinkBoard board;

    private final ReadOnlyObjectWrapper<ConnectionState> state = new ReadOnlyObjectWrapper<>(this, "state", ConnectionState.OFFLINE);
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "Offline");
    private final ReadOnlyObjectWrapper<Banner> banner = new ReadOnlyObjectWrapper<>(this, "banner");
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper(this, "activity", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper targetHost = new ReadOnlyStringWrapper(this, "targetHost");
    private final ObservableList<String> hosts = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ApplyProgress> progress = new ReadOnlyObjectWrapper<>(this, "progress");
    private final ReadOnlyObjectWrapper<ApplyOutcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ReadOnlyBooleanWrapper verifying = new ReadOnlyBooleanWrapper(this, "verifying");
    private final ReadOnlyObjectWrapper<VerifyReport> verifyReport = new ReadOnlyObjectWrapper<>(this, "verifyReport");
    private final ObservableSet<ElementRef> foreign = FXCollections.observableSet();

    /** Worker-thread state: the open client and subscription. */
    private HelperClient client;
    private Subscription subscription;
    /** FX-thread state: which connection is current (callbacks of older ones are ignored). */
    private long generation;
    private String subscribedKey;
    private boolean hostChosenByUser;

    public LiveViewModel(DocumentViewModel doc, LiveServices services, BooleanSupplier confirmLoseWork) {
        this.doc = Objects.requireNonNull(doc, "doc");
        this.services = Objects.requireNonNull(services, "services");
        this.confirmLoseWork = Objects.requireNonNull(confirmLoseWork, "confirmLoseWork");
        this.board = new LinkBoard(services.clock());
        doc.designProperty().addListener((o, a, b) -> designChanged(b));
        doc.fileProperty().addListener((o, a, b) -> foreign.clear());
        designChanged(doc.design());
    }

    public ReadOnlyObjectProperty<ConnectionState> stateProperty() { return state.getReadOnlyProperty(); }
    public ConnectionState state() { return state.get(); }
    public ReadOnlyStringProperty statusTextProperty() { return statusText.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Banner> bannerProperty() { return banner.getReadOnlyProperty(); }
    public ReadOnlyStringProperty activityProperty() { return activity.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty targetHostProperty() { return targetHost.getReadOnlyProperty(); }
    public String targetHost() { return targetHost.get(); }
    public ObservableList<String> hosts() { return hosts; }
    public ReadOnlyObjectProperty<ApplyProgress> progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ApplyOutcome> outcomeProperty() { return outcome.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty verifyingProperty() { return verifying.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<VerifyReport> verifyReportProperty() { return verifyReport.getReadOnlyProperty(); }
    public ObservableSet<ElementRef> foreign() { return foreign; }
    public LinkBoard board() { return board; }
    public DocumentViewModel document() { return doc; }
    public boolean connected() { return state.get() == ConnectionState.CONNECTED; }

    /** The element of the target host that a watched link draws on, or null. */
    public ElementRef refOf(String link) {
        String h = targetHost.get();
        if (h == null) {
            return null;
        }
        Host host = doc.design().host(h).orElse(null);
        if (host == null) {
            return null;
        }
        if (host.device(link).isPresent()) {
            return ElementRef.device(h, link);
        }
        return host.endpoint(link).isPresent() ? ElementRef.endpoint(h, link) : null;
    }

    /** The live link drawn on {@code r} (a device or endpoint of the target host), or null. */
    public LiveLink linkOf(ElementRef r) {
        if (r == null || r.host() == null || !r.host().equals(targetHost.get())) {
            return null;
        }
        return board.get(r.name());
    }

    public boolean isForeign(ElementRef r) {
        return foreign.contains(r);
    }

    public void dismissBanner() {
        banner.set(null);
    }

    public void clearOutcome() {
        outcome.set(null);
    }

    // ---------------------------------------------------------------- target host

    /** Picks the design's host that live mode acts on (the user's choice sticks while the host exists). */
    public void chooseHost(String name) {
        if (name != null && doc.design().host(name).isPresent()) {
            hostChosenByUser = true;
            targetHost.set(name);
            resubscribe();
        }
    }

    private void designChanged(Design d) {
        List<String> names = d.hosts().stream().map(Host::name).toList();
        if (!hosts.equals(names)) {
            hosts.setAll(names);
        }
        String cur = targetHost.get();
        if (cur == null || d.host(cur).isEmpty() || !hostChosenByUser) {
            hostChosenByUser = hostChosenByUser && cur != null && d.host(cur).isPresent();
            targetHost.set(defaultHost(d));
        }
        foreign.removeIf(r -> !Elements.exists(d, r));
        resubscribe();
    }

    /** The host named like this machine (short or full name), else the first. */
    private String defaultHost(Design d) {
        String me = services.hostName();
        String shortName = me.contains(".") ? me.substring(0, me.indexOf('.')) : me;
        for (Host h : d.hosts()) {
            if (h.name().equals(me) || h.name().equals(shortName)) {
                return h.name();
            }
        }
        return d.hosts().isEmpty() ? null : d.hosts().get(0).name();
    }

    // ---------------------------------------------------------------- connection

    /** Starts the helper in the background; the status bar says connecting until it answers. */
    public void connect() {
        if (state.get() == ConnectionState.CONNECTING || state.get() == ConnectionState.CONNECTED) {
            return;
        }
        long gen = ++generation;
        banner.set(null);
        state.set(ConnectionState.CONNECTING);
        statusText.set(services.launcher().prompts() ? "Connecting: authenticate in the password dialog\u2026"
                : "Connecting to the helper\u2026");
        services.worker().execute(() -> {
            ConnectFailure pre = services.launcher().preflight().orElse(null);
            if (pre != null) {
                fx(() -> failed(gen, pre));
                return;
            }
            try {
                HelperClient c = HelperClient.connect(new Lifeline(services.launcher().transport(), d -> ended(gen, d)),
                        OptionalInt.empty());
                client = c;
                Results.Hello hello = c.hello();
                fx(() -> connected(gen, hello));
            } catch (HelperException e) {
                ConnectFailure f = classify(e);
                fx(() -> failed(gen, f));
            }
        });
    }

    /** Why a connect failed: pkexec's 126/127 are a refused authentication, other exits a failed start. */
    private ConnectFailure classify(HelperException e) {
        String msg = e.getMessage() == null ? e.code() : e.getMessage();
        OptionalInt exit = services.launcher().exitStatus();
        if (services.launcher().prompts() && exit.isPresent() && (exit.getAsInt() == 126 || exit.getAsInt() == 127)) {
            return ConnectFailure.refused(exit.getAsInt(), msg);
        }
        if (exit.isPresent()) {
            return ConnectFailure.failed("The helper exited (status " + exit.getAsInt() + ") before it answered.", msg);
        }
        if (!e.code().equals(HelperException.UNREACHABLE)) {
            return ConnectFailure.failed("The helper refused to talk to this app (" + e.code() + ").", msg);
        }
        return ConnectFailure.failed("The helper could not be started.", msg);
    }

    private void connected(long gen, Results.Hello hello) {
        if (gen != generation) {
            return;
        }
        state.set(ConnectionState.CONNECTED);
        statusText.set("Connected as root to " + services.hostName());
        if (!hello.recovered().isEmpty()) {
            banner.set(Banner.info("The helper finished undoing an apply that was interrupted earlier.",
                    "The links of " + String.join(", ", hello.recovered()) + " are as they were before that apply.", ""));
        }
        subscribedKey = null;
        resubscribe();
    }

    private void failed(long gen, ConnectFailure f) {
        if (gen != generation) {
            return;
        }
        LOG.info("helper connection failed: {} ({})", f.headline(), f.details());
        state.set(ConnectionState.FAILED);
        statusText.set("Failed: " + f.headline());
        banner.set(Banner.of(f));
        board.clear();
        subscribedKey = null;
        busy.set(false);
        progress.set(null);
        closeQuietly();
    }

    /** The client's reader thread saw the helper's output end. */
    private void ended(long gen, String diagnostics) {
        fx(() -> {
            if (gen != generation || state.get() != ConnectionState.CONNECTED) {
                return; // we closed it, or the connect itself failed and says so
            }
            OptionalInt exit = services.launcher().exitStatus();
            String d = (exit.isPresent() ? "exit status " + exit.getAsInt() : "the connection ended")
                    + (diagnostics.isBlank() ? "" : "\n" + diagnostics);
            failed(gen, ConnectFailure.crashed(d));
        });
    }

    /** Says bye and closes; the overlay disappears and the app stays fully usable offline. */
    public void disconnect() {
        generation++;
        board.clear();
        subscribedKey = null;
        state.set(ConnectionState.OFFLINE);
        statusText.set("Offline");
        busy.set(false);
        progress.set(null);
        closeQuietly();
    }

    private void closeQuietly() {
        services.worker().execute(() -> {
            Subscription s = subscription;
            subscription = null;
            HelperClient c = client;
            client = null;
            if (s != null) {
                try {
                    s.close();
                } catch (HelperException e) {
                    LOG.debug("unsubscribe on close: {}", e.getMessage());
                }
            }
            if (c != null) {
                c.close();
            }
        });
    }

    /** The banner's "Try again". */
    public void retry() {
        if (state.get() == ConnectionState.FAILED || state.get() == ConnectionState.OFFLINE) {
            connect();
        }
    }

    // ---------------------------------------------------------------- live state

    /** Re-watches when the target host's links changed (by name) or the connection is new. */
    private void resubscribe() {
        if (state.get() != ConnectionState.CONNECTED) {
            return;
        }
        Design d = doc.design();
        String h = targetHost.get();
        Host host = h == null ? null : d.host(h).orElse(null);
        List<String> names = new ArrayList<>();
        if (host != null) {
            host.devices().forEach(x -> names.add(x.name()));
            host.endpoints().forEach(x -> names.add(x.name()));
        }
        String key = d.name() + "\u0000" + h + "\u0000" + names;
        if (key.equals(subscribedKey)) {
            return;
        }
        subscribedKey = key;
        board.watch(names);
        long gen = generation;
        services.worker().execute(() -> {
            closeSubscription();
            if (host == null || client == null) {
                return;
            }
            try {
                subscription = client.subscribe(d, h, new LinkStateListener() {
                    @Override
                    public void state(LinkState s, boolean initial) {
                        board.offer(s);
                    }

                    @Override
                    public void failed(String reason) {
                        fx(() -> activity.set("Link state unavailable: " + reason));
                    }
                });
                fx(() -> {
                    if (gen == generation) {
                        activity.set("Watching " + names.size() + " links on " + h);
                    }
                });
            } catch (HelperException e) {
                String why = e.code().equals(ErrorCode.INVALID_DESIGN)
                        ? "Live state paused: the design has errors (" + e.getMessage() + ")"
                        : "Live state unavailable: " + e.getMessage();
                fx(() -> {
                    if (gen == generation) {
                        activity.set(why);
                        subscribedKey = null;
                    }
                });
            }
        });
    }

    private void closeSubscription() {
        Subscription s = subscription;
        subscription = null;
        if (s != null) {
            try {
                s.close();
            } catch (HelperException e) {
                LOG.debug("unsubscribe: {}", e.getMessage());
            }
        }
    }

    /** FX thread, once per frame: applies the link states queued since the last pulse in one batch. */
    public List<LiveLink> pulse() {
        List<LiveLink> changed = board.drain();
        ApplyProgress p = progress.get();
        if (p != null && !changed.isEmpty()) {
            progress.set(p.advance(board));
        }
        return changed;
    }

    // ---------------------------------------------------------------- apply

    /** Asks the helper for the plan (a dry run) and hands it to {@code ready} on the FX thread. */
    public void plan(Consumer<PlanPreview> ready) {
        Objects.requireNonNull(ready, "ready");
        Design d = doc.design();
        String h = targetHost.get();
        if (!canAct("plan", h)) {
            return;
        }
        busy.set(true);
        activity.set("Planning for " + h + "\u2026");
        services.worker().execute(() -> {
            try {
                Results.PlanResult r = requireClient().plan(d, h);
                PlanPreview p = new PlanPreview(d, h, r.plan(), r.digest());
                fx(() -> {
                    busy.set(false);
                    activity.set("Plan for " + h + ": " + p.counts());
                    ready.accept(p);
                });
            } catch (HelperException e) {
                refused("plan", e);
            }
        });
    }

    /** Applies a confirmed plan; the helper refuses if the machine changed since (the digest). */
    public void apply(PlanPreview p) {
        Objects.requireNonNull(p, "plan");
        if (!canAct("apply", p.host())) {
            return;
        }
        busy.set(true);
        outcome.set(null);
        progress.set(ApplyProgress.start(p.plan().steps(), services.clock().getAsLong()));
        board.expectGone(p.plan().steps().stream().filter(s -> s.kind() == StepKind.DELETE || s.kind() == StepKind.REPLACE)
                .map(Step::name).toList());
        activity.set("Applying " + p.plan().steps().size() + " steps to " + p.host() + "\u2026");
        services.worker().execute(() -> {
            try {
                Results.ApplyResult r = requireClient().apply(p.design(), p.host(), p.digest());
                ApplyOutcome o = ApplyOutcome.applied(r.plan().steps().size(), r.nodes());
                fx(() -> finish(o));
            } catch (HelperException e) {
                refused("apply", e);
            }
        });
    }

    // ---------------------------------------------------------------- teardown

    /** Lists exactly what a teardown of this design would delete on the target host. */
    public void prepareTeardown(Consumer<TeardownPreview> ready) {
        Objects.requireNonNull(ready, "ready");
        Design d = doc.design();
        String h = targetHost.get();
        if (!canAct("teardown", h)) {
            return;
        }
        busy.set(true);
        services.worker().execute(() -> {
            try {
                List<Wire.ListedLink> links = requireClient().list();
                DesignId id = DesignId.of(d.name());
                List<Wire.ListedLink> ours = links.stream().filter(l -> id.owns(l.name(), l.alias())).toList();
                TeardownPreview t = new TeardownPreview(h, id.value(), ours.stream().map(Wire.ListedLink::name).toList(),
                        ours.stream().filter(l -> l.type().equals("macvtap")).map(Wire.ListedLink::name).toList());
                fx(() -> {
                    busy.set(false);
                    ready.accept(t);
                });
            } catch (HelperException e) {
                refused("teardown", e);
            }
        });
    }

    public void teardown(TeardownPreview t) {
        Objects.requireNonNull(t, "teardown");
        Design d = doc.design();
        if (!canAct("teardown", t.host())) {
            return;
        }
        busy.set(true);
        outcome.set(null);
        board.expectGone(t.links());
        activity.set("Tearing down " + t.links().size() + " links\u2026");
        services.worker().execute(() -> {
            try {
                Results.TeardownResult r = requireClient().teardown(d, t.host());
                ApplyOutcome o = ApplyOutcome.tornDown(r.deleted());
                fx(() -> finish(o));
            } catch (HelperException e) {
                refused("teardown", e);
            }
        });
    }

    private void finish(ApplyOutcome o) {
        busy.set(false);
        progress.set(null);
        activity.set(o.headline());
        outcome.set(o);
    }

    private void refused(String action, HelperException e) {
        ApplyOutcome o = ApplyOutcome.refused(action, e);
        fx(() -> {
            if (e.code().equals(HelperException.UNREACHABLE) && state.get() == ConnectionState.CONNECTED) {
                failed(generation, ConnectFailure.crashed(e.getMessage()));
            }
            finish(o);
        });
    }

    private boolean canAct(String action, String host) {
        if (state.get() != ConnectionState.CONNECTED) {
            banner.set(Banner.warning("Connect to the helper first.", "Live \u2192 Connect, then " + action + " again.", ""));
            return false;
        }
        if (host == null) {
            banner.set(Banner.warning("The design has no host to " + action + ".", "Add a host for this machine.", ""));
            return false;
        }
        if (busy.get()) {
            activity.set("Busy: wait for the current operation to finish.");
            return false;
        }
        return true;
    }

    private HelperClient requireClient() throws HelperException {
        HelperClient c = client;
        if (c == null) {
            throw HelperException.unreachable("not connected to the helper");
        }
        return c;
    }

    // ---------------------------------------------------------------- discovery

    /**
     * Reads every macvlan/macvtap link of this machine and its lower device into a new design (after the
     * unsaved-work question); links not made by macvtap-designer are marked foreign (read-only).
     */
    public void discover() {
        if (state.get() != ConnectionState.CONNECTED) {
            banner.set(Banner.warning("Connect to the helper first.", "Live \u2192 Connect, then import the host again.", ""));
            return;
        }
        busy.set(true);
        activity.set("Reading the links of " + services.hostName() + "\u2026");
        services.worker().execute(() -> {
            try {
                List<Wire.ListedLink> links = requireClient().list();
                HostImport.Result r = HostImport.of(links, services.hostName());
                fx(() -> imported(r));
            } catch (HelperException e) {
                refused("import", e);
            }
        });
    }

    private void imported(HostImport.Result r) {
        busy.set(false);
        if (!confirmLoseWork.getAsBoolean()) {
            activity.set("Import cancelled.");
            return;
        }
        doc.newDocument();
        doc.change("Import live host", r.design());
        Host h = r.design().hosts().get(0);
        foreign.clear();
        for (String n : r.foreign()) {
            foreign.add(h.device(n).isPresent() ? ElementRef.device(h.name(), n) : ElementRef.endpoint(h.name(), n));
        }
        hostChosenByUser = false;
        chooseHost(h.name());
        long foreignEndpoints = foreign.stream().filter(x -> x.kind() == ElementKind.ENDPOINT).count();
        activity.set("Imported " + h.endpoints().size() + " links on " + h.devices().size() + " devices from " + h.name()
                + (foreignEndpoints == 0 ? "" : "; " + foreignEndpoints + " not made by macvtap-designer (read-only)"));
        if (!r.skipped().isEmpty()) {
            banner.set(Banner.info("Some links were left out of the import.", r.skipped().size() + " links cannot be drawn.",
                    String.join("\n", r.skipped())));
        }
    }

    // ---------------------------------------------------------------- verify

    /** Runs the lab for the current design in namespaces of its own (root needed; says so otherwise). */
    public void verify() {
        if (verifying.get()) {
            return;
        }
        List<String> missing = services.verifier().missingPrivileges();
        if (!missing.isEmpty()) {
            banner.set(Banner.warning("Verify needs root: the lab builds the design in network namespaces of its own.",
                    "Run the designer as root (sudo -E macvtap-designer), or the lab from a root shell: macvtap-designer lab FILE. "
                            + "The host's own links are never touched.", String.join("\n", missing)));
            return;
        }
        Design d = doc.design();
        verifying.set(true);
        activity.set("Verifying in a lab\u2026");
        long t0 = services.clock().getAsLong();
        services.lab().execute(() -> {
            try {
                LabResult r = services.verifier().verify(d);
                long ms = (services.clock().getAsLong() - t0) / 1_000_000;
                fx(() -> {
                    verifying.set(false);
                    VerifyReport v = new VerifyReport(d.name(), r, ms);
                    verifyReport.set(v);
                    activity.set(v.summary());
                });
            } catch (LabException | RuntimeException e) {
                fx(() -> {
                    verifying.set(false);
                    banner.set(Banner.warning("The lab could not verify this design.", "Nothing on the host was changed.",
                            String.valueOf(e.getMessage())));
                });
            }
        });
    }

    /** Hides the lab overlay. */
    public void clearVerify() {
        verifyReport.set(null);
    }

    /** Links of the target host watched now (devices then endpoints). */
    public Set<String> watched() {
        return Set.copyOf(board.links().keySet());
    }

    private void fx(Runnable r) {
        services.fx().execute(r);
    }
}
