package org.mvtd.model.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NetworkManager keyfiles read as INI, and the nmcli script through shellcheck. */
class NetworkManagerExportTest {
    @TempDir
    Path dir;

    /** section → key → value, '#' lines skipped: how a keyfile parser reads it. */
    static Map<String, Map<String, String>> ini(String text) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        Map<String, String> section = null;
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                section = out.computeIfAbsent(line.substring(1, line.indexOf(']')), k -> new LinkedHashMap<>());
            } else {
                assertThat(section).as("key outside a section: %s", line).isNotNull();
                assertThat(line).contains("=");
                section.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
        return out;
    }

    @Test
    void keyfilesUseNetworkManagersModeNumbersTapAndVlanParents() throws Exception {
        List<ExportedFile> files = new NetworkManagerExporter().export(VersionTwoExportsTest.tour(), Optional.empty());
        Map<String, Map<String, Map<String, String>>> byName = new LinkedHashMap<>();
        files.forEach(f -> byName.put(f.name().substring(f.name().lastIndexOf('/') + 1), ini(f.content())));
        Map<String, Map<String, String>> vlan = byName.get("eth0.100.nmconnection");
        assertThat(vlan.get("connection")).containsEntry("type", "vlan").containsEntry("interface-name", "eth0.100");
        assertThat(vlan.get("vlan")).containsEntry("parent", "eth0").containsEntry("id", "100");
        Map<String, Map<String, String>> tap = byName.get("macvtap0.nmconnection");
        assertThat(tap.get("connection")).containsEntry("type", "macvlan");
        assertThat(tap.get("macvlan")).containsEntry("parent", "eth0.100").containsEntry("mode", "2")
                .containsEntry("tap", "true").containsEntry("promiscuous", "true");
        assertThat(byName.get("mon0.nmconnection").get("macvlan")).as("source is NetworkManager's 5, not the kernel's 16")
                .containsEntry("mode", "5").containsEntry("tap", "false");
        assertThat(byName.get("pt0.nmconnection").get("macvlan")).containsEntry("mode", "4").containsEntry("promiscuous", "false");
        byName.values().forEach(k -> assertThat(k.get("ipv4").get("method")).isIn("manual", "disabled"));
        assertThat(files).allSatisfy(f -> assertThat(f.content()).contains("mode 0600").endsWith("\n"));
    }

    @Test
    void theNmcliScriptSetsTheSamePropertiesAndPassesShellcheck() throws Exception {
        List<ExportedFile> files = new NmcliExporter().export(VersionTwoExportsTest.tour(), Optional.empty());
        String script = files.get(0).content();
        assertThat(script).contains("nmcli connection add type vlan", "vlan.parent 'eth0'", "nmcli connection add type macvlan",
                "macvlan.mode '5'", "macvlan.tap 'true'").doesNotContain("address1");
        Tools.assumeInstalled("bash", "shellcheck");
        for (Path p : Tools.write(dir, files)) {
            Tools.ok(List.of("bash", "-n", p.toString()));
            Tools.Result sc = Tools.run(List.of("shellcheck", "--severity=style", "--shell=bash", p.toString()));
            assertThat(sc.exit()).as("shellcheck %s:%n%s", p.getFileName(), sc.out()).isZero();
        }
    }
}
