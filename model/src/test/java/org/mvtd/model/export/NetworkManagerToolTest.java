package org.mvtd.model.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.model.Design;

/**
 * Every exported keyfile read by NetworkManager itself: {@code nmcli --offline connection modify} (1.42 has it) parses
 * a keyfile from stdin, normalizes and verifies the profile as the daemon would, and prints it or refuses it.
 */
class NetworkManagerToolTest {
    @TempDir
    Path dir;

    @BeforeEach
    void needsNmcli() {
        Tools.assumeInstalled("nmcli");
    }

    /** NetworkManager's reading of {@code keyfile}, or its error. */
    private static Tools.Result read(Path keyfile) {
        return Tools.run(List.of("sh", "-c", "exec nmcli --offline connection modify < \"$1\"", "sh", keyfile.toString()));
    }

    /** NetworkManager leaves defaults out and adds its own (vlan flags): the keys both have in {@code section} must agree. */
    private static void assertAgree(Map<String, Map<String, String>> mine, Map<String, Map<String, String>> theirs,
            String section, String what) {
        Map<String, String> kept = new TreeMap<>(theirs.get(section));
        kept.keySet().retainAll(mine.get(section).keySet());
        assertThat(mine.get(section)).as("%s [%s]", what, section).containsAllEntriesOf(kept);
    }

    @Test
    void everyExampleAndTheVlanContainerDesignIsAcceptedUnchanged() throws Exception {
        Map<String, Design> all = new TreeMap<>(ExampleDesigns.all());
        all.put("vlan-and-container", VersionTwoExportsTest.tour());
        int checked = 0;
        for (Map.Entry<String, Design> ex : all.entrySet()) {
            Path out = Files.createDirectories(dir.resolve(ex.getKey()));
            List<ExportedFile> files = new NetworkManagerExporter().export(ex.getValue(), Optional.empty());
            List<Path> paths = Tools.write(out, files);
            for (int i = 0; i < paths.size(); i++) {
                Tools.Result r = read(paths.get(i));
                assertThat(r.exit()).as("%s %s: %s", ex.getKey(), files.get(i).name(), r.all()).isZero();
                Map<String, Map<String, String>> mine = NetworkManagerExportTest.ini(files.get(i).content());
                Map<String, Map<String, String>> theirs = NetworkManagerExportTest.ini(r.out());
                for (String section : List.of("macvlan", "vlan")) {
                    if (mine.containsKey(section)) {
                        assertAgree(mine, theirs, section, ex.getKey() + " " + files.get(i).name());
                        assertThat(theirs.get(section)).containsKey("parent");
                    }
                }
                assertThat(theirs.get("connection")).containsEntry("interface-name", mine.get("connection").get("interface-name"))
                        .containsEntry("uuid", mine.get("connection").get("uuid"));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void theNmcliScriptRunThroughOfflineNmcliMakesTheKeyfilesTheKeyfileExportWrites() throws Exception {
        Design d = VersionTwoExportsTest.tour();
        Path script = Tools.write(dir, new NmcliExporter().export(d, Optional.empty())).get(0);
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path made = Files.createDirectories(dir.resolve("made"));
        // the script's own nmcli calls, each add done offline by the real nmcli, which prints the keyfile it would store
        Files.writeString(bin.resolve("nmcli"), "#!/bin/sh\ncase \"$1 $2\" in\n  'connection delete') exit 0 ;;\n"
                + "  'connection add') exec /usr/bin/nmcli --offline \"$@\" > \"" + made + "/$(date +%s%N).nmconnection\" ;;\n"
                + "esac\necho \"unexpected nmcli $*\" >&2; exit 3\n");
        bin.resolve("nmcli").toFile().setExecutable(true);
        Tools.Result r = Tools.run(List.of("bash", script.toString()),
                Map.of("PATH", bin + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin")));
        assertThat(r.exit()).as(r.all()).isZero();
        Map<String, Map<String, Map<String, String>>> byUuid = new TreeMap<>();
        try (var files = Files.list(made)) {
            for (Path f : files.toList()) {
                Map<String, Map<String, String>> k = NetworkManagerExportTest.ini(Files.readString(f));
                byUuid.put(k.get("connection").get("uuid"), k);
            }
        }
        List<ExportedFile> keyfiles = new NetworkManagerExporter().export(d, Optional.empty());
        assertThat(byUuid).hasSameSizeAs(keyfiles);
        for (ExportedFile f : keyfiles) {
            Map<String, Map<String, String>> mine = NetworkManagerExportTest.ini(f.content());
            Map<String, Map<String, String>> theirs = byUuid.get(mine.get("connection").get("uuid"));
            assertThat(theirs).as(f.name()).isNotNull();
            for (String section : List.of("macvlan", "vlan", "ipv4")) {
                if (mine.containsKey(section)) {
                    assertAgree(mine, theirs, section, f.name());
                }
            }
        }
    }

    @Test
    void theCheckRefusesWhatNetworkManagerRefuses() throws Exception {
        Path bad = dir.resolve("bad.nmconnection");
        Files.writeString(bad, "[connection]\nid=x\nuuid=c6747c4a-3c3b-4932-b5c9-d0ca3e732eb3\ntype=macvlan\n"
                + "interface-name=x\n\n[macvlan]\nparent=eth0\nmode=2\npromiscuous=false\n");
        Tools.Result r = read(bad);
        assertThat(r.exit()).isNotZero();
        assertThat(r.all()).contains("promiscuous");
    }
}
