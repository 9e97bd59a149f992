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
        List<ExportedFile> files = new LibvirtDomainExporter().export(design, Optional.empty());
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
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void networksAndTheirDomainsValidateAndDefine(String example, Design design) throws Exception {
        List<ExportedFile> files = new LibvirtNetworkExporter().export(design, Optional.empty());
        List<Path> paths = Tools.write(dir, files);
        List<String> networks = new ArrayList<>();
        List<String> domains = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String p = paths.get(i).toString();
            boolean isNetwork = files.get(i).content().contains("<network>");
            Tools.ok(List.of("virt-xml-validate", p, isNetwork ? "network" : "domain"));
            (isNetwork ? networks : domains).add((isNetwork ? "net-define " : "define ") + quote(p));
        }
        assertThat(networks).as("one network per lower device and mode in use").isNotEmpty();
        List<String> all = new ArrayList<>(networks);
        all.addAll(domains);
        Tools.Result r = Tools.ok(List.of("virsh", "-c", "test:///default", String.join(" ; ", all)));
        assertThat(r.err()).doesNotContain("error");
        assertThat(r.out().split("defined from", -1)).hasSize(all.size() + 1);
    }

    /** virsh's own command-line quoting: single quotes, with ' written as '\''. */
    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
