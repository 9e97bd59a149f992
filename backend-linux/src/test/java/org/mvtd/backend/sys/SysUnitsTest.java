package org.mvtd.backend.sys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The system-call layer's pure parts. */
class SysUnitsTest {
    @Test
    void makedevMatchesGlibcForSmallAndLargeNumbers() {
        assertThat(Sys.makedev(242, 1)).isEqualTo((242L << 8) | 1);
        assertThat(Sys.makedev(511, 70000)).isEqualTo(0x1111ff70L);
    }

    @Test
    void parsesSysfsDeviceNumbers() {
        assertThat(DeviceNodes.parseDev("242:3\n")).containsExactly(242, 3);
        assertThatThrownBy(() -> DeviceNodes.parseDev("tap3")).hasMessageContaining("MAJOR:MINOR");
    }

    @Test
    void namesEveryMissingPrivilege() {
        long all = (1L << Privileges.CAP_NET_ADMIN) | (1L << Privileges.CAP_SYS_ADMIN);
        assertThat(Privileges.missing(0, all)).isEmpty();
        assertThat(Privileges.missing(1000, 0)).hasSize(3);
        assertThat(Privileges.missing(0, 1L << Privileges.CAP_NET_ADMIN)).singleElement().asString().contains("CAP_SYS_ADMIN");
        assertThat(Privileges.effectiveCapabilities(List.of("Name:\tjava", "CapEff:\t000001ffffffffff")))
                .isEqualTo(0x1ffffffffffL);
        assertThat(Privileges.effectiveCapabilities(List.of("Name:\tjava"))).isZero();
    }

    @Test
    void niceChangesOnlyTheCallingThread() throws Exception {
        int[] seen = new int[2];
        Thread t = new Thread(() -> {
            // raising the nice value is allowed to anyone; the thread's own /proc entry shows it (field 19)
            seen[0] = Sys.niceThisThread(7) ? 1 : 0;
            seen[1] = niceOf("/proc/thread-self/stat");
        });
        t.start();
        t.join();
        assertThat(seen[0]).as("setpriority accepted").isEqualTo(1);
        assertThat(seen[1]).isEqualTo(7);
        assertThat(niceOf("/proc/thread-self/stat")).as("this thread is untouched").isNotEqualTo(7);
    }

    private static int niceOf(String statPath) {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of(statPath));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Integer.parseInt(f[16]); // field 19 of stat(5), counted after "pid (comm) "
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
