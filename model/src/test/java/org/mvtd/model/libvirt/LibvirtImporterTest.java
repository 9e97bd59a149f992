package org.mvtd.model.libvirt;

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
import org.mvtd.model.LinkType;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Nic;
import org.mvtd.model.NicModel;
import org.mvtd.model.export.ExportedFile;
import org.mvtd.model.export.LibvirtDomainExporter;
import org.mvtd.model.validate.SourceLocation;

class LibvirtImporterTest {

    /** Shaped like {@code virsh dumpxml --inactive} of a hand-made guest: libvirt dropped the macvtap name. */
    private static final String WEB = """
            <domain type='kvm'>
              <name>web</name>
              <uuid>4dea22b3-1d52-d8f3-2516-782e98ab3fa0</uuid>
              <memory unit='KiB'>1048576</memory>
              <os>
                <type arch='x86_64' machine='pc-q35-7.2'>hvm</type>
              </os>
              <devices>
                <emulator>/usr/bin/qemu-system-x86_64</emulator>
                <interface type='direct'>
                  <mac address='52:54:00:6D:90:02'/>
                  <source dev='eno1' mode='bridge'/>
                  <model type='virtio'/>
                </interface>
                <interface type='network'>
                  <mac address='52:54:00:6d:90:03'/>
                  <source network='default'/>
                  <model type='virtio'/>
                </interface>
                <interface type='bridge'>
                  <mac address='52:54:00:6d:90:04'/>
                  <source bridge='br0'/>
                  <model type='e1000'/>
                </interface>
                <interface type='user'>
                  <model type='virtio'/>
                </interface>
                <interface type='direct'>
                  <mac address='52:54:00:6d:90:05'/>
                  <source dev='eno2' mode='passthrough'/>
                  <target dev='vf0tap'/>
                  <model type='e1000e'/>
                  <driver name='qemu'/>
                  <link state='down'/>
                </interface>
                <interface type='network'>
                  <source network='macvtap-net'/>
                  <target dev='mvt7'/>
                  <model type='rtl8139'/>
                </interface>
              </devices>
            </domain>
            """;

    private static final String DEFAULT_NET = """
            <network>
              <name>default</name>
              <forward mode='nat'/>
              <bridge name='virbr0' stp='on' delay='0'/>
              <ip address='192.168.122.1' netmask='255.255.255.0'/>
            </network>
            """;

    private static final String MACVTAP_NET = """
            <network>
              <name>macvtap-net</name>
              <forward mode='private'>
                <interface dev='eno3'/>
                <interface dev='eno4'/>
              </forward>
            </network>
            """;

