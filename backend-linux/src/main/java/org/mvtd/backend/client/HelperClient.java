package org.mvtd.backend.client;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.mvtd.backend.protocol.BoundedLineReader;
import org.mvtd.backend.protocol.ErrorReply;
import org.mvtd.backend.protocol.Event;
import org.mvtd.backend.protocol.Protocol;
import org.mvtd.backend.protocol.Reply;
import org.mvtd.backend.protocol.ReplyCodec;
import org.mvtd.backend.protocol.Request;
import org.mvtd.backend.protocol.RequestCodec;
import org.mvtd.backend.protocol.Wire;
import org.mvtd.model.Design;

/**
 * The client side of PROTOCOL.md over any {@link Transport}: one request at a time per caller thread,
 * replies matched by id, events delivered to subscription listeners on a reader thread. Thread-safe.
 */
public final class HelperClient implements AutoCloseable {
    /** Replies can be large (a list of 20,000 links); the client trusts the helper more than the reverse. */
    private static final int MAX_REPLY = 256 << 20;
    /**
     * How long hello may take: it includes the polkit password dialog, which a person answers. Later calls get
     * {@link #CALL_TIMEOUT}: a 20,000-link apply takes seconds (an undo deleting them one by one, minutes),
     * so five minutes without a reply mean a hung helper.
     */
    public static final Duration HELLO_TIMEOUT = Duration.ofMinutes(5);
    public static final Duration CALL_TIMEOUT = Duration.ofMinutes(5);
    private final Transport.Connection conn;
    private final OutputStream out;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Pending> pending = new ConcurrentHashMap<>();
    private final Map<Long, LinkStateListener> subscriptions = new ConcurrentHashMap<>();
    private final Thread reader;
    private final Results.Hello hello;
    private final Duration timeout;
    private volatile String gone;

    private record Pending(Request request, CompletableFuture<Reply> reply, LinkStateListener listener) {
    }

    private HelperClient(Transport.Connection conn, OptionalInt uid, Duration helloTimeout, Duration timeout) throws HelperException {
        this.conn = conn;
        this.timeout = timeout;
        this.out = conn.toHelper();
        this.reader = new Thread(this::readLoop, "helper-client-reader");
        this.reader.setDaemon(true);
        this.reader.start();
        Optional<Integer> claimed = uid.isPresent() ? Optional.of(uid.getAsInt()) : Optional.empty();
        Reply.HelloReply r = call(new Request.Hello(nextId(), Protocol.VERSION, "macvtap-designer", claimed),
                Reply.HelloReply.class, null, helloTimeout);
        this.hello = new Results.Hello(r.version(), r.uid(), r.recovered());
    }

    /**
     * Opens {@code transport} and says hello. {@code uid}: the desktop user to own guests' nodes when the
     * helper cannot tell by itself (started directly by root); usually empty.
     */
    public static HelperClient connect(Transport transport, OptionalInt uid) throws HelperException {
        return connect(transport, uid, HELLO_TIMEOUT, CALL_TIMEOUT);
    }

    /** As {@link #connect(Transport, OptionalInt)} with the given time limits for hello and for every later call. */
    public static HelperClient connect(Transport transport, OptionalInt uid, Duration helloTimeout, Duration timeout)
            throws HelperException {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(helloTimeout, "helloTimeout");
        Objects.requireNonNull(timeout, "timeout");
        Transport.Connection c;
        try {
            c = transport.open();
        } catch (IOException e) {
            throw HelperException.unreachable("cannot start the helper (" + transport.describe() + "): " + e.getMessage());
        }
        try {
            return new HelperClient(c, uid, helloTimeout, timeout);
        } catch (HelperException e) {
            c.close();
            throw e;
        }
    }

    public Results.Hello hello() {
        return hello;
    }

    public Results.PlanResult plan(Design design, String host) throws HelperException {
        Reply.PlanReply r = call(new Request.PlanLinks(nextId(), design(design), host(host)), Reply.PlanReply.class, null);
        return new Results.PlanResult(r.plan(), r.digest());
    }

    /** Applies; with {@code expectDigest} (from {@link #plan}) the helper refuses if its plan differs. */
    public Results.ApplyResult apply(Design design, String host, String expectDigest) throws HelperException {
        Reply.ApplyReply r = call(new Request.Apply(nextId(), design(design), host(host), Optional.ofNullable(expectDigest)),
                Reply.ApplyReply.class, null);
        return new Results.ApplyResult(r.plan(), r.nodes());
    }

    public Results.TeardownResult teardown(Design design, String host) throws HelperException {
        Reply.TeardownReply r = call(new Request.Teardown(nextId(), design(design), host(host)), Reply.TeardownReply.class, null);
        return new Results.TeardownResult(r.designId(), r.deleted(), r.groups());
    }

    public List<Wire.ListedLink> list() throws HelperException {
        return call(new Request.ListLinks(nextId()), Reply.ListReply.class, null).links();
    }

