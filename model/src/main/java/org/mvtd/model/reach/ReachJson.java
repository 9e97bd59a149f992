package org.mvtd.model.reach;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.mvtd.model.MacvlanMode;

/** The {@code reach --json} document of FORMAT.md, written and read exactly in that shape. */
public final class ReachJson {
    /**
     * The document version: 2 adds {@code ping6} to every pair, and {@code vlan} and {@code addresses} to the
     * nodes that have them (FORMAT.md, "Version 2").
     */
    public static final int VERSION = 2;
    private static final JsonFactory FACTORY = new JsonFactory();

    private ReachJson() {
    }

    public static void write(ReachReport report, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeNumberField("version", report.version());
            g.writeArrayFieldStart("nodes");
            for (Node n : report.nodes()) {
                g.writeRaw("\n  ");
                g.writeStartObject();
                g.writeStringField("id", n.id());
                g.writeStringField("kind", n.kind().jsonName());
                if (n.mode() != null) {
                    g.writeStringField("mode", n.mode().kernelName());
                }
                if (n.guest() != null) {
                    g.writeStringField("guest", n.guest());
                }
                if (n.vlan() != null) {
                    g.writeNumberField("vlan", n.vlan());
                }
                if (!n.addresses().isEmpty()) {
                    g.writeArrayFieldStart("addresses");
                    for (String a : n.addresses()) {
                        g.writeString(a);
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("pairs");
            for (Pair p : report.pairs()) {
                // One pair a line: diffable and greppable, still plain JSON.
                g.writeRaw("\n  ");
                g.writeStartObject();
                g.writeStringField("from", p.from());
                g.writeStringField("to", p.to());
                g.writeBooleanField("unicast", p.unicast());
                g.writeBooleanField("broadcast", p.broadcast());
                g.writeBooleanField("ping", p.ping());
                g.writeBooleanField("ping6", p.ping6());
                g.writeArrayFieldStart("path");
                for (String hop : p.path()) {
                    g.writeString(hop);
                }
                g.writeEndArray();
                g.writeStringField("why", p.why());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    public static ReachReport read(Reader in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        if (root == null || !root.isObject()) {
            throw new IOException("reach JSON: expected an object at the top");
        }
        List<Node> nodes = new ArrayList<>();
        for (JsonNode n : root.path("nodes")) {
            String mode = n.path("mode").asText(null);
            List<String> addresses = new ArrayList<>();
            n.path("addresses").forEach(a -> addresses.add(a.asText()));
            nodes.add(new Node(n.path("id").asText(), NodeKind.fromJsonName(n.path("kind").asText()),
                    mode == null ? null : MacvlanMode.fromKernelName(mode), n.path("guest").asText(null),
                    n.hasNonNull("vlan") ? n.get("vlan").asInt() : null, addresses));
        }
        List<Pair> pairs = new ArrayList<>();
        for (JsonNode p : root.path("pairs")) {
            List<String> path = new ArrayList<>();
            p.path("path").forEach(h -> path.add(h.asText()));
            pairs.add(new Pair(p.path("from").asText(), p.path("to").asText(), p.path("unicast").asBoolean(),
                    p.path("broadcast").asBoolean(), p.path("ping").asBoolean(), p.path("ping6").asBoolean(), path, p.path("why").asText("")));
        }
        return new ReachReport(root.path("version").asInt(), nodes, pairs);
    }
}
