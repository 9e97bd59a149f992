package org.mvtd.backend.helper;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.mvtd.backend.client.Transport;
import org.mvtd.backend.protocol.BoundedLineReader;
import org.mvtd.backend.protocol.Wire;

/** Line-level access to a helper over any transport, for tests that send what no client would. */
public final class RawSession implements AutoCloseable {
    private final Transport.Connection conn;
    private final BoundedLineReader reader;
    private final OutputStream out;

    public RawSession(Transport transport) throws IOException {
        this.conn = Objects.requireNonNull(transport, "transport").open();
        this.reader = new BoundedLineReader(conn.fromHelper(), 64 << 20);
        this.out = conn.toHelper();
    }

    public void send(byte[] line) throws IOException {
        out.write(line);
        out.write('\n');
        out.flush();
    }

    public void send(String line) throws IOException {
        send(line.getBytes(StandardCharsets.UTF_8));
    }

    /** The next message that is not an event, or null when the helper ended. */
    public JsonNode next() throws IOException {
        while (true) {
            BoundedLineReader.Line l = reader.next();
            if (l == null) {
                return null;
            }
            JsonNode n = Wire.JSON.readTree(l.bytes());
            if (!n.path("type").asText().equals("event")) {
                return n;
            }
        }
    }

    public JsonNode call(String line) throws IOException {
        send(line);
        return next();
    }

    public String diagnostics() {
        return conn.diagnostics();
    }

    @Override
    public void close() {
        conn.close();
    }
}
