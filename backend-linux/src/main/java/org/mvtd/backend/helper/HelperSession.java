package org.mvtd.backend.helper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
import org.mvtd.backend.protocol.ErrorCode;
import org.mvtd.backend.protocol.ErrorReply;
import org.mvtd.backend.protocol.Protocol;
import org.mvtd.backend.protocol.ProtocolException;
import org.mvtd.backend.protocol.RefusedRequest;
import org.mvtd.backend.protocol.Reply;
import org.mvtd.backend.protocol.Request;
import org.mvtd.backend.protocol.RequestCodec;
import org.mvtd.backend.protocol.Wire;
import org.mvtd.model.Host;
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
        Request req;
        try {
            req = RequestCodec.read(line.bytes());
        } catch (RefusedRequest e) {
            out.error(e.error());
            return null;
        }
        try {
            return dispatch(req);
        } catch (ProtocolException e) {
            out.error(ErrorReply.of(req.id(), e));
            return null;
        } catch (ClientGoneException e) {
            throw e; // the client went away while we answered: run() ends the session, no internal error
        } catch (RuntimeException e) {
            LOG.error("internal error", e);
            error(req.id(), ErrorCode.INTERNAL_ERROR, "", "internal error: " + e);
            return null;
        }
    }

    private Integer dispatch(Request req) throws ProtocolException {
        if (req instanceof Request.Hello h) {
            return hello(h);
        }
        if (caller == null) {
            throw ProtocolException.bad("command", "the first request must be 'hello'");
        }
        if (req instanceof Request.PlanLinks p) {
            plan(p);
        } else if (req instanceof Request.Apply a) {
            apply(a);
        } else if (req instanceof Request.Teardown t) {
            teardown(t);
        } else if (req instanceof Request.ListLinks l) {
            list(l.id());
        } else if (req instanceof Request.Subscribe s) {
            subscribe(s);
        } else if (req instanceof Request.Unsubscribe u) {
            subscriptions.unsubscribe(u.id(), u.subscription());
        } else {
            out.reply(req.id(), new Reply.ByeReply());
            return 0;
        }
        return null;
    }

    private Integer hello(Request.Hello req) throws ProtocolException {
        if (caller != null) {
            throw ProtocolException.bad("command", "'hello' was already received");
        }
        if (req.version() != Protocol.VERSION) {
            error(req.id(), ErrorCode.PROTOCOL_ERROR, "version", "protocol version " + req.version()
                    + " is not supported; this helper speaks version " + Protocol.VERSION);
            return EXIT_VERSION;
        }
        Caller who = caller(req.uid().orElse(null));
        try {
            tapDir = TapLayout.sessionDir(cfg.tapDir(), TapLayout.netnsInode(), who.uid());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read this process's network namespace: " + e.getMessage(), e);
        }
        caller = who;
        out.reply(req.id(), new Reply.HelloReply(Protocol.VERSION, "macvtap-designer-helper", who.uid(), recovered));
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

    private void plan(Request.PlanLinks req) {
        Plan p = planFor(req.id(), req);
        if (p != null) {
            out.reply(req.id(), new Reply.PlanReply(p, p.digest()));
        }
    }

    /** The plan against the links of {@code live} (filled here), or null after replying with the refusal. */
    private Plan planFor(long id, Request.Targeted t, List<LinkInfo> live) {
        try {
            live.addAll(cfg.kernel().links());
            return new Planner(cfg.kernel(), cfg.nodes(), tapDir).plan(t.design(), t.host(), live, caller.uid());
        } catch (KernelException e) {
            error(id, ErrorCode.KERNEL_ERROR, "", e.getMessage());
        } catch (PlanException e) {
            String field = e.code() == PlanException.Reason.UNKNOWN_HOST ? "host" : "design";
            out.error(ErrorReply.of(id, code(e), field, e.getMessage()).withNames(e.names()));
        }
        return null;
    }

    private Plan planFor(long id, Request.Targeted t) {
        return planFor(id, t, new ArrayList<>());
    }

    private void apply(Request.Apply req) {
        long id = req.id();
        List<LinkInfo> live = new ArrayList<>();
        Plan p = planFor(id, req, live);
        if (p == null) {
            return;
        }
        if (req.expect().isPresent() && !req.expect().get().equals(p.digest())) {
            out.error(ErrorReply.of(id, ErrorCode.PLAN_CHANGED, "expect",
                    "the machine changed since the plan was shown; nothing was done: plan again").withPlan(p));
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
            out.reply(id, new Reply.ApplyReply(p, r.nodes()));
            return;
        }
        String step = r.failedStep() == null ? "an unknown step" : "step '" + r.failedStep().describe() + "'";
        String undo = r.undoProblems().isEmpty() ? "everything this apply did was undone"
                : "the undo left problems: " + String.join("; ", r.undoProblems());
        out.error(ErrorReply.of(id, ErrorCode.APPLY_FAILED, "", step + " failed: " + r.reason() + "; " + undo)
                .withFailure(r.failedStep(), r.reason(), r.undoProblems()));
    }

    private void teardown(Request.Teardown req) {
        long id = req.id();
        DesignId design = DesignId.of(req.design().name());
        try {
            TeardownReport r = new Teardown(cfg.kernel(), cfg.nodes(), tapDir).teardown(design, caller.uid());
            if (!r.problems().isEmpty()) {
                out.error(ErrorReply.of(id, ErrorCode.KERNEL_ERROR, "", "teardown incomplete: " + String.join("; ", r.problems()))
                        .withDeleted(r.deleted()));
                return;
            }
            out.reply(id, new Reply.TeardownReply(design.value(), r.deleted(), r.wholeGroups()));
        } catch (KernelException e) {
            error(id, ErrorCode.KERNEL_ERROR, "", e.getMessage());
        }
    }

    private void list(long id) {
        try {
            out.reply(id, new Reply.ListReply(cfg.kernel().links().stream().map(Wire::listed).toList()));
        } catch (KernelException e) {
            error(id, ErrorCode.KERNEL_ERROR, "", e.getMessage());
        }
    }

    private void subscribe(Request.Subscribe req) throws ProtocolException {
        Host host = req.design().host(req.host()).orElseThrow();
        List<String> names = new ArrayList<>();
        host.devices().forEach(d -> names.add(d.name()));
        host.endpoints().forEach(e -> names.add(e.name()));
        subscriptions.subscribe(req.id(), DesignId.of(req.design().name()), names);
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
}
