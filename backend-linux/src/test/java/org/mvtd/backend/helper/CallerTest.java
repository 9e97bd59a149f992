package org.mvtd.backend.helper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** F6: the caller's uid comes from pkexec or sudo only when the parent process confirms it. */
class CallerTest {
    private static Optional<Caller.Parent> parent(int ruid, String comm) {
        return Optional.of(new Caller.Parent(ruid, comm));
    }

    @Test
    void pkexecUidIsBelievedWhenTheParentIsThatUser() {
        assertThat(Caller.atStart(Map.of("PKEXEC_UID", "1000", "SUDO_UID", "1001"), parent(1000, "java")))
                .contains(new Caller(1000, Caller.Source.PKEXEC));
    }

    @Test
    void sudoUidIsBelievedWhenTheParentIsSudo() {
        assertThat(Caller.atStart(Map.of("SUDO_UID", "1001"), parent(0, "sudo"))).contains(new Caller(1001, Caller.Source.SUDO));
    }

    @Test
    void anEnvironmentTheParentDoesNotConfirmIsIgnored() {
        // root ran "PKEXEC_UID=1000 helper" itself, or a test JVM under "ip netns exec" inherited SUDO_UID
        assertThat(Caller.atStart(Map.of("PKEXEC_UID", "1000"), parent(0, "bash"))).isEmpty();
        assertThat(Caller.atStart(Map.of("SUDO_UID", "1000"), parent(0, "ip"))).isEmpty();
        // a user-owned parent claiming someone else through the variable gets itself, not the claim
        assertThat(Caller.atStart(Map.of("PKEXEC_UID", "0"), parent(1002, "evil"))).contains(new Caller(1002, Caller.Source.PARENT));
    }

    @Test
    void aLauncherThatClearedTheEnvironmentFallsBackToTheParent() {
        assertThat(Caller.atStart(Map.of(), parent(1002, "java"))).contains(new Caller(1002, Caller.Source.PARENT));
        assertThat(Caller.atStart(Map.of(), parent(0, "bash"))).isEmpty();
        assertThat(Caller.atStart(Map.of(), Optional.empty())).isEmpty();
    }

    @Test
    void malformedVariablesAreIgnored() {
        assertThat(Caller.atStart(Map.of("PKEXEC_UID", "x; rm"), parent(0, "pkexec"))).isEmpty();
        assertThat(Caller.atStart(Map.of("PKEXEC_UID", "99999999999"), parent(0, "pkexec"))).isEmpty();
    }

    @Test
    void theParentIsReadFromProc() {
        Optional<Caller.Parent> p = HelperMain.parent();
        assertThat(p).isPresent();
        assertThat(p.get().realUid()).isGreaterThanOrEqualTo(0);
        assertThat(p.get().comm()).isNotBlank();
    }
}