    @Test
    void macvtapNicsBecomeEndpointsAndEverythingElseIsSkippedWithAReason() throws Exception {
        ImportResult r = LibvirtImporter.importXml(List.of(new XmlSource("web.xml", WEB),
                new XmlSource("default.xml", DEFAULT_NET), new XmlSource("mv.xml", MACVTAP_NET)), "kvm1");

        Host expectedHost = Host.of("kvm1", List.of(
                        new Device("eno1", org.mvtd.model.DeviceKind.ETHERNET, null, true, true, null),
                        new Device("eno2", org.mvtd.model.DeviceKind.ETHERNET, null, true, false, null),
                        new Device("eno3", org.mvtd.model.DeviceKind.ETHERNET, null, true, true, null)),
                List.of(new Endpoint("macvtap0", "eno1", LinkType.MACVTAP, MacvlanMode.BRIDGE, "52:54:00:6d:90:02", true, null),
                        new Endpoint("vf0tap", "eno2", LinkType.MACVTAP, MacvlanMode.PASSTHRU, "52:54:00:6d:90:05", false, null),
                        new Endpoint("mvt7", "eno3", LinkType.MACVTAP, MacvlanMode.PRIVATE, null, true, null)));
        Design expected = new Design(1, LibvirtImporter.DEFAULT_DESIGN_NAME, List.of(), List.of(), List.of(expectedHost),
                List.of(Guest.of("web", "kvm1", List.of(Nic.on("macvtap0"), new Nic("vf0tap", NicModel.VIRTIO, false),
                        new Nic("mvt7", NicModel.RTL8139, true)))));
        assertThat(r.design()).isEqualTo(expected);

        assertThat(r.skipped()).extracting(Skipped::toString).containsExactly(
                "default.xml:1:10: skipped network 'default': a nat network: its guests sit on Linux bridge 'virbr0', not on macvtap",
                "web.xml:15:31: skipped interface type='network' of domain 'web': network 'default' is a nat network:"
                        + " its guests sit on Linux bridge 'virbr0', not on macvtap",
                "web.xml:20:30: skipped interface type='bridge' of domain 'web': it joins Linux bridge 'br0' through a tap"
                        + " device, not a macvtap endpoint",
                "web.xml:25:28: skipped interface type='user' of domain 'web': user-mode networking (slirp or passt) has no host link");
        assertThat(r.warnings()).extracting(ImportWarning::message).contains(
                "network 'macvtap-net' is a pool of 2 devices; its guests are placed on the first, eno3",
                "interface type='direct' of domain 'web': model 'e1000e' is not one of virtio, e1000, rtl8139; the design says virtio",
                "a NIC of guest 'web' names no macvtap (libvirt drops names starting with 'macvtap' from inactive definitions);"
                        + " it is called 'macvtap0'",
                "libvirt does not record which switch device 'eno1' is plugged into; connect it in the designer");
    }

    @Test
    void aNetworkNotGivenIsSkippedAndSaysWhatToAdd() throws Exception {
        ImportResult r = LibvirtImporter.importXml(List.of(new XmlSource("web.xml", WEB)));
        assertThat(r.design().hosts().get(0).name()).isEqualTo("localhost");
        assertThat(r.skipped()).extracting(Skipped::reason).contains(
                "network 'macvtap-net' was not among the files; if it is a macvtap network, add its virsh net-dumpxml output");
    }

    @Test
    void namesLibvirtDropsComeBackFromOurMetadata() throws Exception {
        // As virsh dumpxml --inactive returns an export: target dev 'macvtap0' gone; without <driver>, the metadata decides.
        String dumped = """
                <domain type='kvm'>
                  <name>db</name>
                  <metadata>
                    <mvtd:design xmlns:mvtd="https://mvtd.org/xmlns/libvirt/1" name="lab &amp; co" host="kvm9" guest="db">
                      <mvtd:nic endpoint="macvtap0" lower="eth0" vhost="false"/>
                      <mvtd:nic endpoint="macvtap7" lower="eth9" vhost="true"/>
                    </mvtd:design>
                  </metadata>
                  <devices>
                    <interface type='direct'>
                      <mac address='52:54:00:bb:e0:5f'/>
                      <source dev='eth0' mode='vepa'/>
                      <target dev='testnet0'/>
                      <model type='virtio'/>
                    </interface>
                    <interface type='direct'>
                      <source dev='eth1' mode='vepa'/>
                      <model type='virtio'/>
                    </interface>
                  </devices>
                </domain>
                """;
        ImportResult r = LibvirtImporter.importXml(List.of(new XmlSource("db.xml", dumped)));
        assertThat(r.design().name()).isEqualTo("lab & co");
        assertThat(r.design().hosts()).extracting(Host::name).containsExactly("kvm9");
        assertThat(r.design().guests().get(0).nics()).containsExactly(new Nic("macvtap0", NicModel.VIRTIO, false),
                // The second NIC's metadata names another lower device: it is stale, so not trusted.
                new Nic("macvtap1", NicModel.VIRTIO, true));
    }

