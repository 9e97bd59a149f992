package org.mvtd.app.ui.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mvtd.app.ui.live.board.LinkBoard;
import org.mvtd.app.ui.live.board.LiveLink;
import org.mvtd.app.ui.viewmodel.DocumentViewModel;
import org.mvtd.backend.client.HelperException;
import org.mvtd.backend.client.LinkStateListener;
import org.mvtd.backend.client.Subscription;
import org.mvtd.backend.monitor.LinkState;
import org.mvtd.backend.protocol.ErrorCode;
import org.mvtd.model.Design;
import org.mvtd.model.Host;
import org.mvtd.model.edit.ElementRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The target host and the live state of its links: which host live mode acts on, the subscription that
 * watches its devices and endpoints (renewed when they change by name or the connection is new), and the
 * {@link LinkBoard} the states arrive in, applied once per pulse.
 */
public final class LinkWatch {
    private static final Logger LOG = LoggerFactory.getLogger(LinkWatch.class);

    private final DocumentViewModel doc;
    private final LiveServices services;
    private final LiveSession session;
    private final LiveStatus status;
    private final AsyncTask tasks;
    private final LinkBoard board;
    private final ReadOnlyStringWrapper targetHost = new ReadOnlyStringWrapper(this, "targetHost");
    private final ObservableList<String> hosts = FXCollections.observableArrayList();

    /** Worker-thread state: the open subscription. */
    private Subscription subscription;
    /** FX-thread state: what is watched now, and whether the user picked the host. */
    private String subscribedKey;
    private boolean hostChosenByUser;

    LinkWatch(DocumentViewModel doc, LiveServices services, LiveSession session, LiveStatus status, AsyncTask tasks) {
        this.doc = Objects.requireNonNull(doc, "doc");
        this.services = Objects.requireNonNull(services, "services");
        this.session = Objects.requireNonNull(session, "session");
        this.status = Objects.requireNonNull(status, "status");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.board = new LinkBoard(services.clock());
        session.onConnected(() -> {
            subscribedKey = null;
            resubscribe();
        });
        session.onLost(() -> {
            board.clear();
            subscribedKey = null;
        });
        session.onClosing(this::closeSubscription);
    }

    public ReadOnlyStringProperty targetHostProperty() { return targetHost.getReadOnlyProperty(); }
    public String targetHost() { return targetHost.get(); }
    public ObservableList<String> hosts() { return hosts; }
    public LinkBoard board() { return board; }

    /** The element of the target host that a watched link draws on, or null. */
    public ElementRef refOf(String link) {
        String h = targetHost.get();
        Host host = h == null ? null : doc.design().host(h).orElse(null);
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

    /** Links of the target host watched now (devices then endpoints). */
    public Set<String> watched() {
        return Set.copyOf(board.links().keySet());
    }

    /** Picks the design's host that live mode acts on (the user's choice sticks while the host exists). */
    public void chooseHost(String name) {
        if (name != null && doc.design().host(name).isPresent()) {
            hostChosenByUser = true;
            targetHost.set(name);
            resubscribe();
        }
    }

    /** Follows the design: its hosts, the default target when the user chose none, the links to watch. */
    void designChanged(Design d) {
        List<String> names = d.hosts().stream().map(Host::name).toList();
        if (!hosts.equals(names)) {
            hosts.setAll(names);
        }
        String cur = targetHost.get();
        if (cur == null || d.host(cur).isEmpty() || !hostChosenByUser) {
            hostChosenByUser = hostChosenByUser && cur != null && d.host(cur).isPresent();
            targetHost.set(defaultHost(d));
        }
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

    /** Re-watches when the target host's links changed (by name) or the connection is new. */
    private void resubscribe() {
        if (!session.connected()) {
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
        long gen = session.generation();
        tasks.run(services.worker(), () -> {
            closeSubscription();
            if (host == null || session.clientOrNull() == null) {
                return false;
            }
            subscription = session.clientOrNull().subscribe(d, h, new LinkStateListener() {
                @Override
                public void state(LinkState s, boolean initial) {
                    board.offer(s);
                }

                @Override
                public void failed(String reason) {
                    tasks.fx(() -> status.activity("Link state unavailable: " + reason));
                }
            });
            return true;
        }, watching -> {
            if (watching && gen == session.generation()) {
                status.activity("Watching " + names.size() + " links on " + h);
            }
        }, e -> {
            if (gen == session.generation()) {
                status.activity(e instanceof HelperException he && he.code().equals(ErrorCode.INVALID_DESIGN)
                        ? "Live state paused: the design has errors (" + e.getMessage() + ")"
                        : "Live state unavailable: " + e.getMessage());
                subscribedKey = null;
            }
        });
    }

    /** Worker thread. */
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
}
