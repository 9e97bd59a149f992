package org.mvtd.model.fix;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Objects;
import org.mvtd.model.reach.Pair;

/** The {@code diagnose --json} document of docs/format.md. */
public final class DiagnosisJson {
    /** The document's version: bump on any change a reader could notice. */
    public static final int VERSION = 1;
    private static final JsonFactory FACTORY = new JsonFactory();

    private DiagnosisJson() {
    }

    public static void write(Diagnosis diagnosis, Writer out) throws IOException {
        Objects.requireNonNull(diagnosis, "diagnosis");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            Pair p = diagnosis.pair();
            g.writeStartObject();
            g.writeNumberField("version", VERSION);
            g.writeStringField("from", p.from());
            g.writeStringField("to", p.to());
            g.writeBooleanField("ping", p.ping());
            g.writeStringField("why", p.why());
            g.writeArrayFieldStart("fixes");
            int number = 1;
            for (Fix f : diagnosis.fixes()) {
                fix(g, number++, f);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void fix(JsonGenerator g, int number, Fix f) throws IOException {
        g.writeRaw("\n  ");
        g.writeStartObject();
        g.writeNumberField("number", number);
        g.writeStringField("name", f.name());
        g.writeArrayFieldStart("changes");
        for (Change c : f.changes()) {
            g.writeStartObject();
            g.writeStringField("element", c.element());
            g.writeStringField("change", c.description());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("from", f.goalFrom());
        g.writeStringField("to", f.goalTo());
        g.writeNumberField("sideEffects", f.sideEffects().size());
        g.writeArrayFieldStart("pairs");
        for (PairChange c : f.pairs()) {
            // One changed pair a line: diffable and greppable, still plain JSON.
            g.writeRaw("\n    ");
            g.writeStartObject();
            g.writeStringField("from", c.from());
            g.writeStringField("to", c.to());
            g.writeBooleanField("goal", c.goal());
            reach(g, "before", c.before());
            reach(g, "after", c.after());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void reach(JsonGenerator g, String field, Reach r) throws IOException {
        if (r == null) {
            g.writeNullField(field);
            return;
        }
        g.writeObjectFieldStart(field);
        g.writeBooleanField("unicast", r.unicast());
        g.writeBooleanField("broadcast", r.broadcast());
        g.writeBooleanField("ping", r.ping());
        g.writeStringField("verdict", verdictName(r));
        g.writeEndObject();
    }

    /** {@code ping}, {@code unicast-only}, {@code one-way} or {@code none}. */
    static String verdictName(Reach r) {
        return r.verdict().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
