package org.mvtd.backend.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.mvtd.backend.protocol.BoundedLineReader;
import org.mvtd.backend.protocol.DesignJson;
import org.mvtd.backend.protocol.ErrorCode;
import org.mvtd.backend.protocol.Protocol;
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

    private record Pending(CompletableFuture<JsonNode> reply, LinkStateListener listener) {
    }

    private HelperClient(Transport.Connection conn, OptionalInt uid, Duration helloTimeout, Duration timeout) throws HelperException {
        this.conn = conn;
        this.timeout = timeout;
        this.out = conn.toHelper();
        this.reader = new Thread(this::readLoop, "helper-client-reader");
        this.reader.setDaemon(true);
        this.reader.start();
        ObjectNode req = request("hello").put("version", Protocol.VERSION).put("client", "macvtap-designer");
        uid.ifPresent(u -> req.put("uid", u));
        JsonNode r = call(req, null, helloTimeout);
        this.hello = new Results.Hello(r.path("version").asInt(), r.path("uid").asInt(), Wire.readStrings(r.path("recovered")));
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
        JsonNode r = call(target("plan", design, host), null);
        Wire.PlanView v = Wire.readPlan(r);
        return new Results.PlanResult(v.plan(), v.digest());
    }

    /** Applies; with {@code expectDigest} (from {@link #plan}) the helper refuses if its plan differs. */
    public Results.ApplyResult apply(Design design, String host, String expectDigest) throws HelperException {
        ObjectNode req = target("apply", design, host);
        if (expectDigest != null) {
            req.put("expect", expectDigest);
        }
        JsonNode r = call(req, null);
        Map<String, String> nodes = new LinkedHashMap<>();
        r.path("nodes").fields().forEachRemaining(e -> nodes.put(e.getKey(), e.getValue().asText()));
        return new Results.ApplyResult(Wire.readPlan(r.path("plan")).plan(), nodes);
    }

    public Results.TeardownResult teardown(Design design, String host) throws HelperException {
        JsonNode r = call(target("teardown", design, host), null);
        List<Long> groups = new ArrayList<>();
        r.path("groups").forEach(g -> groups.add(g.asLong()));
        return new Results.TeardownResult(r.path("designId").asText(), Wire.readStrings(r.path("deleted")), groups);
    }

    public List<Wire.ListedLink> list() throws HelperException {
        JsonNode r = call(request("list"), null);
        List<Wire.ListedLink> out = new ArrayList<>();
        r.path("links").forEach(l -> out.add(Wire.readLink(l)));
        return out;
    }

    /** Watches the host's devices and endpoints: every state first, then {@code synced}, then changes. */
    public Subscription subscribe(Design design, String host, LinkStateListener listener) throws HelperException {
        Objects.requireNonNull(listener, "listener");
        JsonNode r = call(target("subscribe", design, host), listener);
        long id = r.path("subscription").asLong();
        List<String> links = Wire.readStrings(r.path("links"));
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
                    call(request("unsubscribe").put("subscription", id), null);
                    subscriptions.remove(id);
                }
            }
        };
    }

    private ObjectNode request(String command) {
        return Wire.object().put("id", ids.incrementAndGet()).put("command", command);
    }

    private ObjectNode target(String command, Design design, String host) {
        ObjectNode req = request(command);
        req.set("design", DesignJson.write(Objects.requireNonNull(design, "design")));
        return req.put("host", Objects.requireNonNull(host, "host"));
    }

    private JsonNode call(ObjectNode req, LinkStateListener listener) throws HelperException {
        return call(req, listener, timeout);
    }

    private JsonNode call(ObjectNode req, LinkStateListener listener, Duration limit) throws HelperException {
        long id = req.path("id").asLong();
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pending.put(id, new Pending(f, listener));
        try {
            if (gone != null) {
                throw HelperException.unreachable(gone);
            }
            synchronized (out) {
                out.write(Wire.JSON.writeValueAsBytes(req));
                out.write('\n');
                out.flush();
            }
            return f.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // the helper is hung or lost in a loop: nothing more can be trusted on this connection
            String why = goneMessage("the helper did not answer '" + req.path("command").asText() + "' within "
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
                    dispatch(Wire.JSON.readTree(line.bytes()));
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

    private void dispatch(JsonNode msg) {
        String type = msg.path("type").asText();
        if (type.equals("event")) {
            LinkStateListener l = subscriptions.get(msg.path("subscription").asLong());
            if (l != null) {
                switch (msg.path("event").asText()) {
                    case "state" -> l.state(Wire.readState(msg.path("link")), msg.path("initial").asBoolean());
                    case "synced" -> l.synced();
                    case "failed" -> l.failed(msg.path("reason").asText());
                    default -> { }
                }
            }
            return;
        }
        Pending p = msg.hasNonNull("id") ? pending.get(msg.path("id").asLong()) : null;
        if (p == null) {
            // an error without id answers a line the helper could not read: fail the oldest waiting call
            p = msg.hasNonNull("id") || pending.isEmpty() ? null : pending.get(new HashMap<>(pending).keySet().stream().min(Long::compare).orElseThrow());
            if (p == null) {
                return;
            }
        }
        if (type.equals("reply")) {
            JsonNode result = msg.path("result");
            if (p.listener() != null && result.has("subscription")) {
                subscriptions.put(result.path("subscription").asLong(), p.listener());
            }
            p.reply().complete(result);
        } else {
            p.reply().completeExceptionally(new HelperException(code(msg.path("code").asText()), msg.path("field").asText(),
                    msg.path("message").asText(), Wire.readStrings(msg.path("names")),
                    msg.path("step").isObject() ? Wire.readStep(msg.path("step")) : null));
        }
    }

    /** A reply's error code; one this build does not know (a newer helper) is reported as an internal error. */
    private static ErrorCode code(String wire) {
        return ErrorCode.fromWireName(wire).orElse(ErrorCode.INTERNAL_ERROR);
    }

    /** Says bye and closes the transport. */
    @Override
    public void close() {
        if (gone == null) {
            try {
                call(request("bye"), null);
            } catch (HelperException e) {
                // closing anyway
            }
        }
        conn.close();
    }
}
