package org.mvtd.model.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Guest;
import org.mvtd.model.Host;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Nic;
import org.mvtd.model.libvirt.LibvirtXml;

/** What each exporter writes, read as text: the details other tools depend on. */
class ExportersTest {

    private static ExportedFile named(List<ExportedFile> files, String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + files.stream().map(ExportedFile::name).toList()));
    }

    @Test
    void directInterfacesNameTheLowerDeviceAndLibvirtsModeSpelling() throws Exception {
        List<ExportedFile> files = new LibvirtDomainExporter().export(ExampleDesigns.example("passthru-sriov"), Optional.empty());
        assertThat(files).extracting(ExportedFile::name).containsExactly("nfv.xml", "nfv.macvtap9.interface.xml");
        String domain = files.get(0).content();
        assertThat(domain).contains("<domain type='kvm'>", "<name>nfv</name>",
                "<uuid>" + LibvirtXml.domainUuid("passthru on a virtual function", "nfv") + "</uuid>",
                "<interface type='direct'>", "<source dev='enp3s0f0v1' mode='passthrough'/>", "<target dev='macvtap9'/>",
                "<model type='virtio'/>", "<driver name='vhost'/>", "<os>\n    <type arch='x86_64'>hvm</type>")
                .doesNotContain("<mac ");
        assertThat(files.get(1).content()).contains("<interface type='direct'>").doesNotContain("<domain");
        assertThat(files.get(1).executable()).isFalse();

        String bridge = named(new LibvirtDomainExporter().export(ExampleDesigns.example("bridge-mode"), Optional.empty()),
                "uperf-server.xml").content();
        assertThat(bridge).contains("<mac address='52:54:00:0a:8a:c2'/>", "<source dev='eth0' mode='bridge'/>");
    }

    @Test
    void uuidsAreStablePerDesignAndGuest() {
        assertThat(LibvirtXml.domainUuid("lab", "web")).isEqualTo(LibvirtXml.domainUuid("lab", "web"))
                .isNotEqualTo(LibvirtXml.domainUuid("lab", "db"))
                .isNotEqualTo(LibvirtXml.domainUuid("lab2", "web"));
    }

    @Test
    void oneNetworkPerLowerDeviceAndModeInUse() throws Exception {
        Design d = new Design(1, "mixed", List.of(), List.of(),
                List.of(Host.of("h", List.of(Device.of("eth0", null), Device.of("eth1", null)), List.of(
                        Endpoint.macvtap("a", "eth0", MacvlanMode.BRIDGE), Endpoint.macvtap("b", "eth0", MacvlanMode.BRIDGE),
                        Endpoint.macvtap("c", "eth0", MacvlanMode.VEPA), Endpoint.macvtap("d", "eth1", MacvlanMode.BRIDGE),
                        Endpoint.macvtap("unused", "eth1", MacvlanMode.PRIVATE)))),
                List.of(Guest.of("g1", "h", List.of(Nic.on("a"), Nic.on("c"))), Guest.of("g2", "h", List.of(Nic.on("b"), Nic.on("d")))));
        List<ExportedFile> files = new LibvirtNetworkExporter().export(d, Optional.empty());
        assertThat(files).extracting(ExportedFile::name)
                .containsExactly("eth0-bridge.xml", "eth0-vepa.xml", "eth1-bridge.xml", "g1.xml", "g2.xml");
        assertThat(files.get(1).content()).contains("<name>eth0-vepa</name>", "<forward mode='vepa'>", "<interface dev='eth0'/>");
        assertThat(named(files, "g2.xml").content()).contains("<interface type='network'>", "<source network='eth0-bridge'/>",
                "<source network='eth1-bridge'/>", "<target dev='d'/>").doesNotContain("type='direct'");
    }

    @Test
    void severalHostsGoToOneDirectoryEachAndAHostCanBeChosen() throws Exception {
        Host a = Host.of("kvm a", List.of(Device.of("eth0", null)), List.of(Endpoint.macvtap("t0", "eth0", MacvlanMode.VEPA)));
        Host b = Host.of("kvm/b", List.of(Device.of("eth0", null)), List.of(Endpoint.macvtap("t0", "eth0", MacvlanMode.VEPA)));
        Design d = new Design(1, "two", List.of(), List.of(), List.of(a, b),
                List.of(Guest.of("x", "kvm a", List.of(Nic.on("t0"))), Guest.of("y", "kvm/b", List.of(Nic.on("t0")))));
        assertThat(new IpScriptExporter().export(d, Optional.empty())).extracting(ExportedFile::name).containsExactly(
                "kvm_a/kvm_a.links.sh", "kvm_a/kvm_a.teardown.sh", "kvm_b/kvm_b.links.sh", "kvm_b/kvm_b.teardown.sh");
        assertThat(new QemuExporter().export(d, Optional.of("kvm/b"))).extracting(ExportedFile::name).containsExactly("y.qemu.sh");
        assertThatThrownBy(() -> new NetworkdExporter().export(d, Optional.of("kvm9")))
                .isInstanceOf(ExportException.class).hasMessage("host 'kvm9' is not in design 'two' (its hosts: kvm a, kvm/b)");
    }

    @Test
    void clashingFileNamesGetNumbered() throws Exception {
        Host h = Host.of("h", List.of(Device.of("eth0", null)), List.of(Endpoint.macvtap("t0", "eth0", MacvlanMode.VEPA),
                Endpoint.macvtap("t1", "eth0", MacvlanMode.VEPA), Endpoint.macvtap("t2", "eth0", MacvlanMode.VEPA)));
        Design d = new Design(1, "clash", List.of(), List.of(), List.of(h), List.of(Guest.of("a b", "h", List.of(Nic.on("t0"))),
                Guest.of("a/b", "h", List.of(Nic.on("t1"))), Guest.of("..", "h", List.of(Nic.on("t2")))));
        assertThat(new QemuExporter().export(d, Optional.empty())).extracting(ExportedFile::name)
                .containsExactly("a_b.qemu.sh", "a_b-2.qemu.sh", "_...qemu.sh");
    }

    @Test
    void danglingReferencesAndLibvirtRefusedNamesGetClearMessages() {
        Design dangling = new Design(1, "d", List.of(), List.of(),
                List.of(Host.of("h", List.of(Device.of("eth0", null)), List.of(Endpoint.macvlan("shim", "eth0", MacvlanMode.BRIDGE)))),
                List.of(Guest.of("g", "h", List.of(Nic.on("nope")))));
        assertThatThrownBy(() -> new LibvirtDomainExporter().export(dangling, Optional.empty()))
                .hasMessage("guest 'g' uses endpoint 'nope', which host 'h' does not have");
        Design onMacvlan = dangling.withGuests(List.of(Guest.of("g", "h", List.of(Nic.on("shim")))));
        assertThatThrownBy(() -> new QemuExporter().export(onMacvlan, Optional.empty()))
                .hasMessage("guest 'g' uses endpoint 'shim', a macvlan; a guest NIC needs a macvtap endpoint");
        assertThatThrownBy(() -> new LibvirtNetworkExporter().export(ExampleDesigns.shellHostile(), Optional.empty()))
                .isInstanceOf(ExportException.class).hasMessageContaining("has characters libvirt refuses in device names");
    }

    @Test
    void networkdFilesCarryTheKeysSystemdReads() throws Exception {
        List<ExportedFile> files = new NetworkdExporter().export(ExampleDesigns.example("host-shim"), Optional.empty());
        assertThat(files).extracting(ExportedFile::name).containsExactly("25-eth2.network",
                "10-netplan-eth2.network.d/50-macvtap-designer.conf", "25-vlan0.netdev",
                "25-vlan0.network", "25-macvtap0.netdev", "25-macvtap0.network");
        assertThat(files.get(0).content()).contains("[Match]\nName=eth2\n", "[Network]\n", "LinkLocalAddressing=no\n",
                "MACVLAN=vlan0\nMACVTAP=macvtap0\n");
        assertThat(files.get(1).content()).as("netplan's file wins over ours: the drop-in adds to it")
                .contains("[Network]\nMACVLAN=vlan0\nMACVTAP=macvtap0\n").doesNotContain("[Match]");
        assertThat(files.get(2).content()).contains("[NetDev]\nName=vlan0\nKind=macvlan\nMACAddress=50:e5:49:45:76:db\n",
                "[MACVLAN]\nMode=bridge\n");
        assertThat(files.get(4).content()).contains("[NetDev]\nName=macvtap0\nKind=macvtap\n", "[MACVTAP]\nMode=bridge\n")
                .doesNotContain("MACAddress");
        assertThat(files.get(5).content()).contains("[Match]\nName=macvtap0\n",
                "[Link]\nRequiredForOnline=no\nActivationPolicy=up\nAllMulticast=yes\n", "LinkLocalAddressing=no\n");
        assertThat(files.get(3).content()).as("a macvlan shim keeps its own filter").doesNotContain("AllMulticast");
        assertThat(files.stream().filter(f -> f.name().endsWith(".network")))
                .as("no link of ours holds systemd-networkd-wait-online up at boot")
                .allSatisfy(f -> assertThat(f.content()).contains("[Link]\nRequiredForOnline=no\n"));
        assertThat(new NetworkdExporter().export(ExampleDesigns.example("passthru-sriov"), Optional.empty()).stream()
                .filter(f -> f.name().endsWith(".netdev")).findFirst().orElseThrow().content())
                .contains("[MACVTAP]\nMode=passthru\n");
        assertThatThrownBy(() -> new NetworkdExporter().export(ExampleDesigns.shellHostile(), Optional.empty()))
                .hasMessageContaining("contains '*', which systemd-networkd's [Match] Name= reads as a glob");
    }

    @Test
    void qemuLauncherOpensTheTapFromSysfsNotDevTapByName() throws Exception {
        String s = new QemuExporter().export(ExampleDesigns.example("bridge-mode"), Optional.empty()).get(0).content();
        assertThat(s).contains("set -euo pipefail", "index=$(<\"$sys/ifindex\")", "dev=$(<\"$sys/macvtap/tap$index/dev\")",
                "mknod -m 0600", "exec 3<>\"$node0\"", "-netdev \"tap,fd=3,id=n0,vhost=$vhost\"", "-accel \"$accel\"",
                "-device \"virtio-net-pci,netdev=n0,mac=$mac0\"", "tap_node 'macvtap0' '52:54:00:0a:8a:c1'")
                .doesNotContain("/dev/tap").doesNotContain("chmod");
    }
}
