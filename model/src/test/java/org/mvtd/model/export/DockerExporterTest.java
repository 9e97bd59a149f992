package org.mvtd.model.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.model.Design;
import org.mvtd.model.MacvlanMode;

/** docker macvlan networks per lower device and mode, container NICs connected with their address. */
class DockerExporterTest {
    @TempDir
    Path dir;

    @Test
    void theContainerJoinsAMacvlanNetworkOnItsVlanDevice() throws Exception {
        List<ExportedFile> files = ExportTarget.fromCliName("docker").exporter().export(VersionTwoExportsTest.tour(), Optional.empty());
        assertThat(files).extracting(ExportedFile::name).containsExactly("kvm1.docker.sh");
        assertThat(files.get(0).content())
                .contains("docker network create -d macvlan -o parent='eth0.100' -o macvlan_mode=bridge 'eth0.100-bridge'\n")
                .contains("docker network connect --ip '192.0.2.30' 'eth0.100-bridge' 'web'\n");
    }

    @Test
    void sourceModeIsDroppedWithAWarning() throws Exception {
        Design d = VersionTwoExportsTest.tour().withHost("kvm1", h -> h.withEndpoint("web0", e -> e.inMode(MacvlanMode.SOURCE)));
        String s = new DockerExporter().export(d, Optional.empty()).get(0).content();
        assertThat(s).contains("# warning: docker has no source mode; web0 is left out").doesNotContain("docker network connect");
    }

    @Test
    void theScriptPassesBashAndShellcheck() throws Exception {
        Tools.assertScriptsClean(dir, new DockerExporter().export(VersionTwoExportsTest.tour(), Optional.empty()));
    }
}
