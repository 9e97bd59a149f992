package org.mvtd.backend.protocol;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mvtd.model.Design;
import org.mvtd.model.validate.Problem;
import org.mvtd.model.validate.Validator;

/**
 * Requests to and from their JSON lines. Reading is where every request is checked, once, per command:
 * unknown keys, types, ranges, the design (strictly, then by the model's validator) and its host; the helper
 * acts only on the {@link Request} records this returns. The client writes its requests with {@link #write}.
 */
public final class RequestCodec {
    /** Request ids are JSON-safe integers. */
    public static final long MAX_ID = (1L << 53) - 1;
    private static final int MAX_TEXT = 256;
    /** The keys each command may carry. */
    private static final Map<String, Set<String>> KEYS = Map.of(
            "hello", Set.of("id", "command", "version", "client", "uid"),
            "plan", Set.of("id", "command", "design", "host"),
            "apply", Set.of("id", "command", "design", "host", "expect"),
            "teardown", Set.of("id", "command", "design", "host"),
            "list", Set.of("id", "command"),
            "subscribe", Set.of("id", "command", "design", "host"),
            "unsubscribe", Set.of("id", "command", "subscription"),
            "bye", Set.of("id", "command"));

    private RequestCodec() {
    }

    /** The request one line holds, checked field by field; a refusal carries the line's id when it had a readable one. */
    public static Request read(byte[] line) throws RefusedRequest {
        JsonNode root;
        try {
            root = Wire.JSON.readTree(line);
        } catch (JacksonException | IllegalArgumentException e) {
            throw refused(null, "not one JSON object: " + Fields.printable(firstLine(e.getMessage())));
        } catch (IOException e) {
            throw refused(null, "unreadable request: " + Fields.printable(firstLine(e.getMessage())));
        }
        Long id = lenientId(root);
        try {
            return request(Fields.of(root, ""));
        } catch (ProtocolException e) {
            throw new RefusedRequest(ErrorReply.of(id, e));
        }
    }

    private static RefusedRequest refused(Long id, String message) {
        return new RefusedRequest(ErrorReply.of(id, ErrorCode.PROTOCOL_ERROR, "(line)", message));
    }

    private static Request request(Fields req) throws ProtocolException {
        long id = req.integer("id", 0, MAX_ID);
        String command = req.text("command");
        Set<String> keys = KEYS.get(command);
        if (keys == null) {
            throw ProtocolException.bad("command", "unknown command '" + Fields.printable(command)
                    + "' (expected hello, plan, apply, teardown, list, subscribe, unsubscribe or bye)");
        }
        req.allowOnly(keys);
        Request r = switch (command) {
            case "hello" -> hello(id, req);
            case "plan" -> {
                Target t = target(req, true);
                yield new Request.PlanLinks(id, t.design(), t.host());
            }
            case "apply" -> apply(id, req);
            case "teardown" -> {
                Target t = target(req, false);
                yield new Request.Teardown(id, t.design(), t.host());
            }
            case "subscribe" -> {
                Target t = target(req, true);
                yield new Request.Subscribe(id, t.design(), t.host());
            }
            case "unsubscribe" -> new Request.Unsubscribe(id, req.integer("subscription", 1, MAX_ID));
            case "list" -> new Request.ListLinks(id);
            default -> new Request.Bye(id);
        };
        req.done();
        return r;
    }

    private static Request hello(long id, Fields req) throws ProtocolException {
        long version = req.integer("version", 0, Integer.MAX_VALUE);
        String client = null;
        if (req.has("client")) {
            client = Names.plainText(req.text("client"), "client", MAX_TEXT);
        } else {
            req.optText("client");
        }
        Optional<Integer> uid = req.optInteger("uid", 0, Integer.MAX_VALUE).map(Long::intValue);
        return new Request.Hello(id, version, client, uid);
    }

    private static Request apply(long id, Fields req) throws ProtocolException {
        Target t = target(req, true);
        Optional<String> expect = req.optText("expect");
        if (expect.isPresent() && !expect.get().matches("[0-9a-f]{1,64}")) {
            throw ProtocolException.bad("expect", "expected the hex digest of a plan");
        }
        return new Request.Apply(id, t.design(), t.host(), expect);
    }

    private record Target(Design design, String host) {
    }

    /** A design and one of its hosts, read strictly and (except for teardown, which must always work) re-validated. */
    private static Target target(Fields req, boolean validate) throws ProtocolException {
        Design design = DesignJson.read(req.object("design"));
        String host = Names.plainText(req.text("host"), "host", MAX_TEXT);
        if (validate) {
            List<Problem> errors = Validator.validate(design).stream().filter(Problem::isError).toList();
            if (!errors.isEmpty()) {
                Problem p = errors.get(0);
                String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "";
                throw new ProtocolException(ErrorCode.INVALID_DESIGN, "design." + p.path(), p.message() + more);
            }
        }
        if (design.host(host).isEmpty()) {
            throw new ProtocolException(ErrorCode.UNKNOWN_HOST, "host", "the design has no host '" + Fields.printable(host) + "'");
        }
        return new Target(design, host);
    }

    /** The JSON line of {@code r}, as the client sends it. */
    public static ObjectNode write(Request r) {
        ObjectNode o = Wire.object().put("id", r.id()).put("command", r.command());
        if (r instanceof Request.Hello h) {
            o.put("version", h.version());
            if (h.client() != null) {
                o.put("client", h.client());
            }
            h.uid().ifPresent(u -> o.put("uid", u));
        } else if (r instanceof Request.Targeted t) {
            o.set("design", DesignJson.write(t.design()));
            o.put("host", t.host());
            if (r instanceof Request.Apply a) {
                a.expect().ifPresent(e -> o.put("expect", e));
            }
        } else if (r instanceof Request.Unsubscribe u) {
            o.put("subscription", u.subscription());
        }
        return o;
    }

    private static Long lenientId(JsonNode root) {
        JsonNode id = root == null ? null : root.get("id");
        if (id != null && id.isIntegralNumber() && id.canConvertToLong() && id.longValue() >= 0 && id.longValue() <= MAX_ID) {
            return id.longValue();
        }
        return null;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
