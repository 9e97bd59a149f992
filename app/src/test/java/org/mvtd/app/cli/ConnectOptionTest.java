package org.mvtd.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.backend.link.Designs;
import org.mvtd.model.yaml.DesignYaml;
import picocli.CommandLine;

/**
 * {@code --connect HOST=[user@]address} sends the helper conversation over ssh (the command MVTD_SSH_COMMAND
 * names), and what ssh says on failure reaches the user with what to fix. A fake ssh records its arguments.
 */
class ConnectOptionTest {
    @TempDir
    Path dir;

    private CliRun run(String sshCommand, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Cli.commandLine(path -> {
            throw new AssertionError("the local helper must not be started for a connected host");
        });
        ((RootCommand) cl.getCommandSpec().userObject()).environment =
                name -> name.equals("MVTD_SSH_COMMAND") ? sshCommand : null;
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new CliRun(cl.execute(args), out.toString(), err.toString());
    }

    private String design() throws Exception {
        Path f = dir.resolve("lab.mvtd.yaml");
        Files.writeString(f, DesignYaml.toYaml(Designs.small("lab")));
        return f.toString();
    }

    @Test
    void planOverSshRunsSudoNTheHelperOnTheTargetAndExplainsAHostKeyFailure() throws Exception {
        Path args = dir.resolve("args");
        Path fake = dir.resolve("fake-ssh");
        Files.writeString(fake, "echo \"$@\" > " + args + "; echo 'Host key verification failed.' >&2; exit 255\n");
        CliRun r = run("sh " + fake, "plan", design(), "--host", "kvm1", "--connect", "kvm1=admin@192.0.2.7");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.PRIVILEGE);
        assertThat(r.err()).contains("192.0.2.7: unknown or changed host key", "known_hosts");
        assertThat(Files.readString(args).strip()).isEqualTo(
                "-T -o BatchMode=yes -- admin@192.0.2.7 sudo -n /usr/libexec/macvtap-designer/macvtap-designer-helper");
    }

    @Test
    void aConnectForAHostNotInTheDesignIsAUsageError() throws Exception {
        Path fake = dir.resolve("fake-ssh");
        Files.writeString(fake, "exit 255\n");
        CliRun r = run("sh " + fake, "plan", design(), "--host", "kvm1", "--connect", "kvm1=kvm1", "--connect", "kvm9=kvm9");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--connect kvm9: no such host", "hosts are: kvm1");
    }

    @Test
    void aTargetSshWouldReadAsAnOptionIsAUsageError() throws Exception {
        CliRun r = run(null, "plan", design(), "--host", "kvm1", "--connect", "kvm1=-oProxyCommand=touch");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--connect kvm1=-oProxyCommand=touch: not [user@]address");
    }
}
