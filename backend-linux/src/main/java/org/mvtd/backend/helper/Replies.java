package org.mvtd.backend.helper;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.mvtd.backend.monitor.LinkState;
import org.mvtd.backend.protocol.ErrorCode;
import org.mvtd.backend.protocol.ErrorReply;
import org.mvtd.backend.protocol.Event;
import org.mvtd.backend.protocol.Reply;
import org.mvtd.backend.protocol.ReplyCodec;

/** The session's outgoing messages (PROTOCOL.md): replies, errors and events, one JSON line each. */
final class Replies {
    private final JsonLineWriter out;
    private final AtomicLong seq = new AtomicLong();

    Replies(JsonLineWriter out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    void reply(long id, Reply result) {
        out.write(ReplyCodec.write(id, result));
    }

    void error(ErrorReply e) {
        out.write(ReplyCodec.write(e));
    }

    void error(Long id, ErrorCode code, String field, String message) {
        error(ErrorReply.of(id, code, field, message));
    }

    /** Events are numbered in session order. */
    void state(long sub, boolean initial, LinkState link) {
        out.write(ReplyCodec.write(new Event.State(seq.incrementAndGet(), sub, initial, link)));
    }

    void synced(long sub) {
        out.write(ReplyCodec.write(new Event.Synced(seq.incrementAndGet(), sub)));
    }

    void failed(long sub, String reason) {
        out.write(ReplyCodec.write(new Event.Failed(seq.incrementAndGet(), sub, reason)));
    }
}
