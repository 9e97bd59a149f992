package org.mvtd.model.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.model.Design;
import org.mvtd.model.MacvlanMode;

/** virt-install options and virsh attach-interface commands for vms; containers get none. */
class VirtInstallExporterTest {
    @TempDir
    Path dir;

    @Test
    void aVmGetsItsDirectNicOnItsVlanDeviceAndTheContainerNothing() throws Exception {
        List<ExportedFile> files = ExportTarget.fromCliName("virt-install").exporter()
                .export(VersionTwoExportsTest.tour(), Optional.empty());
        assertThat(files).extracting(ExportedFile::name).containsExactly("vm1.virsh.sh");
        assertThat(files.get(0).executable()).isTrue();
        assertThat(files.get(0).content())
                .contains("#   --network type=direct,source=eth0.100,source.mode=bridge,mac=52:54:00:aa:bb:cc,model=virtio\n")
                .contains("virsh attach-interface 'vm1' direct 'eth0.100' --mode bridge --mac '52:54:00:aa:bb:cc'"
                        + " --model virtio --config\n");
    }

    @Test
    void passthruIsSpelledAsLibvirtSpellsIt() throws Exception {
        Design d = VersionTwoExportsTest.tour();
        d = d.withHost("kvm1", h -> h.withEndpoint("macvtap0", e -> e.inMode(MacvlanMode.PASSTHRU)));
        String s = new VirtInstallExporter().export(d, Optional.empty()).get(0).content();
        assertThat(s).contains("source.mode=passthrough,").contains("--mode passthrough ").doesNotContain("passthru ");
    }

    @Test
    void theScriptPassesBashAndShellcheck() throws Exception {
        Tools.assertScriptsClean(dir, new VirtInstallExporter().export(VersionTwoExportsTest.tour(), Optional.empty()));
    }
}