    @Test
    void freeTextGuestAndDesignNamesSurviveThroughMetadata() throws Exception {
        Design d = new Design(1, "it's \"ours\" <&>\nsecond line", List.of(), List.of(),
                List.of(Host.of("h", List.of(Device.of("eth0", null)), List.of(Endpoint.macvtap("t0", "eth0", MacvlanMode.VEPA)))),
                List.of(Guest.of("web/1\nthe <first>", "h", List.of(Nic.on("t0")))));
        List<ExportedFile> files = new LibvirtDomainExporter().export(d, Optional.empty());
        assertThat(files.get(0).content()).contains("<name>web_1_the &lt;first&gt;</name>");
        ImportResult r = LibvirtImporter.importXml(List.of(new XmlSource("x.xml", files.get(0).content())), "h");
        assertThat(r.design()).isEqualTo(LibvirtProjection.of(d, "h"));
    }

    @Test
    void externalEntitiesAreRefused() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE domain [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
                <domain type='kvm'><name>&secret;</name></domain>
                """;
        assertThatThrownBy(() -> LibvirtImporter.importXml(List.of(new XmlSource("xxe.xml", xxe)), "h"))
                .isInstanceOf(LibvirtXmlException.class)
                .hasMessageStartingWith("xxe.xml:2:")
                .hasMessageContaining("refused: the file has a DOCTYPE declaration")
                .hasMessageNotContaining("root:");
    }

    @Test
    void entityExpansionBombsAreRefused() {
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            bomb.append(" <!ENTITY lol").append(i).append(" \"");
            bomb.append(("&lol" + (i == 1 ? "" : String.valueOf(i - 1)) + ";").repeat(10)).append("\">\n");
        }
        bomb.append("]>\n<network><name>&lol9;</name></network>\n");
        assertThatThrownBy(() -> LibvirtImporter.importXml(List.of(new XmlSource("lolz.xml", bomb.toString())), "h"))
                .isInstanceOf(LibvirtXmlException.class)
                .hasMessageContaining("lolz.xml:2:")
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void brokenXmlNamesFileLineAndColumn() {
        String broken = "<domain type='kvm'>\n  <name>x</name>\n  <devices>\n    <interface type='direct'>\n  </devices>\n</domain>\n";
        assertThatThrownBy(() -> LibvirtImporter.importXml(List.of(new XmlSource("vm.xml", broken)), "h"))
                .isInstanceOf(LibvirtXmlException.class)
                .satisfies(e -> {
                    SourceLocation where = ((LibvirtXmlException) e).where();
                    assertThat(where.file()).isEqualTo("vm.xml");
                    assertThat(where.line()).isEqualTo(5);
                    assertThat(where.column()).isGreaterThan(1);
                })
                .hasMessageStartingWith("vm.xml:5:")
                .hasMessageContaining("broken XML")
                .hasMessageContaining("interface");
    }

    @Test
    void aFileThatIsNeitherDomainNorNetworkIsRefused() {
        assertThatThrownBy(() -> LibvirtImporter.importXml(List.of(new XmlSource("pool.xml",
                "<pool type='dir'><name>p</name></pool>")), "h"))
                .hasMessage("pool.xml:1:18: expected a libvirt <domain> (virsh dumpxml --inactive) or <network>"
                        + " (virsh net-dumpxml), found <pool>");
        assertThatThrownBy(() -> LibvirtImporter.importXml(List.of(new XmlSource("empty.xml", "")), "h"))
                .isInstanceOf(LibvirtXmlException.class).hasMessageStartingWith("empty.xml:1:");
    }

    @Test
    void aSecondDomainOfTheSameNameIsSkipped() throws Exception {
        ImportResult r = LibvirtImporter.importXml(List.of(new XmlSource("a.xml", WEB), new XmlSource("b.xml", WEB)), "h");
        assertThat(r.design().guests()).hasSize(1);
        assertThat(r.skipped()).extracting(Skipped::toString)
                .contains("b.xml:1:20: skipped domain 'web': a guest of that name was already imported");
    }
}
