package org.mvtd.model.fix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class DiagnosisJsonTest {

    private static JsonNode json(Diagnosis d) throws IOException {
        StringWriter w = new StringWriter();
        DiagnosisJson.write(d, w);
        return new ObjectMapper().readTree(w.toString());
    }

    @Test
    void documentHasThePairTheNumberedFixesTheirChangesAndEveryChangedPair() throws IOException {
        Diagnosis d = Diagnoser.diagnose(DiagnoserTest.hostAndBridgeGuests(), "kvm/eth0", "kvm/macvtap0");
        JsonNode root = json(d);
        assertThat(root.path("version").asInt()).isEqualTo(1);
        assertThat(root.path("from").asText()).isEqualTo("kvm/eth0");
        assertThat(root.path("to").asText()).isEqualTo("kvm/macvtap0");
        assertThat(root.path("ping").asBoolean()).isFalse();
        assertThat(root.path("why").asText()).isNotBlank();
        JsonNode fixes = root.path("fixes");
        assertThat(fixes.size()).isEqualTo(d.fixes().size()).isPositive();
        for (int i = 0; i < fixes.size(); i++) {
            JsonNode f = fixes.get(i);
            Fix fix = d.fixes().get(i);
            assertThat(f.path("number").asInt()).isEqualTo(i + 1);
            assertThat(f.path("name").asText()).isEqualTo(fix.name());
            assertThat(f.path("changes").get(0).fieldNames()).toIterable().containsExactly("element", "change");
            assertThat(f.path("sideEffects").asInt()).isEqualTo(fix.sideEffects().size());
            assertThat(f.path("pairs").size()).isEqualTo(fix.pairs().size());
            JsonNode pair = f.path("pairs").get(0);
            assertThat(pair.fieldNames()).toIterable().containsExactly("from", "to", "goal", "before", "after");
            assertThat(pair.path("after").fieldNames()).toIterable()
                    .containsExactly("unicast", "broadcast", "ping", "verdict");
        }
        int shim = d.fixes().stream().map(Fix::name).toList().indexOf("host shim on kvm/eth0");
        assertThat(shim).isNotNegative();
        assertThat(fixes.get(shim).path("from").asText()).isEqualTo("kvm/shim0");
    }

    @Test
    void aPairThatPingsHasAnEmptyFixList() throws IOException {
        JsonNode root = json(Diagnoser.diagnose(DiagnoserTest.hostAndBridgeGuests(), "router", "kvm/macvtap0"));
        assertThat(root.path("ping").asBoolean()).isTrue();
        assertThat(root.path("fixes").isArray()).isTrue();
        assertThat(root.path("fixes").size()).isZero();
    }

    @Test
    void formatSpecificationDocumentsEveryField() throws IOException {
        String spec = java.nio.file.Files.readString(
                org.mvtd.model.testing.Examples.repositoryRoot().resolve("docs/format.md"));
        assertThat(spec).contains("### Quick fixes: `diagnose FILE --from A --to B --json`");
        for (String field : new String[] {"\"fixes\"", "\"number\"", "\"changes\"", "\"element\"", "\"change\"",
            "\"sideEffects\"", "\"pairs\"", "\"goal\"", "\"before\"", "\"after\"", "\"verdict\"", "unicast-only"}) {
            assertThat(spec).contains(field);
        }
    }

    @Test
    void verdictNamesAreKebabCase() {
        assertThat(DiagnosisJson.verdictName(new Reach(true, false, false, true))).isEqualTo("unicast-only");
        assertThat(DiagnosisJson.verdictName(new Reach(true, true, true, true))).isEqualTo("ping");
    }
}
