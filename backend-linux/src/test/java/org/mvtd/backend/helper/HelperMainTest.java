package org.mvtd.backend.helper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class HelperMainTest {
    @Test
    void callerIsPkexecThenSudoThenANonRootParent() {
        assertThat(HelperMain.callerUid(Map.of("PKEXEC_UID", "1000", "SUDO_UID", "1001"), OptionalInt.of(1002)))
                .isEqualTo(OptionalInt.of(1000));
        assertThat(HelperMain.callerUid(Map.of("SUDO_UID", "1001"), OptionalInt.of(1002))).isEqualTo(OptionalInt.of(1001));
        // a launcher that cleared the environment: the parent (the app pkexec was started from) tells
        assertThat(HelperMain.callerUid(Map.of(), OptionalInt.of(1002))).isEqualTo(OptionalInt.of(1002));
        // started by root itself: no caller, hello may name the user
        assertThat(HelperMain.callerUid(Map.of(), OptionalInt.of(0))).isEmpty();
        assertThat(HelperMain.callerUid(Map.of("PKEXEC_UID", "x; rm"), OptionalInt.empty())).isEmpty();
        assertThat(HelperMain.callerUid(Map.of("PKEXEC_UID", "99999999999"), OptionalInt.empty())).isEmpty();
    }

    @Test
    void parentRealUidIsReadFromProc() {
        OptionalInt uid = HelperMain.parentRealUid();
        assertThat(uid).isPresent();
        assertThat(uid.getAsInt()).isGreaterThanOrEqualTo(0);
    }
}
