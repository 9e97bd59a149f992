package org.mvtd.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.model.reach.ReachEngine;
import org.mvtd.model.testing.Examples;
import org.mvtd.model.yaml.DesignYaml;
import picocli.AutoComplete;

class DiagnoseCommandTest {
    private static final String HOST = "kvmhost/eth0";
    private static final String GUEST = "kvmhost/macvtap0";

    private static String bridgeMode() {
        return Examples.file("bridge-mode.mvtd.yaml").toString();
    }

    @Test
    void textListsNumberedFixesWithTheirChangesAndPairs() {
        CliRun r = CliRun.of("diagnose", bridgeMode(), "--from", HOST, "--to", GUEST);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith(HOST + " cannot ping " + GUEST + ": ")
                .contains("1. ").contains("host shim on " + HOST)
                .contains("change  hosts[kvmhost].endpoints[shim0]: new macvlan endpoint in bridge mode on eth0")
                .contains("kvmhost/shim0 -> " + GUEST + "  nothing -> ping")
                .contains("(side effect: isolation lost)");
    }

    @Test
    void aPairThatPingsSaysSoAndExitsZero() {
        CliRun r = CliRun.of("diagnose", bridgeMode(), "--from", GUEST, "--to", "kvmhost/macvtap1");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo(GUEST + " pings kvmhost/macvtap1 already; nothing to fix." + System.lineSeparator());
    }

    @Test
    void jsonIsTheFormatDocumentAndReadsStandardInput() throws Exception {
        CliRun r = CliRun.withStdin(Files.readString(Path.of(bridgeMode())), "diagnose", "-", "--from", HOST,
                "--to", GUEST, "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.fieldNames()).toIterable().containsExactly("version", "from", "to", "ping", "why", "fixes");
        assertThat(root.path("fixes").size()).isPositive();
        assertThat(root.path("fixes").get(0).fieldNames()).toIterable()
                .containsExactly("number", "name", "changes", "from", "to", "sideEffects", "pairs");
    }

    @Test
    void applyWritesTheFixedDesignInWhichThePairPingsAndRefusesToOverwrite(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("fixed.mvtd.yaml");
        CliRun list = CliRun.of("diagnose", bridgeMode(), "--from", HOST, "--to", GUEST, "--json");
        JsonNode fixes = new ObjectMapper().readTree(list.out()).path("fixes");
        int shim = -1;
        for (JsonNode f : fixes) {
            if (f.path("name").asText().startsWith("host shim")) {
                shim = f.path("number").asInt();
            }
        }
        assertThat(shim).isPositive();
        CliRun r = CliRun.of("diagnose", bridgeMode(), "--from", HOST, "--to", GUEST, "--apply", "" + shim,
                "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote " + out).contains("kvmhost/shim0 pings " + GUEST);
        var fixed = DesignYaml.read(out).design();
        assertThat(ReachEngine.of(fixed).pair("kvmhost/shim0", GUEST).ping()).isTrue();

        String before = Files.readString(out);
        CliRun again = CliRun.of("diagnose", bridgeMode(), "--from", HOST, "--to", GUEST, "--apply", "1",
                "--out", out.toString());
        assertThat(again.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(again.err()).contains("exists").contains("--force");
        assertThat(Files.readString(out)).isEqualTo(before);
        CliRun forced = CliRun.of("diagnose", bridgeMode(), "--from", HOST, "--to", GUEST, "--apply", "1",
                "--out", out.toString(), "--force");
        assertThat(forced.exit()).as(forced.err()).isZero();
    }

    @Test
    void badUsageNamesTheProblemAndWritesNothing(@TempDir Path dir) {
        Path out = dir.resolve("x.mvtd.yaml");
        CliRun unknown = CliRun.of("diagnose", bridgeMode(), "--from", "kvmhost/nope", "--to", GUEST);
        assertThat(unknown.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("--from kvmhost/nope: no such node").contains(GUEST);
        CliRun range = CliRun.of("diagnose", bridgeMode(), "--from", HOST, "--to", GUEST, "--apply", "99",
                "--out", out.toString());
        assertThat(range.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(range.err()).contains("no fix 99: the fixes are numbered 1 to");
        CliRun noOut = CliRun.of("diagnose", bridgeMode(), "--from", HOST, "--to", GUEST, "--apply", "1");
        assertThat(noOut.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(noOut.err()).contains("--apply needs --out");
        CliRun same = CliRun.of("diagnose", bridgeMode(), "--from", HOST, "--to", HOST);
        assertThat(same.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void helpAndCompletionKnowTheCommand() {
        CliRun help = CliRun.of("diagnose", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--apply=N").contains("--out=OUT").contains("Exit codes:");
        String script = AutoComplete.bash("macvtap-designer", Cli.commandLine());
        assertThat(script).contains("diagnose").contains("--apply");
    }
}
