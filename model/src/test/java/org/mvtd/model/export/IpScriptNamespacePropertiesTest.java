package org.mvtd.model.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.mvtd.model.Design;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Host;
import org.mvtd.model.testing.RandomDesigns;

/**
 * The ip scripts of random valid designs (names YAML and shells find tricky, every mode, passthru,
 * macvlan shims, down links) build exactly the first host's links in a namespace, leave them alone
 * on a second run, and the teardown removes them all.
 */
@NeedsTools(value = {"ip", "bash"}, root = true)
class IpScriptNamespacePropertiesTest {

    @Property(tries = 12)
    void randomDesignsAreBuiltExactlyAndTornDown(@ForAll("designs") Design design) throws Exception {
        Host h = design.hosts().stream().filter(x -> !x.endpoints().isEmpty()).findFirst().orElse(null);
        if (h == null) {
            return;
        }
        Path dir = Files.createTempDirectory("mvtd-exports-prop");
        try (Netns ns = Netns.create()) {
            List<Path> s = Tools.write(dir, new IpScriptExporter().export(design, Optional.of(h.name())));
            h.devices().forEach(d -> ns.addLower(d.name()));
            Tools.Result first = ns.bash(s.get(0), Map.of());
            assertThat(first.exit()).as(first.all()).isZero();
            Map<String, JsonNode> links = ns.links();
            for (Endpoint e : h.endpoints()) {
                JsonNode l = links.get(e.name());
                assertThat(l).as("%s created", e.name()).isNotNull();
                assertThat(l.get("link").asText()).isEqualTo(e.lower());
                assertThat(l.at("/linkinfo/info_kind").asText()).isEqualTo(e.type().kernelName());
                assertThat(l.at("/linkinfo/info_data/mode").asText()).isEqualTo(e.mode().kernelName());
                if (e.mac() != null) {
                    assertThat(l.get("address").asText()).isEqualTo(e.mac().toLowerCase(Locale.ROOT));
                }
            }
            Tools.Result second = ns.bash(s.get(0), Map.of());
            assertThat(second.exit()).as(second.all()).isZero();
            assertThat(second.out()).contains(", 0 created");
            Tools.Result down = ns.bash(s.get(1), Map.of());
            assertThat(down.exit()).as(down.all()).isZero();
            Map<String, JsonNode> left = ns.links();
            assertThat(left.keySet()).doesNotContainAnyElementsOf(h.endpoints().stream().map(Endpoint::name).toList());
            assertThat(left.keySet()).containsAll(h.devices().stream().map(d -> d.name()).toList());
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Design> designs() {
        return RandomDesigns.arbitrary();
    }
}
