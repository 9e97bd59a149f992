package org.mvtd.backend.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.mvtd.backend.helper.ScratchDirs;

/** The bundled helper's class-data archive: made beside a trusted jar, then mapped; never from a place others write. */
class HelperArchiveTest {
    @Test
    void aTrustedJarGetsItsArchiveMadeOnceThenMappedAndAnOpenDirectoryGetsNone() throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "needs root: the archive is only trusted when root's");
        Path dir = ScratchDirs.create("mvtd-cds");
        Path jar = Files.write(dir.resolve("macvtap-designer.jar"), new byte[] {1, 2, 3});
        Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
        List<String> first = HelperArchive.options(jar.toString());
        assertThat(first).hasSize(2).contains("-Xlog:disable");
        assertThat(first.get(0)).startsWith("-XX:ArchiveClassesAtExit=" + dir.resolve("macvtap-designer-helper-3-"));
        Path archive = Path.of(first.get(0).substring(first.get(0).indexOf('=') + 1));
        Files.write(archive, new byte[] {0});
        Files.setPosixFilePermissions(archive, PosixFilePermissions.fromString("rw-------"));
        assertThat(HelperArchive.options(jar.toString())).containsExactly("-XX:SharedArchiveFile=" + archive, "-Xlog:disable");

        Files.setPosixFilePermissions(archive, PosixFilePermissions.fromString("rw-rw-rw-"));
        assertThat(HelperArchive.options(jar.toString())).as("an archive others may write").isEmpty();
        Files.setPosixFilePermissions(archive, PosixFilePermissions.fromString("rw-------"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThat(HelperArchive.options(jar.toString())).as("a jar in a directory others may write").isEmpty();
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        assertThat(HelperArchive.options(jar + java.io.File.pathSeparator + dir)).as("a class path of several entries").isEmpty();
        assertThat(HelperArchive.options(dir.toString())).as("classes, not a jar").isEmpty();
        ScratchDirs.deleteTree(dir);
    }
}
