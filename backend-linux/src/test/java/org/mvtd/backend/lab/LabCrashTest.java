package org.mvtd.backend.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A lab process that is stopped (Ctrl-C, SIGTERM) tears down; one that is killed is reaped by the next run (root). */
class LabCrashTest {

    @BeforeEach
    void root() {
        RootLab.assume();
    }

    private static Process start() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LabHoldMain.class.getName())
                .redirectErrorStream(true).start();
    }

    private static List<String> namespaces(Process p) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.startsWith("NAMESPACES ")) {
                return Arrays.asList(line.substring(11).split(" "));
            }
        }
        throw new AssertionError("the lab child process exited without building (exit " + p.waitFor() + ")");
    }

    private static boolean exists(String ns) {
        return Files.exists(Path.of("/run/netns", ns));
    }

    @Test
    void terminatedLabTearsDownThroughItsShutdownHook() throws Exception {
        Process p = start();
        List<String> ns = namespaces(p);
        assertThat(ns).isNotEmpty().allSatisfy(n -> assertThat(exists(n)).isTrue());
        p.destroy(); // SIGTERM: what Ctrl-C's SIGINT also does to a JVM, shutdown hooks run
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(ns).allSatisfy(n -> assertThat(exists(n)).as(n + " after SIGTERM").isFalse());
    }

    @Test
    void killedLabIsReapedByTheNextRun() throws Exception {
        Process p = start();
        List<String> ns = namespaces(p);
        p.destroyForcibly(); // SIGKILL: no hook runs
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(ns).allSatisfy(n -> assertThat(exists(n)).as(n + " left by the killed run").isTrue());
        List<String> reaped = LabOwners.system().reapLeftovers();
        assertThat(reaped).containsAll(ns);
        assertThat(ns).allSatisfy(n -> assertThat(exists(n)).isFalse());
    }
}
