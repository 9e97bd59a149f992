package org.mvtd.backend.helper;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mvtd.backend.link.Applier;
import org.mvtd.backend.link.ApplyReport;
import org.mvtd.backend.link.DesignId;
import org.mvtd.backend.link.KernelException;
import org.mvtd.backend.link.LinkInfo;
import org.mvtd.backend.link.Plan;
import org.mvtd.backend.link.PlanException;
import org.mvtd.backend.link.Planner;
import org.mvtd.backend.link.Teardown;
import org.mvtd.backend.link.TeardownReport;
import org.mvtd.backend.protocol.BoundedLineReader;
import org.mvtd.backend.protocol.DesignJson;
import org.mvtd.backend.protocol.ErrorCode;
import org.mvtd.backend.protocol.Fields;
import org.mvtd.backend.protocol.Names;
import org.mvtd.backend.protocol.Protocol;
import org.mvtd.backend.protocol.ProtocolException;
import org.mvtd.backend.protocol.Wire;
import org.mvtd.model.Design;
import org.mvtd.model.Host;
import org.mvtd.model.validate.Problem;
import org.mvtd.model.validate.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One conversation with a client over a pair of streams (PROTOCOL.md): the real helper runs it over its
 * stdin/stdout; tests and the app's fake helper run it in-process over pipes with an injected kernel.
 * Requests are handled one at a time; link-state events are written from the feeds' threads.
 */
public final class HelperSession {
    private static final Logger LOG = LoggerFactory.getLogger(HelperSession.class);
    /** Exit status after an unknown protocol version. */
    public static final int EXIT_VERSION = 2;
    private static final long MAX_ID = (1L << 53) - 1;
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

    private final HelperConfig cfg;
    private final InputStream in;
    private final Replies out;
    private final List<String> recovered;
    private final Subscriptions subscriptions;
    private volatile long lastRequest = System.nanoTime();
    private Caller caller;
    private Path tapDir;

    public HelperSession(HelperConfig cfg, InputStream in, OutputStream out, List<String> recovered) {
        this.cfg = Objects.requireNonNull(cfg, "cfg");
        this.in = Objects.requireNonNull(in, "in");
        this.out = new Replies(new JsonLineWriter(Objects.requireNonNull(out, "out")));
        this.recovered = List.copyOf(recovered);
        this.subscriptions = new Subscriptions(cfg.kernel(), this.out);
    }

    /** Serves requests until {@code bye}, end of input or an unknown version; returns the exit status. */
    public int run() throws IOException {
        BoundedLineReader reader = new BoundedLineReader(in, Protocol.MAX_LINE_BYTES);
        try {
            BoundedLineReader.Line line;
            while ((line = reader.next()) != null) {
                lastRequest = System.nanoTime();
                Integer exit = handle(line);
                if (exit != null) {
                    return exit;
                }
            }
            return 0;
        } catch (ClientGoneException e) {
            LOG.info("client closed the connection: {}", e.getMessage());
            return 0;
        } finally {
            subscriptions.closeAll();
        }
    }

    private Integer handle(BoundedLineReader.Line line) {
        if (line.overflow()) {
            error(null, ErrorCode.PROTOCOL_ERROR, "(line)", "request of " + line.length()
                    + " bytes is longer than the limit of " + Protocol.MAX_LINE_BYTES + " bytes");
            return null;
        }
        JsonNode root;
        try {
            root = Wire.JSON.readTree(line.bytes());
        } catch (JacksonException | IllegalArgumentException e) {
            error(null, ErrorCode.PROTOCOL_ERROR, "(line)", "not one JSON object: " + Fields.printable(firstLine(e.getMessage())));
            return null;
        } catch (IOException e) {
            error(null, ErrorCode.PROTOCOL_ERROR, "(line)", "unreadable request: " + Fields.printable(firstLine(e.getMessage())));
            return null;
        }
        Long id = lenientId(root);
        try {
            return dispatch(Fields.of(root, ""));
        } catch (ProtocolException e) {
            error(id, e.code(), e.field(), e.getMessage());
            return null;
        } catch (ClientGoneException e) {
            throw e; // the client went away while we answered: run() ends the session, no internal error
        } catch (RuntimeException e) {
            LOG.error("internal error", e);
            error(id, ErrorCode.INTERNAL_ERROR, "", "internal error: " + e);
            return null;
        }
    }

