package org.mvtd.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.model.testing.Examples;

class ReachCommandTest {

    private static String example(String name) {
        return Examples.file(name).toString();
    }

    @Test
    void jsonHasExactlyTheFormatShapeWithEveryOrderedPair() throws Exception {
        CliRun r = CliRun.of("reach", example("bridge-mode.mvtd.yaml"), "--json");
        assertThat(r.exit()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("version").asInt()).as("reach --json document version 2: pairs carry ping6").isEqualTo(2);
        Set<String> topKeys = new HashSet<>();
        root.fieldNames().forEachRemaining(topKeys::add);
        assertThat(topKeys).containsExactlyInAnyOrder("version", "nodes", "pairs");
        int n = root.get("nodes").size();
        assertThat(n).isEqualTo(4); // eth0 host stack, two endpoints, the router
        assertThat(root.get("pairs").size()).isEqualTo(n * (n - 1));
        JsonNode node = root.get("nodes").get(1);
        assertThat(node.get("id").asText()).isEqualTo("kvmhost/macvtap0");
        assertThat(node.get("kind").asText()).isEqualTo("endpoint");
        assertThat(node.get("mode").asText()).isEqualTo("bridge");
        assertThat(node.get("guest").asText()).isEqualTo("uperf-client");
        JsonNode pair = root.get("pairs").get(0);
        Set<String> pairKeys = new HashSet<>();
        pair.fieldNames().forEachRemaining(pairKeys::add);
        assertThat(pairKeys).containsExactlyInAnyOrder("from", "to", "unicast", "broadcast", "ping", "ping6", "path", "why");
        assertThat(pair.get("unicast").isBoolean()).isTrue();
        assertThat(pair.get("path").isArray()).isTrue();
    }

    @Test
    void tableIsAlignedAndFiltersByFromAndTo() {
        CliRun r = CliRun.of("reach", example("bridge-mode.mvtd.yaml"), "--from", "kvmhost/macvtap0",
                "--to", "kvmhost/macvtap1");
        assertThat(r.exit()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines[0]).startsWith("FROM").contains("TO").contains("PING").contains("WHY");
        assertThat(lines[1]).startsWith("kvmhost/macvtap0").contains("kvmhost/macvtap1")
                .contains("both endpoints are in bridge mode on eth0, so the driver delivers locally");
        assertThat(lines[1].indexOf("both endpoints")).as("the why column is aligned").isEqualTo(lines[0].indexOf("WHY"));
        assertThat(lines).hasSize(3);
        assertThat(lines[2]).isEqualTo("1 pairs: 1 ping, 1 deliver unicast, 0 deliver nothing");
    }

    @Test
    void unknownNodeIsAUsageErrorNamingTheKnownOnes() {
        CliRun r = CliRun.of("reach", example("bridge-mode.mvtd.yaml"), "--from", "kvmhost/nope");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--from kvmhost/nope: no such node").contains("kvmhost/macvtap0");
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void missingFileExitsTwoWithoutAStackTrace(@TempDir Path dir) {
        CliRun r = CliRun.of("reach", dir.resolve("absent.mvtd.yaml").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("absent.mvtd.yaml: no such file").doesNotContain("at org.");
    }

    @Test
    void aDesignWithErrorsIsRefusedWithFileLineColumn(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.mvtd.yaml");
        Files.writeString(f, """
                version: 1
                name: bad
                hosts:
                  - name: h
                    devices:
                      - name: eth0
                    endpoints:
                      - name: a
                        lower: eth9
                        type: macvtap
                """);
        CliRun r = CliRun.of("reach", f.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).containsPattern("bad\\.mvtd\\.yaml:\\d+:\\d+: error: ").contains("eth9");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void versionAndHelpWork() {
        assertThat(CliRun.of("--version").out()).startsWith("macvtap-designer ");
        CliRun help = CliRun.of("reach", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--json").contains("Exit codes:");
    }
}