    /** Watches the host's devices and endpoints: every state first, then {@code synced}, then changes. */
    public Subscription subscribe(Design design, String host, LinkStateListener listener) throws HelperException {
        Objects.requireNonNull(listener, "listener");
        Reply.SubscribeReply r = call(new Request.Subscribe(nextId(), design(design), host(host)), Reply.SubscribeReply.class,
                listener);
        long id = r.subscription();
        List<String> links = r.links();
        return new Subscription() {
            @Override
            public long id() {
                return id;
            }

            @Override
            public List<String> links() {
                return links;
            }

            @Override
            public void close() throws HelperException {
                if (subscriptions.containsKey(id)) {
                    call(new Request.Unsubscribe(nextId(), id), Reply.UnsubscribeReply.class, null);
                    subscriptions.remove(id);
                }
            }
        };
    }

    private long nextId() {
        return ids.incrementAndGet();
    }

    private static Design design(Design d) {
        return Objects.requireNonNull(d, "design");
    }

    private static String host(String h) {
        return Objects.requireNonNull(h, "host");
    }

    private <R extends Reply> R call(Request req, Class<R> type, LinkStateListener listener) throws HelperException {
        return call(req, type, listener, timeout);
    }

    private <R extends Reply> R call(Request req, Class<R> type, LinkStateListener listener, Duration limit)
            throws HelperException {
        long id = req.id();
        CompletableFuture<Reply> f = new CompletableFuture<>();
        pending.put(id, new Pending(req, f, listener));
        try {
            if (gone != null) {
                throw HelperException.unreachable(gone);
            }
            byte[] line = Wire.JSON.writeValueAsBytes(RequestCodec.write(req));
            synchronized (out) {
                out.write(line);
                out.write('\n');
                out.flush();
            }
            return type.cast(f.get(limit.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            // the helper is hung or lost in a loop: nothing more can be trusted on this connection
            String why = goneMessage("the helper did not answer '" + req.command() + "' within "
                    + (limit.toMillis() >= 1000 ? limit.toSeconds() + " s" : limit.toMillis() + " ms") + "; the connection was closed");
            gone = why;
            conn.close();
            throw HelperException.unreachable(why);
        } catch (IOException e) {
            throw HelperException.unreachable(goneMessage("cannot write to the helper: " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw HelperException.unreachable("interrupted while waiting for the helper");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof HelperException h) {
                throw h;
            }
            throw HelperException.unreachable(String.valueOf(e.getCause()));
        } catch (ClassCastException e) {
            throw HelperException.unreachable("the helper answered '" + req.command() + "' with another command's reply");
        } finally {
            pending.remove(id);
        }
    }

    private void readLoop() {
        BoundedLineReader r = new BoundedLineReader(conn.fromHelper(), MAX_REPLY);
        try {
            BoundedLineReader.Line line;
            while ((line = r.next()) != null) {
                if (!line.overflow()) {
                    dispatch(ReplyCodec.read(line.bytes(), id -> {
                        Pending p = pending.get(id);
                        return p == null ? null : p.request();
                    }));
                }
            }
            if (gone == null) {
                gone = goneMessage("the helper ended the connection");
            }
        } catch (IOException | RuntimeException e) {
            if (gone == null) {
                gone = goneMessage("lost the helper: " + e.getMessage());
            }
        }
        HelperException ex = HelperException.unreachable(gone);
        pending.values().forEach(p -> p.reply().completeExceptionally(ex));
    }

    private String goneMessage(String base) {
        String d = conn.diagnostics();
        return d.isEmpty() ? base : base + ": " + d;
    }

    private void dispatch(ReplyCodec.Incoming msg) {
        if (msg instanceof ReplyCodec.Notice n) {
            LinkStateListener l = subscriptions.get(n.event().subscription());
            if (l != null) {
                deliver(n.event(), l);
            }
        } else if (msg instanceof ReplyCodec.Answer a) {
            Pending p = pending.get(a.id());
            if (p == null || a.reply() == null) {
                return;
            }
            if (p.listener() != null && a.reply() instanceof Reply.SubscribeReply s) {
                subscriptions.put(s.subscription(), p.listener());
            }
            p.reply().complete(a.reply());
        } else if (msg instanceof ReplyCodec.Failure f) {
            ErrorReply e = f.error();
            // an error without id answers a line the helper could not read: fail the oldest waiting call
            Pending p = e.id().isPresent() ? pending.get(e.id().get())
                    : pending.keySet().stream().min(Long::compare).map(pending::get).orElse(null);
            if (p != null) {
                p.reply().completeExceptionally(new HelperException(e.code(), e.field(), e.message(), e.names(),
                        e.step().orElse(null)));
            }
        }
    }

    private static void deliver(Event e, LinkStateListener l) {
        if (e instanceof Event.State s) {
            l.state(s.link(), s.initial());
        } else if (e instanceof Event.Synced) {
            l.synced();
        } else if (e instanceof Event.Failed f) {
            l.failed(f.reason());
        }
    }

    /** Says bye and closes the transport. */
    @Override
    public void close() {
        if (gone == null) {
            try {
                call(new Request.Bye(nextId()), Reply.ByeReply.class, null);
            } catch (HelperException e) {
                // closing anyway
            }
        }
        conn.close();
    }
}