    private Integer dispatch(Fields req) throws ProtocolException {
        long id = req.integer("id", 0, MAX_ID);
        String command = req.text("command");
        Set<String> keys = KEYS.get(command);
        if (keys != null) {
            req.allowOnly(keys);
        }
        if (caller == null && !command.equals("hello")) {
            throw ProtocolException.bad("command", "the first request must be 'hello'");
        }
        switch (command) {
            case "hello" -> {
                return hello(id, req);
            }
            case "plan" -> plan(id, req);
            case "apply" -> apply(id, req);
            case "teardown" -> teardown(id, req);
            case "list" -> list(id, req);
            case "subscribe" -> subscribe(id, req);
            case "unsubscribe" -> unsubscribe(id, req);
            case "bye" -> {
                req.done();
                reply(id, Wire.object());
                return 0;
            }
            default -> throw ProtocolException.bad("command", "unknown command '" + Fields.printable(command)
                    + "' (expected hello, plan, apply, teardown, list, subscribe, unsubscribe or bye)");
        }
        return null;
    }

    private Integer hello(long id, Fields req) throws ProtocolException {
        if (caller != null) {
            throw ProtocolException.bad("command", "'hello' was already received");
        }
        long version = req.integer("version", 0, Integer.MAX_VALUE);
        if (req.has("client")) {
            Names.plainText(req.text("client"), "client", 256);
        } else {
            req.optText("client");
        }
        Integer claimed = req.optInteger("uid", 0, Integer.MAX_VALUE).map(Long::intValue).orElse(null);
        req.done();
        if (version != Protocol.VERSION) {
            error(id, ErrorCode.PROTOCOL_ERROR, "version", "protocol version " + version
                    + " is not supported; this helper speaks version " + Protocol.VERSION);
            return EXIT_VERSION;
        }
        Caller who = caller(claimed);
        try {
            tapDir = TapLayout.sessionDir(cfg.tapDir(), TapLayout.netnsInode(), who.uid());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read this process's network namespace: " + e.getMessage(), e);
        }
        caller = who;
        ObjectNode r = Wire.object().put("version", Protocol.VERSION).put("helper", "macvtap-designer-helper")
                .put("uid", who.uid());
        reply(id, Wire.strings(r, "recovered", recovered));
        return null;
    }

    /** Who this session works for: the user who started the helper, else a uid root names in hello, else root. */
    private Caller caller(Integer claimed) throws ProtocolException {
        if (cfg.caller().isPresent()) {
            Caller c = cfg.caller().get();
            if (claimed != null && claimed != c.uid()) {
                throw ProtocolException.bad("uid", "uid " + claimed + " is not the user who started the helper (uid " + c.uid() + ")");
            }
            return c;
        }
        if (claimed != null) {
            if (!cfg.uidExists().test(claimed)) {
                throw ProtocolException.bad("uid", "uid " + claimed + " has no account on this machine");
            }
            return new Caller(claimed, Caller.Source.HELLO);
        }
        return new Caller(0, Caller.Source.ROOT);
    }

    /** The user this session works for (after hello): the planner and teardown use it for ownership. */
    public Caller caller() {
        return caller;
    }

    /**
     * Nanoseconds since the last request, or 0 while subscriptions are open (a live view is quiet but in use);
     * {@link IdleWatch} ends a session idle for too long.
     */
    long idleNanos(long now) {
        return subscriptions.size() > 0 ? 0 : Math.max(0, now - lastRequest);
    }

    /** A design and one of its hosts from a request, read strictly and re-validated. */
    private record Target(Design design, String host) {
    }

