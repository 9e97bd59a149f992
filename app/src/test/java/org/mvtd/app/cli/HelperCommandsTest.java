package org.mvtd.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.mvtd.backend.client.InProcessTransport;
import org.mvtd.backend.helper.HelperConfig;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.backend.helper.InProcessHelpers;
import org.mvtd.backend.link.Designs;
import org.mvtd.backend.link.FakeKernel;
import org.mvtd.model.yaml.DesignYaml;
import picocli.CommandLine;

/** plan, apply, teardown and watch against the real helper session in-process over a fake kernel. */
class HelperCommandsTest {
    private final FakeKernel kernel = FakeKernel.withDevices("eth0");
    private final HelperConfig config;

    HelperCommandsTest() throws java.io.IOException {
        config = InProcessHelpers.config(kernel, OptionalInt.empty());
    }

    @TempDir
    Path dir;

    private String designFile() throws Exception {
        Path f = dir.resolve("lab.mvtd.yaml");
        Files.writeString(f, DesignYaml.toYaml(Designs.small("lab")));
        return f.toString();
    }

    private CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // one config across runs: the kernel and the /dev nodes persist like a real machine's
        CommandLine cl = Cli.commandLine(path -> new InProcessTransport(config));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new CliRun(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void planApplyReplanTeardown() throws Exception {
        String f = designFile();
        CliRun plan = run("plan", f, "--host", "kvm1");
        assertThat(plan.exit()).isZero();
        assertThat(plan.out()).contains("create", "mvt0", "macvtap bridge on eth0", "node", "4 steps.");
        assertThat(kernel.changes()).isZero();

        CliRun apply = run("apply", f, "--host", "kvm1", "--yes");
        assertThat(apply.exit()).as(apply.err()).isZero();
        assertThat(apply.out()).contains("Applied 4 steps.", "guest node for mvt0: /dev/macvtap-designer/");
        assertThat(kernel.link("mvt1")).isPresent();

        CliRun again = run("plan", f, "--host", "kvm1");
        assertThat(again.out()).contains("Nothing to do: host kvm1 already matches the design.");
        CliRun reapply = run("apply", f, "--host", "kvm1");
        assertThat(reapply.exit()).isZero();
        assertThat(reapply.out()).contains("Nothing to do");

        CliRun down = run("teardown", f, "--host", "kvm1", "--yes");
        assertThat(down.exit()).as(down.err()).isZero();
        assertThat(down.out()).contains("Deleted 3 links (whole link group");
        assertThat(kernel.link("mvt1")).isEmpty();
        assertThat(run("teardown", f, "--host", "kvm1").out()).contains("Nothing to tear down");
    }

    @Test
    void applyWithoutTerminalAndWithoutYesChangesNothing() throws Exception {
        CliRun r = run("apply", designFile(), "--host", "kvm1");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("refusing to apply without a terminal to confirm on; pass --yes");
        assertThat(r.out()).contains("4 steps.");
        assertThat(kernel.changes()).isZero();
    }

    @Test
    void refusalsAreOneLineWithTheirExitCode() throws Exception {
        String f = designFile();
        CliRun unknownHost = run("plan", f, "--host", "kvm9");
        assertThat(unknownHost.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknownHost.err()).contains("--host kvm9: no such host").contains("hosts are: kvm1");

        kernel.putForeign("mvt1", "macvtap", "eth0", "vepa");
        CliRun notOurs = run("apply", f, "--host", "kvm1", "--yes");
        assertThat(notOurs.exit()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(notOurs.err()).contains("not-ours", "mvt1").doesNotContain("Exception", "\tat ");
        assertThat(kernel.changes()).isZero();
    }

    @Test
    void watchPrintsOneRowPerLink() throws Exception {
        String f = designFile();
        run("apply", f, "--host", "kvm1", "--yes");
        CliRun w = run("watch", f, "--host", "kvm1", "--duration", "1", "--plain");
        assertThat(w.exit()).as(w.err()).isZero();
        assertThat(w.out()).contains("LINK", "CARRIER", "RX-BYTES");
        assertThat(w.out()).containsPattern("eth0 +up +yes +up +1500");
        assertThat(w.out()).containsPattern("mvl0 +down +no +down");
        assertThat(w.out()).contains("mvt0", "mvt1", "52:54:00:00:00:01");
    }

    @Test
    void helperThatCannotStartIsExitThree() throws Exception {
        StringWriter err = new StringWriter();
        CommandLine cl = Cli.commandLine(path -> org.mvtd.backend.client.ProcessTransport.direct(dir.resolve("no-helper").toString()));
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        assertThat(cl.execute("plan", designFile(), "--host", "kvm1")).isEqualTo(ExitCodes.PRIVILEGE);
        assertThat(err.toString()).contains("cannot start the helper");
    }
}
