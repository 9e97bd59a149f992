package org.mvtd.backend.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * What the helper sends (replies, errors, events) to and from JSON lines: the helper writes the records, the
 * client reads them back into the same records, so both sides agree on every key by construction.
 */
public final class ReplyCodec {
    private ReplyCodec() {
    }

    /** One line from the helper, as the client reads it. */
    public sealed interface Incoming {
    }

    /** A reply to request {@code id}; {@code reply} is null when no request of that id is waiting. */
    public record Answer(long id, Reply reply) implements Incoming {
    }

    public record Failure(ErrorReply error) implements Incoming {
    }

    public record Notice(Event event) implements Incoming {
    }

    /** A line the client cannot use (an event of an unknown kind, a message of an unknown type). */
    public record Ignored() implements Incoming {
    }

    public static ObjectNode write(long id, Reply reply) {
        ObjectNode r = Wire.object().put("type", "reply").put("id", id);
        r.set("result", result(reply));
        return r;
    }

    private static ObjectNode result(Reply reply) {
        ObjectNode o = Wire.object();
        if (reply instanceof Reply.HelloReply h) {
            o.put("version", h.version()).put("helper", h.helper()).put("uid", h.uid());
            Wire.strings(o, "recovered", h.recovered());
        } else if (reply instanceof Reply.PlanReply p) {
            o = Wire.plan(p.plan());
        } else if (reply instanceof Reply.ApplyReply a) {
            o.set("plan", Wire.plan(a.plan()));
            Wire.map(o, "nodes", a.nodes());
        } else if (reply instanceof Reply.TeardownReply t) {
            Wire.strings(o.put("designId", t.designId()), "deleted", t.deleted());
            ArrayNode groups = o.putArray("groups");
            t.groups().forEach(groups::add);
        } else if (reply instanceof Reply.ListReply l) {
            ArrayNode links = o.putArray("links");
            l.links().forEach(k -> links.add(Wire.link(k)));
        } else if (reply instanceof Reply.SubscribeReply s) {
            Wire.strings(o.put("subscription", s.subscription()), "links", s.links());
        } else if (reply instanceof Reply.UnsubscribeReply u) {
            o.put("subscription", u.subscription());
        }
        return o;
    }

    public static ObjectNode write(ErrorReply e) {
        ObjectNode o = Wire.object().put("type", "error");
        if (e.id().isPresent()) {
            o.put("id", e.id().get());
        } else {
            o.putNull("id");
        }
        o.put("code", e.code().wireName()).put("field", e.field()).put("message", e.message());
        if (!e.names().isEmpty()) {
            Wire.strings(o, "names", e.names());
        }
        e.plan().ifPresent(p -> o.set("plan", Wire.plan(p)));
        e.step().ifPresent(s -> o.set("step", Wire.step(s)));
        e.reason().ifPresent(r -> o.put("reason", r));
        e.undoProblems().ifPresent(u -> Wire.strings(o, "undoProblems", u));
        e.deleted().ifPresent(d -> Wire.strings(o, "deleted", d));
        return o;
    }

    public static ObjectNode write(Event e) {
        ObjectNode o = Wire.object().put("type", "event").put("seq", e.seq()).put("subscription", e.subscription());
        if (e instanceof Event.State s) {
            o.put("event", "state").put("initial", s.initial());
            o.set("link", Wire.state(s.link()));
        } else if (e instanceof Event.Synced) {
            o.put("event", "synced");
        } else if (e instanceof Event.Failed f) {
            o.put("event", "failed").put("reason", f.reason());
        }
        return o;
    }

    /**
     * One line from the helper. {@code waiting} names the request a reply's id answers (null when none waits),
     * so the result is read as that command's reply.
     */
    public static Incoming read(byte[] line, LongFunction<Request> waiting) throws IOException {
        JsonNode msg = Wire.JSON.readTree(line);
        switch (msg.path("type").asText()) {
            case "event" -> {
                return event(msg);
            }
            case "reply" -> {
                long id = msg.path("id").asLong();
                Request r = waiting.apply(id);
                return new Answer(id, r == null ? null : reply(r, msg.path("result")));
            }
            case "error" -> {
                return new Failure(error(msg));
            }
            default -> {
                return new Ignored();
            }
        }
    }

    private static Incoming event(JsonNode msg) {
        long seq = msg.path("seq").asLong();
        long sub = msg.path("subscription").asLong();
        return switch (msg.path("event").asText()) {
            case "state" -> new Notice(new Event.State(seq, sub, msg.path("initial").asBoolean(), Wire.readState(msg.path("link"))));
            case "synced" -> new Notice(new Event.Synced(seq, sub));
            case "failed" -> new Notice(new Event.Failed(seq, sub, msg.path("reason").asText()));
            default -> new Ignored();
        };
    }

    /** The result of {@code request} as its command's record. */
    static Reply reply(Request request, JsonNode r) {
        if (request instanceof Request.Hello) {
            return new Reply.HelloReply(r.path("version").asInt(), r.path("helper").asText(), r.path("uid").asInt(),
                    Wire.readStrings(r.path("recovered")));
        } else if (request instanceof Request.PlanLinks) {
            Wire.PlanView v = Wire.readPlan(r);
            return new Reply.PlanReply(v.plan(), v.digest());
        } else if (request instanceof Request.Apply) {
            Map<String, String> nodes = new LinkedHashMap<>();
            r.path("nodes").fields().forEachRemaining(e -> nodes.put(e.getKey(), e.getValue().asText()));
            return new Reply.ApplyReply(Wire.readPlan(r.path("plan")).plan(), nodes);
        } else if (request instanceof Request.Teardown) {
            List<Long> groups = new ArrayList<>();
            r.path("groups").forEach(g -> groups.add(g.asLong()));
            return new Reply.TeardownReply(r.path("designId").asText(), Wire.readStrings(r.path("deleted")), groups);
        } else if (request instanceof Request.ListLinks) {
            List<Wire.ListedLink> links = new ArrayList<>();
            r.path("links").forEach(l -> links.add(Wire.readLink(l)));
            return new Reply.ListReply(links);
        } else if (request instanceof Request.Subscribe) {
            return new Reply.SubscribeReply(r.path("subscription").asLong(), Wire.readStrings(r.path("links")));
        } else if (request instanceof Request.Unsubscribe) {
            return new Reply.UnsubscribeReply(r.path("subscription").asLong());
        }
        return new Reply.ByeReply();
    }

    /** An error reply; a code this build does not know (a newer helper) reads as an internal error. */
    static ErrorReply error(JsonNode m) {
        Long id = m.hasNonNull("id") ? m.path("id").asLong() : null;
        ErrorCode code = ErrorCode.fromWireName(m.path("code").asText()).orElse(ErrorCode.INTERNAL_ERROR);
        ErrorReply e = ErrorReply.of(id, code, m.path("field").asText(), m.path("message").asText())
                .withNames(Wire.readStrings(m.path("names")));
        if (m.path("plan").isObject()) {
            e = e.withPlan(Wire.readPlan(m.path("plan")).plan());
        }
        if (m.has("reason") || m.path("step").isObject()) {
            e = e.withFailure(m.path("step").isObject() ? Wire.readStep(m.path("step")) : null, m.path("reason").asText(),
                    Wire.readStrings(m.path("undoProblems")));
        }
        if (m.has("deleted")) {
            e = e.withDeleted(Wire.readStrings(m.path("deleted")));
        }
        return e;
    }
}
