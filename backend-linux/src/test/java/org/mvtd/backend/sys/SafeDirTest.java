package org.mvtd.backend.sys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import jnr.posix.POSIX;
import jnr.posix.POSIXFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mvtd.backend.helper.ScratchDirs;

/** F1: the directories the root helper writes in are made with explicit modes and refused when unsafe. */
class SafeDirTest {
    private static final POSIX POSIX_CALLS = POSIXFactory.getNativePOSIX();
    private Path scratch;

    @BeforeEach
    void setUp() {
        scratch = ScratchDirs.create("mvtd-safedir");
    }

    static int mode(Path p) throws Exception {
        return (Integer) Files.getAttribute(p, "unix:mode") & 07777;
    }

    @Test
    void directoriesAndFilesGetTheirModeEvenUnderUmaskZero() throws Exception {
        int old = POSIX_CALLS.umask(0);
        try (SafeDir d = SafeDir.open(scratch.resolve("a/b"), 0700, 077, true)) {
            d.writeAtomically("f.json", ".f.tmp", "{}".getBytes(StandardCharsets.UTF_8));
            try (SafeDir sub = d.sub("c", true)) {
                assertThat(mode(sub.path())).isEqualTo(0700);
            }
        } finally {
            POSIX_CALLS.umask(old);
        }
        assertThat(mode(scratch.resolve("a"))).isEqualTo(0700);
        assertThat(mode(scratch.resolve("a/b"))).isEqualTo(0700);
        assertThat(mode(scratch.resolve("a/b/f.json"))).isEqualTo(0600);
        assertThat(Files.exists(scratch.resolve("a/b/.f.tmp"))).isFalse();
    }

    @Test
    void aSymlinkedDirectoryIsRefusedAndNothingIsWrittenThroughIt() throws Exception {
        Path victim = Files.createDirectory(scratch.resolve("victim"));
        Files.createSymbolicLink(scratch.resolve("link"), victim);
        assertThatThrownBy(() -> SafeDir.open(scratch.resolve("link"), 0700, 077, true))
                .isInstanceOf(SafeDirException.class).hasMessageContaining("link is a symbolic link");
        assertThatThrownBy(() -> SafeDir.open(scratch.resolve("link/deeper"), 0700, 077, true))
                .isInstanceOf(SafeDirException.class).hasMessageContaining("symbolic link");
        assertThat(victim.toFile().list()).isEmpty();
    }

    @Test
    void aWorldWritableDirectoryIsRefused() throws Exception {
        Path open = Files.createDirectory(scratch.resolve("open"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThatThrownBy(() -> SafeDir.open(open, 0700, 077, true))
                .isInstanceOf(SafeDirException.class).hasMessageContaining("has mode 0777");
        // as an ancestor it is refused too unless sticky (like /tmp)
        assertThatThrownBy(() -> SafeDir.open(open.resolve("j"), 0700, 077, true))
                .isInstanceOf(SafeDirException.class).hasMessageContaining("writable by others");
        assertThat(open.toFile().list()).isEmpty();
    }

    @Test
    void aDirectoryOwnedByAnotherUserIsRefused() throws Exception {
        assumeTrue(POSIX_CALLS.geteuid() == 0, "skipped: needs root to give a directory to another uid (CI runs as root)");
        Path theirs = Files.createDirectory(scratch.resolve("theirs"));
        assertThat(POSIX_CALLS.chown(theirs.toString(), 65534, 65534)).isZero();
        assertThatThrownBy(() -> SafeDir.open(theirs, 0700, 077, true))
                .isInstanceOf(SafeDirException.class).hasMessageContaining("owned by uid 65534");
    }

    @Test
    void onlyOurOwnPrivateRegularFilesAreRead() throws Exception {
        try (SafeDir d = SafeDir.open(scratch, 0700, 077, false)) {
            d.writeAtomically("ok", ".ok.tmp", "yes".getBytes(StandardCharsets.UTF_8));
            assertThat(new String(d.readTrusted("ok", 100), StandardCharsets.UTF_8)).isEqualTo("yes");
            assertThatThrownBy(() -> d.readTrusted("ok", 2)).hasMessageContaining("more than the limit of 2");
            Files.setPosixFilePermissions(scratch.resolve("ok"), PosixFilePermissions.fromString("rw-r--r--"));
            assertThatThrownBy(() -> d.readTrusted("ok", 100)).hasMessageContaining("only 0600 files are trusted");
            Files.createSymbolicLink(scratch.resolve("sl"), scratch.resolve("ok"));
            assertThatThrownBy(() -> d.readTrusted("sl", 100)).hasMessageContaining("symbolic link");
            assertThatThrownBy(() -> d.readTrusted("../x", 100)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
