package org.mvtd.backend.helper;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.mvtd.backend.protocol.Wire;

/** Writes one JSON object per line, whole lines only, from any thread (replies and events share it). */
final class JsonLineWriter {
    private final OutputStream out;

    JsonLineWriter(OutputStream out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    synchronized void write(ObjectNode message) {
        try {
            out.write(Wire.JSON.writeValueAsBytes(message));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new ClientGoneException(e);
        }
    }
}
