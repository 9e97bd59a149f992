package org.mvtd.model.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.model.Design;
import org.mvtd.model.testing.Examples;

/** Exports of version-2 designs: VLAN devices made before their endpoints, source lists and flags set. */
class VersionTwoExportsTest {
    @TempDir
    Path dir;

    static Design tour() throws Exception {
        return Examples.load(Examples.caseFile("version2-all-keys")).design();
    }

    private static String file(List<ExportedFile> files, String suffix) {
        return files.stream().filter(f -> f.name().equals(suffix) || f.name().endsWith("/" + suffix)).findFirst().orElseThrow(
                () -> new AssertionError("no " + suffix + " in " + files.stream().map(ExportedFile::name).toList()))
                .content();
    }

    @Test
    void theIpScriptCreatesVlanDevicesBeforeTheirEndpointsAndSetsSourceLists() throws Exception {
        List<ExportedFile> files = new IpScriptExporter().export(tour(), Optional.empty());
        String links = file(files, "kvm1.links.sh");
        assertThat(links).doesNotContain("lower device eth0.100 is missing").contains("lower device eth0 is missing");
        assertThat(links).contains("if vlan_check 'eth0.100' 'eth0' 100; then vneed+=(no); else vneed+=(yes); fi");
        int vlan = links.indexOf("ip link add link 'eth0' name 'eth0.100' type vlan id 100; ip link set dev 'eth0.100' alias macvtap-designer");
        int endpoint = links.indexOf("then create 'macvtap0' macvtap 'eth0.100' bridge");
        assertThat(vlan).isPositive().isLessThan(endpoint);
        assertThat(links).contains("then create 'mon0' macvlan 'eth0' source '' nodst;")
                .contains("then create 'pt0' macvtap 'eth1' passthru '' nopromisc;")
                .contains("ip link set dev 'mon0' type macvlan macaddr add '52:54:00:aa:bb:cc'\n");
        String teardown = file(files, "kvm1.teardown.sh");
        assertThat(teardown).contains("if vlan_check 'eth0.100' 'eth0' 100 && [ \"$(cat /sys/class/net/'eth0.100'/ifalias"
                + " 2>/dev/null)\" = macvtap-designer ]; then gone+=('eth0.100'); fi");
        assertThat(teardown.indexOf("gone+=('eth0.100')")).isGreaterThan(teardown.indexOf("gone+=('macvtap0')"));
    }

    @Test
    void theScriptsPassBashAndShellcheck() throws Exception {
        Tools.assumeInstalled("bash", "shellcheck");
        for (Path p : Tools.write(dir, new IpScriptExporter().export(tour(), Optional.empty()))) {
            Tools.ok(List.of("bash", "-n", p.toString()));
            Tools.Result sc = Tools.run(List.of("shellcheck", "--severity=style", "--shell=bash", p.toString()));
            assertThat(sc.exit()).as("shellcheck %s:%n%s", p.getFileName(), sc.out()).isZero();
        }
    }

    @Test
    void networkdMakesTheVlanOnItsParentAndItsEndpointsOnIt() throws Exception {
        List<ExportedFile> files = new NetworkdExporter().export(tour(), Optional.empty());
        assertThat(file(files, "25-eth0.100.netdev")).contains("[NetDev]\nName=eth0.100\nKind=vlan\n\n[VLAN]\nId=100\n");
        assertThat(file(files, "25-eth0.network")).contains("VLAN=eth0.100\n").contains("MACVLAN=mon0\n");
        assertThat(file(files, "25-eth0.100.network")).contains("MACVTAP=macvtap0\n").contains("MACVLAN=web0\n");
        assertThat(file(files, "25-mon0.netdev")).contains("Mode=source\nSourceMACAddress=52:54:00:aa:bb:cc\n")
                .contains("# networkd cannot set 'nodst'");
    }

    @Test
    void libvirtPutsAGuestOnItsVlanDevice() throws Exception {
        List<ExportedFile> files = new LibvirtDomainExporter().export(tour(), Optional.empty());
        assertThat(files.stream().map(ExportedFile::content).filter(c -> c.contains("<name>vm1</name>")).findFirst()
                .orElseThrow()).contains("dev='eth0.100'").contains("mode='bridge'");
    }
}
