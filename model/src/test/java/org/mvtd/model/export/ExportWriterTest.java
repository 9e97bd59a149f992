package org.mvtd.model.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one writer of exported files, shared by {@code export --to} and the designer's File → Export. */
class ExportWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesEachFileWithItsModeIntoSubDirectoriesAndListsWhatWouldBeReplaced() throws IOException {
        List<ExportedFile> files = List.of(ExportedFile.script("kvm1/kvm1.links.sh", "#!/bin/sh\n"),
                ExportedFile.text("web.xml", "<domain/>\n"));
        Path out = dir.resolve("out");
        assertThat(ExportWriter.existing(out, files)).isEmpty();

        assertThat(ExportWriter.writeAll(out, files)).containsExactly(out.resolve("kvm1/kvm1.links.sh"), out.resolve("web.xml"));
        assertThat(out.resolve("web.xml")).content().isEqualTo("<domain/>\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("kvm1/kvm1.links.sh")))).isEqualTo("rwxr-xr-x");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("web.xml")))).isEqualTo("rw-r--r--");
        assertThat(ExportWriter.existing(out, files)).hasSize(2);
        try (var left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no temporary files left").containsExactlyInAnyOrder("kvm1", "web.xml");
        }
    }

    @Test
    void refusesAFileWhereTheDirectoryShouldBe() throws IOException {
        Path notDir = Files.writeString(dir.resolve("plain"), "x");
        assertThatThrownBy(() -> ExportWriter.writeAll(notDir, List.of(ExportedFile.text("a.xml", ""))))
                .isInstanceOf(IOException.class).hasMessageContaining("is not a directory");
        assertThat(notDir).content().isEqualTo("x");
    }
}
