package org.mvtd.model.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mvtd.model.Design;
import org.mvtd.model.Host;
import org.mvtd.model.libvirt.ImportResult;
import org.mvtd.model.libvirt.LibvirtImporter;
import org.mvtd.model.libvirt.LibvirtProjection;
import org.mvtd.model.libvirt.LibvirtXml;
import org.mvtd.model.libvirt.XmlSource;

/**
 * Every libvirt export of every example is valid by libvirt's own schemas (virt-xml-validate) and is
 * accepted by libvirt (virsh on the test:///default driver, which parses like the real ones).
 */
class LibvirtToolsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void tools() {
        Tools.assumeInstalled("virsh", "virt-xml-validate");
    }

    static Stream<Arguments> examples() {
        return ExampleDesigns.all().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void domainsValidateAndDefine(String example, Design design) throws Exception {
        domainsValidateAndDefine(design, ExportOptions.DEFAULT, dir.resolve("plain"));
        String trusting = domainsValidateAndDefine(design, new ExportOptions(true), dir.resolve("trusting"));
        assertThat(trusting).as("--guest-ipv6").contains("<interface type='direct' trustGuestRxFilters='yes'>");
    }

    private String domainsValidateAndDefine(Design design, ExportOptions options, Path dir) throws Exception {
        List<ExportedFile> files = new LibvirtDomainExporter(options).export(design, Optional.empty());
        List<Path> paths = Tools.write(dir, files);
        List<String> script = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path p = paths.get(i);
            if (files.get(i).name().endsWith(".interface.xml")) {
                // The test driver has no attach-device: paste the snippet into a bare domain, as virsh edit would.
                String pasted = "<domain type='kvm'><name>pasted-" + i + "</name><memory>65536</memory>"
                        + "<os><type>hvm</type></os><devices>" + files.get(i).content() + "</devices></domain>";
                p = Files.writeString(dir.resolve("pasted-" + i + ".xml"), pasted);
            }
            Tools.ok(List.of("virt-xml-validate", p.toString(), "domain"));
            script.add("define " + quote(p.toString()));
        }
        assertThat(script).isNotEmpty();
        Tools.Result r = Tools.ok(List.of("virsh", "-c", "test:///default", String.join(" ; ", script)));
        assertThat(r.err()).doesNotContain("error");
        assertThat(r.out().split("defined from", -1)).hasSize(script.size() + 1);
        return files.get(0).content();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void networksAndTheirDomainsValidateAndDefine(String example, Design design) throws Exception {
        networksAndTheirDomainsValidateAndDefine(design, ExportOptions.DEFAULT, dir.resolve("plain"));
        String trusting = networksAndTheirDomainsValidateAndDefine(design, new ExportOptions(true), dir.resolve("trusting"));
        assertThat(trusting).as("--guest-ipv6").contains("<network trustGuestRxFilters='yes'>");
    }

    private String networksAndTheirDomainsValidateAndDefine(Design design, ExportOptions options, Path dir) throws Exception {
        List<ExportedFile> files = new LibvirtNetworkExporter(options).export(design, Optional.empty());
        List<Path> paths = Tools.write(dir, files);
        List<String> networks = new ArrayList<>();
        List<String> domains = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String p = paths.get(i).toString();
            boolean isNetwork = files.get(i).content().contains("<network") && !files.get(i).content().contains("<domain");
            Tools.ok(List.of("virt-xml-validate", p, isNetwork ? "network" : "domain"));
            (isNetwork ? networks : domains).add((isNetwork ? "net-define " : "define ") + quote(p));
        }
        assertThat(networks).as("one network per lower device and mode in use").isNotEmpty();
        List<String> all = new ArrayList<>(networks);
        all.addAll(domains);
        Tools.Result r = Tools.ok(List.of("virsh", "-c", "test:///default", String.join(" ; ", all)));
        assertThat(r.err()).doesNotContain("error");
        assertThat(r.out().split("defined from", -1)).hasSize(all.size() + 1);
        return files.get(0).content();
    }

    /**
     * What libvirt stores is what the importer reads back: define every export, dump it again
     * ({@code virsh dumpxml --inactive}, {@code net-dumpxml}) and import the dumps.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void importOfWhatLibvirtStoredGivesTheDesignBack(String example, Design design) throws Exception {
        for (Exporter exporter : List.of(new LibvirtDomainExporter(), new LibvirtNetworkExporter())) {
            for (Host h : design.hosts()) {
                List<ExportedFile> files = exporter.export(design, Optional.of(h.name()));
                List<Path> paths = Tools.write(dir.resolve(h.name().hashCode() + exporter.getClass().getSimpleName()), files);
                List<String> defines = new ArrayList<>();
                for (int i = 0; i < files.size(); i++) {
                    if (!files.get(i).name().endsWith(".interface.xml")) {
                        boolean net = files.get(i).content().contains("<network>");
                        defines.add((net ? "net-define " : "define ") + quote(paths.get(i).toString()));
                    }
                }
                List<XmlSource> dumps = new ArrayList<>();
                for (org.mvtd.model.Guest g : design.guests()) {
                    if (g.host().equals(h.name())) {
                        dumps.add(dump(defines, "dumpxml --inactive " + LibvirtXml.domainUuid(design.name(), g.name()), "<domain"));
                    }
                }
                for (ExportedFile f : files) {
                    if (f.content().contains("<network>")) {
                        String name = f.content().replaceAll("(?s).*<name>(.*?)</name>.*", "$1");
                        dumps.add(dump(defines, "net-dumpxml " + quote(name), "<network"));
                    }
                }
                ImportResult r = LibvirtImporter.importXml(dumps, h.name());
                assertThat(r.skipped()).isEmpty();
                Design expected = LibvirtProjection.of(design, h.name());
                assertThat(withoutMacsLibvirtChose(r.design(), expected)).isEqualTo(expected);
            }
        }
    }

    /**
     * libvirt gives every NIC a MAC at define time (52:54:00:..), and that is then the guest's real
     * address, so the import keeps it; compare those with the design's "kernel chooses" (null).
     */
    private static Design withoutMacsLibvirtChose(Design imported, Design expected) {
        Host want = expected.hosts().get(0);
        return imported.withHost(want.name(), h -> h.withEndpoints(h.endpoints().stream().map(e -> {
            boolean chosen = want.endpoint(e.name()).map(w -> w.mac() == null).orElse(false);
            if (chosen) {
                assertThat(e.mac()).as("MAC libvirt chose for %s", e.name()).matches("52:54:00(:[0-9a-f]{2}){3}");
                return e.withMac(null);
            }
            return e;
        }).toList()));
    }

    /** Defines everything in a fresh test driver, then runs {@code command} and keeps its XML. */
    private static XmlSource dump(List<String> defines, String command, String root) {
        List<String> all = new ArrayList<>(defines);
        all.add(command);
        String out = Tools.ok(List.of("virsh", "-c", "test:///default", String.join(" ; ", all))).out();
        int at = out.indexOf(root);
        assertThat(at).as("virsh printed %s for %s:%n%s", root, command, out).isNotNegative();
        return new XmlSource(command, out.substring(at));
    }

    /** virsh's own command-line quoting: single quotes, with ' written as '\''. */
    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
