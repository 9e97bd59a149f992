package org.mvtd.backend.helper;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.mvtd.backend.protocol.ErrorCode;
import org.mvtd.backend.protocol.Wire;

/** The session's outgoing messages (PROTOCOL.md): replies, errors and events, one JSON line each. */
final class Replies {
    private final JsonLineWriter out;
    private final AtomicLong seq = new AtomicLong();

    Replies(JsonLineWriter out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    void write(ObjectNode message) {
        out.write(message);
    }

    void reply(long id, ObjectNode result) {
        ObjectNode r = Wire.object().put("type", "reply").put("id", id);
        r.set("result", result);
        out.write(r);
    }

    static ObjectNode errorNode(Long id, ErrorCode code, String field, String message) {
        ObjectNode e = Wire.object().put("type", "error");
        if (id == null) {
            e.putNull("id");
        } else {
            e.put("id", id);
        }
        return e.put("code", code.wireName()).put("field", field).put("message", message);
    }

    void error(Long id, ErrorCode code, String field, String message) {
        out.write(errorNode(id, code, field, message));
    }

    /** An event of subscription {@code sub}, numbered in session order; the caller adds its fields and writes it. */
    ObjectNode event(long sub, String kind) {
        return Wire.object().put("type", "event").put("seq", seq.incrementAndGet()).put("subscription", sub).put("event", kind);
    }
}
