package org.mvtd.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.app.Main;
import org.mvtd.backend.client.BundledHelper;
import org.mvtd.backend.helper.HelperMain;
import org.mvtd.backend.helper.ScratchDirs;
import org.mvtd.backend.link.Designs;
import org.mvtd.backend.link.Netns;
import org.mvtd.backend.protocol.Protocol;
import org.mvtd.model.yaml.DesignYaml;

/**
 * A build run by root on a machine without the package: plan, apply and teardown reach the helper inside the
 * program. A normal user without the package is told what is missing, and nothing is started.
 */
class BundledHelperCliTest {
    @TempDir
    Path dir;

    @Test
    void aNormalUserWithoutThePackageIsToldWhatIsMissing() {
        assumeFalse(BundledHelper.installed(), "skipped: the package's helper is installed on this machine");
        assertThatThrownBy(() -> HelperConnector.local(Protocol.HELPER_PATH, false))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("the helper is not installed (no " + Protocol.HELPER_PATH + ")")
                .hasMessageContaining("run this command as root");
        assertThatThrownBy(() -> HelperConnector.local(dir.resolve("nope").toString(), true))
                .isInstanceOf(UserError.class).hasMessageContaining("--helper " + dir.resolve("nope") + ": no such executable file");
    }

    @Test
    void rootRunsPlanApplyTeardownThroughTheHelperInsideTheProgram() throws Exception {
        Netns.assumeRoot();
        assumeFalse(BundledHelper.installed(), "skipped: the package's helper is installed, so the build would use it");
        Path file = dir.resolve("lab.mvtd.yaml");
        Files.writeString(file, DesignYaml.toYaml(Designs.many("bundled", "bd", 3)));
        try (Netns ns = Netns.create("bundled")) {
            int before = ns.links().size();
            Run plan = cli(ns, "plan", file.toString(), "--host", "kvm1");
            assertThat(plan.exit).as(plan.output).isZero();
            assertThat(plan.output).contains("create", "bd0", "bd2");

            Run apply = cli(ns, "apply", file.toString(), "--host", "kvm1", "--yes");
            assertThat(apply.exit).as(apply.output).isZero();
            assertThat(ns.links()).extracting(l -> l.name()).contains("bd0", "bd1", "bd2");

            Run again = cli(ns, "plan", file.toString(), "--host", "kvm1");
            assertThat(again.output).containsIgnoringCase("nothing to do");

            Run teardown = cli(ns, "teardown", file.toString(), "--host", "kvm1", "--yes");
            assertThat(teardown.exit).as(teardown.output).isZero();
            assertThat(ns.links()).hasSize(before);
            ScratchDirs.deleteTree(Path.of("/dev", ns.name())); // the helper's tap directory for this namespace
        }
    }

    private record Run(int exit, String output) {
    }

    /** The CLI as a root user starts it, inside the namespace; the helper's directories point into the test's. */
    private Run cli(Netns ns, String... args) throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> argv = new ArrayList<>(List.of("env", "-u", "SUDO_UID", "-u", "PKEXEC_UID", "ip", "netns", "exec", ns.name(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-D" + HelperMain.JOURNAL_PROPERTY + "=" + dir.resolve("journal"),
                // the namespace's eth0 is a veth standing in for a NIC (forwarded to the helper inside the program)
                "-D" + org.mvtd.backend.link.LowerDevices.VETH_PROPERTY + "=true",
                "-D" + HelperMain.TAP_DIR_PROPERTY + "=" + Path.of("/dev", ns.name()),
                "-cp", cp, Main.class.getName()));
        argv.addAll(List.of(args));
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the CLI finished").isTrue();
        return new Run(p.exitValue(), out);
    }
}
