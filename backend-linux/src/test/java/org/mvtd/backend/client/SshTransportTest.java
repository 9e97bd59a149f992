package org.mvtd.backend.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ssh transport builds one argument vector (never a shell on our side), and what ssh or sudo print when
 * they fail reaches the user as what to fix. A fake ssh (a script given as MVTD_SSH_COMMAND would be) stands in
 * for OpenSSH here.
 */
class SshTransportTest {
    private static final String HELPER = "/usr/libexec/macvtap-designer/macvtap-designer-helper";

    @TempDir
    Path dir;

    @Test
    void plainSshNeverPromptsAndRunsTheHelperUnderSudoN() {
        assertThat(new SshTransport(null, "admin@kvm2", HELPER).argv()).containsExactly(
                "ssh", "-T", "-o", "BatchMode=yes", "--", "admin@kvm2", "sudo", "-n", HELPER);
    }

    @Test
    void theSshCommandIsReplacedAndSplitLikeAShell() {
        assertThat(new SshTransport("ssh -F 'test config' -v", "10.0.0.2", HELPER).argv()).startsWith(
                "ssh", "-F", "test config", "-v", "-T", "-o", "BatchMode=yes", "--", "10.0.0.2");
        assertThat(new SshTransport("  ", "kvm2", HELPER).argv().get(0)).isEqualTo("ssh");
    }

    @Test
    void targetsSshWouldReadAsOptionsOrWordsAreRefused() {
        for (String bad : new String[] {"-oProxyCommand=x", "a b", "kvm2;reboot", "", "@kvm"}) {
            assertThatThrownBy(() -> new SshTransport(null, bad, HELPER)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(SshTransport.checkedTarget("root@[fd00::2]")).isEqualTo("root@[fd00::2]");
    }

    @Test
    void anUnknownHostKeySaysToCheckTheFingerprint() throws IOException {
        assertThat(failure("echo 'Host key verification failed.' >&2; exit 255"))
                .contains("kvm2: unknown or changed host key", "known_hosts", "Host key verification failed.");
    }

    @Test
    void noSudoRightsSaysWhatToAllow() throws IOException {
        assertThat(failure("echo 'sudo: a password is required' >&2; exit 1"))
                .contains("kvm2: no sudo rights", "NOPASSWD");
    }

    @Test
    void aMissingHelperSaysToInstallThePackage() throws IOException {
        assertThat(failure("echo \"sudo: $9: command not found\" >&2; exit 1"))
                .contains("kvm2: the helper is not installed there");
    }

    @Test
    void aConnectionDroppedAfterTheFirstRequestSaysSo() throws IOException {
        assertThat(failure("read line; echo 'Connection to kvm2 closed by remote host.' >&2; exit 255"))
                .contains("kvm2: the ssh connection failed or dropped");
    }

    @Test
    void otherTextIsPassedOnAsItIs() {
        assertThat(SshTransport.explain("kvm2", "something else")).isEqualTo("something else");
    }

    /** Connects through a fake ssh running {@code script} with ssh's arguments; returns the error message. */
    private String failure(String script) throws IOException {
        Path fake = dir.resolve("fake-ssh");
        Files.writeString(fake, script + "\n");
        SshTransport t = new SshTransport("sh " + fake, "kvm2", HELPER);
        HelperException e = org.junit.jupiter.api.Assertions.assertThrows(HelperException.class,
                () -> HelperClient.connect(t, OptionalInt.empty()).close());
        assertThat(e.code()).isEqualTo(HelperException.UNREACHABLE);
        return e.getMessage();
    }
}