    private Target target(Fields req, boolean validate) throws ProtocolException {
        Design design = DesignJson.read(req.object("design"));
        String host = Names.plainText(req.text("host"), "host", 256);
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

    private void plan(long id, Fields req) throws ProtocolException {
        Target t = target(req, true);
        req.done();
        Plan p = planFor(id, t);
        if (p != null) {
            reply(id, Wire.plan(p));
        }
    }

    private Plan planFor(long id, Target t) {
        try {
            List<LinkInfo> live = cfg.kernel().links();
            return new Planner(cfg.kernel(), cfg.nodes(), tapDir).plan(t.design(), t.host(), live, caller.uid());
        } catch (KernelException e) {
            error(id, ErrorCode.KERNEL_ERROR, "", e.getMessage());
        } catch (PlanException e) {
            ObjectNode err = errorNode(id, code(e), e.code() == PlanException.Reason.UNKNOWN_HOST ? "host" : "design", e.getMessage());
            out.write(Wire.strings(err, "names", e.names()));
        }
        return null;
    }

    private void apply(long id, Fields req) throws ProtocolException {
        Target t = target(req, true);
        String expect = req.optText("expect").orElse(null);
        if (expect != null && !expect.matches("[0-9a-f]{1,64}")) {
            throw ProtocolException.bad("expect", "expected the hex digest of a plan");
        }
        req.done();
        List<LinkInfo> live;
        Plan p;
        try {
            live = cfg.kernel().links();
            p = new Planner(cfg.kernel(), cfg.nodes(), tapDir).plan(t.design(), t.host(), live, caller.uid());
        } catch (KernelException e) {
            error(id, ErrorCode.KERNEL_ERROR, "", e.getMessage());
            return;
        } catch (PlanException e) {
            out.write(Wire.strings(errorNode(id, code(e), "design", e.getMessage()), "names", e.names()));
            return;
        }
        if (expect != null && !expect.equals(p.digest())) {
            ObjectNode err = errorNode(id, ErrorCode.PLAN_CHANGED, "expect",
                    "the machine changed since the plan was shown; nothing was done: plan again");
            err.set("plan", Wire.plan(p));
            out.write(err);
            return;
        }
        ApplyReport r;
        try {
            r = new Applier(cfg.kernel(), cfg.nodes(), cfg.journal(), tapDir).apply(p, live);
        } catch (IOException e) {
            error(id, ErrorCode.APPLY_FAILED, "", "cannot write the journal, nothing was done: " + e.getMessage());
            return;
        }
        if (r.ok()) {
            ObjectNode res = Wire.object();
            res.set("plan", Wire.plan(p));
            reply(id, Wire.map(res, "nodes", r.nodes()));
            return;
        }
        String step = r.failedStep() == null ? "an unknown step" : "step '" + r.failedStep().describe() + "'";
        String undo = r.undoProblems().isEmpty() ? "everything this apply did was undone"
                : "the undo left problems: " + String.join("; ", r.undoProblems());
        ObjectNode err = errorNode(id, ErrorCode.APPLY_FAILED, "", step + " failed: " + r.reason() + "; " + undo);
        if (r.failedStep() != null) {
            err.set("step", Wire.step(r.failedStep()));
        }
        err.put("reason", r.reason());
        out.write(Wire.strings(err, "undoProblems", r.undoProblems()));
    }

    private void teardown(long id, Fields req) throws ProtocolException {
        Target t = target(req, false);
        req.done();
        try {
            TeardownReport r = new Teardown(cfg.kernel(), cfg.nodes(), tapDir).teardown(DesignId.of(t.design().name()), caller.uid());
            if (!r.problems().isEmpty()) {
                ObjectNode err = errorNode(id, ErrorCode.KERNEL_ERROR, "", "teardown incomplete: " + String.join("; ", r.problems()));
                out.write(Wire.strings(err, "deleted", r.deleted()));
                return;
            }
            ObjectNode res = Wire.strings(Wire.object().put("designId", DesignId.of(t.design().name()).value()), "deleted", r.deleted());
            ArrayNode groups = res.putArray("groups");
            r.wholeGroups().forEach(groups::add);
            reply(id, res);
        } catch (KernelException e) {
            error(id, ErrorCode.KERNEL_ERROR, "", e.getMessage());
        }
    }

    private void list(long id, Fields req) throws ProtocolException {
        req.done();
        try {
            ObjectNode res = Wire.object();
            ArrayNode links = res.putArray("links");
            cfg.kernel().links().forEach(l -> links.add(Wire.link(l)));
            reply(id, res);
        } catch (KernelException e) {
            error(id, ErrorCode.KERNEL_ERROR, "", e.getMessage());
        }
    }

    private void subscribe(long id, Fields req) throws ProtocolException {
        Target t = target(req, true);
        req.done();
        Host host = t.design().host(t.host()).orElseThrow();
        List<String> names = new ArrayList<>();
        host.devices().forEach(d -> names.add(d.name()));
        host.endpoints().forEach(e -> names.add(e.name()));
        subscriptions.subscribe(id, DesignId.of(t.design().name()), names);
    }

    private void unsubscribe(long id, Fields req) throws ProtocolException {
        long sub = req.integer("subscription", 1, MAX_ID);
        req.done();
        subscriptions.unsubscribe(id, sub);
    }

    private void reply(long id, ObjectNode result) {
        out.reply(id, result);
    }

    private static ObjectNode errorNode(Long id, ErrorCode code, String field, String message) {
        return Replies.errorNode(id, code, field, message);
    }

    private void error(Long id, ErrorCode code, String field, String message) {
        out.error(id, code, field, message);
    }

    /** A planner's refusal as the protocol names it. */
    private static ErrorCode code(PlanException e) {
        return switch (e.code()) {
            case UNKNOWN_HOST -> ErrorCode.UNKNOWN_HOST;
            case MISSING_LOWER -> ErrorCode.MISSING_LOWER;
            case NOT_OURS -> ErrorCode.NOT_OURS;
            case WRONG_LOWER -> ErrorCode.INVALID_DESIGN;
        };
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
