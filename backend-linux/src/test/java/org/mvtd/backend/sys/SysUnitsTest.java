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
}
