package org.mvtd.backend.sys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

/** statx read through LibC agrees with what the JDK reports of the same files. */
class FdStatTest {
    private static FdStat stat(Path p) throws IOException {
        int fd = Sys.libc().open(p.toString(), Sys.O_RDONLY | Sys.O_CLOEXEC, 0);
        assertThat(fd).as("open " + p).isGreaterThanOrEqualTo(0);
        try {
            return FdStat.of(fd, p.toString());
        } finally {
            Sys.libc().close(fd);
        }
    }

    @Test
    void aRegularFileHasItsModeOwnerAndSize() throws Exception {
        Path f = Files.createTempFile("fdstat", ".bin");
        try {
            Files.write(f, new byte[1234]);
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
            FdStat st = stat(f);
            assertThat(st.mode()).isEqualTo(Files.getAttribute(f, "unix:mode"));
            assertThat(st.mode() & 07777).isEqualTo(0640);
            assertThat(st.uid()).isEqualTo(Files.getAttribute(f, "unix:uid")).isEqualTo(Sys.libc().geteuid());
            assertThat(st.gid()).isEqualTo(Files.getAttribute(f, "unix:gid"));
            assertThat(st.size()).isEqualTo(1234);
        } finally {
            Files.delete(f);
        }
    }

    @Test
    void aCharacterDeviceHasItsNumber() throws Exception {
        FdStat st = stat(Path.of("/dev/null"));
        assertThat(st.mode() & 0170000).isEqualTo(0020000);
        assertThat(st.rdevMajor()).isEqualTo(1);
        assertThat(st.rdevMinor()).isEqualTo(3);
    }

    @Test
    void aClosedDescriptorFailsWithErrno() {
        assertThatThrownBy(() -> FdStat.of(-1, "nothing")).isInstanceOf(IOException.class).hasMessageContaining("errno 9");
    }
}
