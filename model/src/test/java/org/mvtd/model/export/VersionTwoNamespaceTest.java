package org.mvtd.model.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Host;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Switch;

/**
 * The ip script's version-2 links on the real kernel (root, a fresh namespace): a source-mode macvlan with its
 * list and nodst, a passthru with nopromisc that leaves its lower device's promiscuity at 0; a second run
 * changes nothing, the teardown removes them. (VLAN devices need 8021q, which this kernel lacks.)
 */
class VersionTwoNamespaceTest {
    @TempDir
    Path dir;

    @BeforeEach
    void needs() {
        Tools.assumeRoot();
        Tools.assumeInstalled("ip", "bash");
    }

    @Test
    void sourceListsAndFlagsAreWhatTheKernelGets() throws Exception {
        Design d = Design.empty("flags").withSwitches(List.of(Switch.of("sw", false))).withHosts(List.of(Host.of("h",
                List.of(Device.of("eth0", "sw"), Device.of("eth1", "sw").withHostAddress(false)), List.of(
                        Endpoint.macvlan("mon0", "eth0", MacvlanMode.SOURCE).withNodst(true)
                                .withSourceMacs(List.of("52:54:00:AA:BB:CC", "52:54:00:00:00:01")),
                        Endpoint.macvlan("pt0", "eth1", MacvlanMode.PASSTHRU).withNopromisc(true)))));
        List<Path> s = Tools.write(dir, new IpScriptExporter().export(d, Optional.empty()));
        try (Netns ns = Netns.create()) {
            ns.addLower("eth0");
            ns.addLower("eth1");
            for (int run = 0; run < 2; run++) {
                Tools.Result r = ns.bash(s.get(0), Map.of());
                assertThat(r.exit()).as(r.all()).isZero();
            }
            Map<String, JsonNode> links = ns.links();
            JsonNode mon = links.get("mon0").at("/linkinfo/info_data");
            assertThat(mon.get("mode").asText()).isEqualTo("source");
            assertThat(mon.path("nodst").asBoolean()).isTrue();
            assertThat(mon.get("macaddr_count").asInt()).as("a second run adds no MAC twice").isEqualTo(2);
            JsonNode pt = links.get("pt0").at("/linkinfo/info_data");
            assertThat(pt.get("mode").asText()).isEqualTo("passthru");
            assertThat(pt.path("nopromisc").asBoolean()).isTrue();
            assertThat(links.get("eth1").get("promiscuity").asInt()).isZero();
            Tools.Result down = ns.bash(s.get(1), Map.of());
            assertThat(down.exit()).as(down.all()).isZero();
            assertThat(ns.links()).doesNotContainKeys("mon0", "pt0").containsKeys("eth0", "eth1");
        }
    }
}
