package org.mvtd.app.ui.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.mvtd.app.ui.live.connect.ConnectFailure;
import org.mvtd.app.ui.live.connect.ConnectionState;
import org.mvtd.app.ui.live.connect.Lifeline;
import org.mvtd.backend.client.HelperClient;
import org.mvtd.backend.client.HelperException;
import org.mvtd.backend.client.Results;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection to the privileged helper: connect, the hello, a crash or refusal, disconnect. The client is
 * worker-thread state; the state and status text belong to the FX thread. A generation number tells the
 * callbacks of an older connection from the current one's.
 */
public final class LiveSession {
    private static final Logger LOG = LoggerFactory.getLogger(LiveSession.class);

    private final LiveServices services;
    private final LiveStatus status;
    private final AsyncTask tasks;
    private final ReadOnlyObjectWrapper<ConnectionState> state = new ReadOnlyObjectWrapper<>(this, "state", ConnectionState.OFFLINE);
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "Offline");
    private final List<Runnable> onConnected = new ArrayList<>();
    private final List<Runnable> onLost = new ArrayList<>();
    private final List<Runnable> onClosing = new ArrayList<>();

    /** Worker-thread state: the open client. */
    private HelperClient client;
    /** FX-thread state: which connection is current. */
    private long generation;

    /** The helper could not be started, or refused us; carries the words for the banner. */
    private static final class StartFailed extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient ConnectFailure failure;

        StartFailed(ConnectFailure failure) {
            super(failure.headline());
            this.failure = failure;
        }
    }

    LiveSession(LiveServices services, LiveStatus status, AsyncTask tasks) {
        this.services = Objects.requireNonNull(services, "services");
        this.status = Objects.requireNonNull(status, "status");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
    }

    public ReadOnlyObjectProperty<ConnectionState> stateProperty() { return state.getReadOnlyProperty(); }
    public ConnectionState state() { return state.get(); }
    public ReadOnlyStringProperty statusTextProperty() { return statusText.getReadOnlyProperty(); }
    public boolean connected() { return state.get() == ConnectionState.CONNECTED; }

    /** FX thread: the current connection's number, to drop callbacks that arrive for an older one. */
    long generation() {
        return generation;
    }

    /** Runs on the FX thread after each successful hello. */
    void onConnected(Runnable r) {
        onConnected.add(Objects.requireNonNull(r, "r"));
    }

    /** Runs on the FX thread when the connection fails, crashes or is closed. */
    void onLost(Runnable r) {
        onLost.add(Objects.requireNonNull(r, "r"));
    }

    /** Runs on the worker before the client closes (a subscription closes first). */
    void onClosing(Runnable r) {
        onClosing.add(Objects.requireNonNull(r, "r"));
    }

    /** Starts the helper in the background; the status bar says connecting until it answers. */
    public void connect() {
        if (state.get() == ConnectionState.CONNECTING || state.get() == ConnectionState.CONNECTED) {
            return;
        }
        long gen = ++generation;
        status.banner(null);
        state.set(ConnectionState.CONNECTING);
        statusText.set(services.launcher().prompts() ? "Connecting: authenticate in the password dialog\u2026"
                : "Connecting to the helper\u2026");
        tasks.run(services.worker(), () -> {
            ConnectFailure pre = services.launcher().preflight().orElse(null);
            if (pre != null) {
                throw new StartFailed(pre);
            }
            try {
                HelperClient c = HelperClient.connect(new Lifeline(services.launcher().transport(), d -> ended(gen, d)),
                        OptionalInt.empty());
                client = c;
                return c.hello();
            } catch (HelperException e) {
                throw new StartFailed(classify(e));
            }
        }, hello -> connected(gen, hello), e -> failed(gen, e instanceof StartFailed s ? s.failure
                : ConnectFailure.failed("The helper could not be started.", String.valueOf(e.getMessage()))));
    }

    /** Why a connect failed: pkexec's 126/127 are a refused authentication, other exits a failed start. */
    private ConnectFailure classify(HelperException e) {
        String msg = e.getMessage() == null ? e.code().wireName() : e.getMessage();
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
            status.banner(Banner.info("The helper finished undoing an apply that was interrupted earlier.",
                    "The links of " + String.join(", ", hello.recovered()) + " are as they were before that apply.", ""));
        }
        onConnected.forEach(Runnable::run);
    }

    private void failed(long gen, ConnectFailure f) {
        if (gen != generation) {
            return;
        }
        LOG.info("helper connection failed: {} ({})", f.headline(), f.details());
        state.set(ConnectionState.FAILED);
        statusText.set("Failed: " + f.headline());
        status.banner(Banner.of(f));
        status.busy(false);
        onLost.forEach(Runnable::run);
        closeQuietly();
    }

    /** FX thread: the current connection is gone (a call found the helper unreachable). */
    void lost(String details) {
        if (state.get() == ConnectionState.CONNECTED) {
            failed(generation, ConnectFailure.crashed(details));
        }
    }

    /** The client's reader thread saw the helper's output end. */
    private void ended(long gen, String diagnostics) {
        tasks.fx(() -> {
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
        state.set(ConnectionState.OFFLINE);
        statusText.set("Offline");
        status.busy(false);
        onLost.forEach(Runnable::run);
        closeQuietly();
    }

    private void closeQuietly() {
        services.worker().execute(() -> {
            onClosing.forEach(Runnable::run);
            HelperClient c = client;
            client = null;
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

    /** Worker thread: the open client, or null. */
    HelperClient clientOrNull() {
        return client;
    }

    /** Worker thread: the open client. */
    HelperClient requireClient() throws HelperException {
        HelperClient c = client;
        if (c == null) {
            throw HelperException.unreachable("not connected to the helper");
        }
        return c;
    }
}
