package org.mvtd.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.model.testing.Examples;
import picocli.CommandLine;

/** {@code validate}: one line per problem, exit codes 0/1/2, never a stack trace. */
class ValidateCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Cli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void everyExampleIsCleanAndPrintsNothing() {
        String[] files = Examples.files().stream().map(Path::toString).toArray(String[]::new);
        assertThat(run(concat("validate", files))).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void anErrorGivesOneLineAndExitOne() throws IOException {
        Path f = file("bad.mvtd.yaml", "version: 1\nswitches:\n  - name: tor1\n    hairpn: false\n");
        assertThat(run("validate", f.toString())).isEqualTo(1);
        assertThat(out.toString()).isEqualTo(f + ":4:5: error: unknown key 'hairpn' in switches[tor1]; did you mean"
                + " 'hairpin'? [switches[tor1].hairpn] - Use one of: name, hairpin, at.\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void warningsAloneExitZero() throws IOException {
        Path f = file("warn.mvtd.yaml", """
                version: 1
                hosts:
                  - name: h
                    devices:
                      - name: eth0
                    endpoints:
                      - name: m0
                        lower: eth0
                        type: macvtap
                """);
        assertThat(run("validate", f.toString())).isZero();
        assertThat(out.toString()).startsWith(f + ":7:9: warning: vepa endpoint 'm0' of host h is on unplugged device"
                + " 'eth0'").hasLineCount(1);
    }

    @Test
    void severalFilesAreAllReportedInOrder() throws IOException {
        Path a = file("a.mvtd.yaml", "version: 3\n");
        Path b = file("b.mvtd.yaml", "version: 1\nstations:\n  - name: r\n    switch: nowhere\n");
        Path ok = Examples.file("bridge-mode");
        assertThat(run("validate", a.toString(), ok.toString(), b.toString(), "--summary")).isEqualTo(1);
        assertThat(out.toString().lines()).containsExactly(
                a + ":1:10: error: this build reads version 1 and 2 files; " + a + " is version 3 [version] - Open it with"
                        + " a newer macvtap-designer.",
                b + ":4:13: error: station 'r' is plugged into switch 'nowhere', which does not exist"
                        + " [stations[r].switch] - Name one of the switches.",
                "2 errors, 0 warnings in 3 files");
    }

    @Test
    void aMissingFileExitsTwoWithAClearMessageAndTheOthersAreStillChecked() throws IOException {
        Path bad = file("bad.mvtd.yaml", "version: 0\n");
        Path missing = dir.resolve("missing.mvtd.yaml");
        assertThat(run("validate", missing.toString(), bad.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo(missing + ": no such file\n");
        assertThat(out.toString()).startsWith(bad + ":1:10: error: version must be 1 or more");
    }

    @Test
    void aDirectoryIsUnreadable() {
        assertThat(run("validate", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo(dir + ": is a directory, not a design file\n");
    }

    @Test
    void hostileInputGetsOneLineNoStackTrace() throws IOException {
        Path bomb = file("bomb.mvtd.yaml", "version: 1\na: &a [x, x]\nb: [*a, *a]\n");
        Path binary = Files.write(dir.resolve("bin.mvtd.yaml"), new byte[] {0x7f, 0x45, 0x4c, 0x46, 0, 0, (byte) 0xff});
        assertThat(run("validate", bomb.toString(), binary.toString())).isEqualTo(1);
        assertThat(out.toString().lines()).containsExactly(
                bomb + ":2:4: error: YAML anchors (&a) are not allowed in a design file - Remove the '&name' anchor.",
                binary + ":1:7: error: not a design file: invalid UTF-8 (byte 0xff at offset 6; a design is UTF-8 YAML"
                        + " text) - Open the .mvtd.yaml file the designer saved.");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void lineBreaksInNamesStayOnOneLine() throws IOException {
        Path f = file("nl.mvtd.yaml", "version: 1\nhosts:\n  - name: \"a\\nb\"\n    devices:\n      - name: \"e/0\"\n");
        assertThat(run("validate", f.toString())).isEqualTo(1);
        assertThat(out.toString()).hasLineCount(1).contains("of host a\\nb contains '/'");
    }

    @Test
    void helpDocumentsTheExitCodes() {
        assertThat(run("validate", "--help")).isZero();
        assertThat(out.toString()).contains("Exit codes:", "0   no errors", "1   at least one file has an error",
                "2   a file could not be read");
    }

    @Test
    void noFileIsAUsageError() {
        assertThat(run("validate")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter: 'FILE'");
    }

    @Test
    void debugIsAcceptedBeforeAndAfterTheSubcommand() {
        String ok = Examples.file("host-shim").toString();
        assertThat(run("--debug", "validate", ok)).isZero();
        assertThat(run("validate", "--debug", ok)).isZero();
        assertThat(err.toString()).isEmpty();
    }

    private static String[] concat(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
