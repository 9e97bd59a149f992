package org.mvtd.app.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.app.ui.viewmodel.Template;
import org.mvtd.model.Design;
import org.mvtd.model.export.ExportOptions;
import org.mvtd.model.export.ExportTarget;
import org.mvtd.model.yaml.DesignYaml;

/** What File → Export shows before writing: the command line's files exactly, or why there are none. */
class ExportPreviewTest {
    @TempDir
    Path dir;

    private static String example() throws Exception {
        try (InputStream in = ExportPreviewTest.class.getResourceAsStream(Template.BRIDGE_MODE.resource())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyTargetPreviewsTheFilesTheCommandLineWrites() throws Exception {
        Design d = DesignYaml.read(example(), "bridge-mode.mvtd.yaml").design();
        for (ExportKind k : ExportKind.values()) {
            ExportPreview p = ExportPreview.of(k, d, "bridge-mode", ExportOptions.DEFAULT);
            assertThat(p.refusal()).as(k.title()).isEmpty();
            if (k == ExportKind.DESIGN) {
                assertThat(p.files()).singleElement().satisfies(f -> assertThat(f.name()).isEqualTo("bridge-mode.mvtd.yaml"));
            } else {
                assertThat(p.files()).as(k.title()).isEqualTo(ExportTarget.fromCliName(k.id()).exporter()
                        .export(d, java.util.Optional.empty()));
            }
        }
    }

    @Test
    void aDesignWithErrorsIsRefusedWithItsProblemsListedAndNothingCanBeWritten() throws Exception {
        Design d = DesignYaml.read(example().replace("macvtap0", "macvtap0-far-too-long"), "x.mvtd.yaml").design();
        ExportPreview p = ExportPreview.of(ExportKind.IP_SCRIPT, d, "x", ExportOptions.DEFAULT);
        assertThat(p.refusal()).get().asString().startsWith("The design has 1 error");
        assertThat(p.warnings()).anyMatch(w -> w.startsWith("error: ") && w.contains("macvtap0-far-too-long"));
        assertThat(p.files()).isEmpty();
        assertThatThrownBy(() -> p.write(dir)).isInstanceOf(IllegalStateException.class);
    }
}
