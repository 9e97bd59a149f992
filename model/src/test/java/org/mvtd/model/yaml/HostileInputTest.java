package org.mvtd.model.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.model.Design;
import org.mvtd.model.testing.RandomDesigns;

/**
 * Files built to hurt a parser are refused quickly, with one clear located message and without
 * exhausting memory. The time bound is generous on purpose: it catches a hang, not a slow machine.
 */
class HostileInputTest {
    private static final Duration BOUND = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void billionLaughsIsRefusedAtTheFirstAnchor() {
        StringBuilder sb = new StringBuilder("version: 1\nlol0: &l0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (int i = 1; i < 10; i++) {
            String prev = "*l" + (i - 1);
            sb.append("lol").append(i).append(": &l").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, prev))).append("]\n");
        }
        assertRefused(sb.toString(), "t.mvtd.yaml:2:7: error: YAML anchors (&l0) are not allowed in a design file");
    }

    @Test
    void aliasOfAScalarAnchorIsRefused() {
        assertRefused("version: 1\nname: &n lab\nswitches:\n  - name: *n\n",
                "t.mvtd.yaml:4:11: error: YAML aliases (*n) are not allowed in a design file");
    }

    @Test
    void tenMegabytesOfRandomBinaryAreRefusedBeforeParsing() throws IOException {
        byte[] bytes = new byte[10 * 1024 * 1024];
        new Random(1).nextBytes(bytes);
        Path file = Files.write(dir.resolve("garbage.mvtd.yaml"), bytes);
        assertFileRefused(file, file + ":1:1: error: file too large: 10485760 bytes, a design file may be at most"
                + " 4194304 bytes (4 MiB)");
    }

    @Test
    void aSmallBinaryFileGetsOneClearMessage() throws IOException {
        byte[] bytes = new byte[4096];
        new Random(2).nextBytes(bytes);
        bytes[0] = 'v';
        bytes[1] = (byte) 0xff;
        Path file = Files.write(dir.resolve("small.mvtd.yaml"), bytes);
        assertFileRefused(file, file + ":1:2: error: not a design file: invalid UTF-8 (byte 0xff at offset 1; a"
                + " design is UTF-8 YAML text)");
    }

    @Test
    void nulBytesAreRefusedWithTheirPlace() throws IOException {
        Path file = Files.write(dir.resolve("nul.mvtd.yaml"), "version: 1\nname: a\0b\n".getBytes(StandardCharsets.UTF_8));
        assertFileRefused(file, file + ":2:8: error: not a design file: binary data (a NUL byte) (a design is UTF-8"
                + " YAML text)");
    }

    @Test
    void tenThousandDeepFlowNestingIsRefused() {
        String text = "version: 1\nname: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        assertRefused(text, "t.mvtd.yaml:2:38: error: nesting deeper than 32 levels; a design nests at most 6");
    }

    @Test
    void deepBlockNestingIsRefused() {
        StringBuilder sb = new StringBuilder("version: 1\n");
        for (int i = 0; i < 200; i++) {
            sb.append("  ".repeat(i)).append("k:\n");
        }
        sb.append("  ".repeat(200)).append("v\n");
        assertRefused(sb.toString(), "t.mvtd.yaml:34:65: error: nesting deeper than 32 levels; a design nests at"
                + " most 6");
    }

    @Test
    void aFiveMegabyteValidLookingFileIsRefusedBySize() throws IOException {
        StringBuilder sb = new StringBuilder("version: 1\nswitches:\n");
        int i = 0;
        while (sb.length() < 5 * 1024 * 1024) {
            sb.append("  - name: sw").append(i++).append("\n    hairpin: false\n");
        }
        Path file = Files.writeString(dir.resolve("big.mvtd.yaml"), sb);
        assertFileRefused(file, file + ":1:1: error: file too large: " + Files.size(file) + " bytes, a design file"
                + " may be at most 4194304 bytes (4 MiB)");
        assertRefused(sb.toString(), "t.mvtd.yaml:1:1: error: file too large: " + sb.length() + " bytes, a design"
                + " file may be at most 4194304 bytes (4 MiB)");
    }

    @Test
    void tenThousandEndpointsStillLoad() {
        Design large = RandomDesigns.generate(3, RandomDesigns.Shape.large());
        String text = DesignYaml.toYaml(large);
        assertThat(text.length()).isLessThan(DesignYaml.MAX_BYTES);
        // Not hostile, only big: the bound is looser still, since CI machines are shared.
        Design read = assertTimeoutPreemptively(BOUND.multipliedBy(3), () -> DesignYaml.read(text, "large.mvtd.yaml").design());
        assertThat(read).isEqualTo(large);
    }

    @Test
    void aFloodOfMistakesIsCutShort() {
        StringBuilder sb = new StringBuilder("version: 1\n");
        for (int i = 0; i < 150; i++) {
            sb.append("junk").append(i).append(": x\n");
        }
        DesignFormatException e = catchFormat(sb.toString());
        assertThat(e.problems()).hasSize(101);
        assertThat(e.problems().get(100).message()).isEqualTo("too many problems: 50 more after these 100 are not"
                + " shown");
        assertThat(e.problems().get(100).location()).hasToString("t.mvtd.yaml:102:1");
    }

    @Test
    void aHugeKeyIsShownShortened() {
        DesignFormatException e = catchFormat("version: 1\n" + "k".repeat(200) + ": x\n");
        assertThat(e.problems()).singleElement().extracting(p -> p.message())
                .isEqualTo("unknown key '" + "k".repeat(57) + "...' at top level");
    }

    @Test
    void tagsAreRefused() {
        assertRefused("version: !!int 1\n",
                "t.mvtd.yaml:1:10: error: YAML tags (tag:yaml.org,2002:int) are not allowed in a design file");
    }

    @Test
    void aSecondDocumentIsRefused() {
        assertRefused("version: 1\n---\nversion: 1\n",
                "t.mvtd.yaml:3:1: error: a design file holds one YAML document; a second one starts here");
    }

    @Test
    void emptyAndNonMappingFilesAreRefused() {
        assertRefused("", "t.mvtd.yaml:1:1: error: empty file: a design starts with 'version: 1'");
        assertRefused("# only a comment\n", "t.mvtd.yaml:1:1: error: empty file: a design starts with 'version: 1'");
        assertRefused("- 1\n- 2\n", "t.mvtd.yaml:1:1: error: expected a design (a mapping of version, name,"
                + " switches, stations, hosts, guests) at top level, found a list");
    }

    @Test
    void aThreeMegabyteNameIsRefusedWhereItStarts() {
        String text = "version: 1\nname: " + "x".repeat(3 * 1024 * 1024) + "\n";
        assertRefused(text, "t.mvtd.yaml:2:7: error: a value of 3145728 characters; names and text in a design may be at"
                + " most " + DesignYaml.MAX_SCALAR);
    }

    @Test
    void aLongKeyIsRefusedAndTheLongestNameStillLoads() throws DesignFormatException {
        assertRefused("version: 1\n" + "k".repeat(300) + ": 1\n",
                "t.mvtd.yaml:2:1: error: a key of 300 characters; names and text in a design may be at most "
                        + DesignYaml.MAX_SCALAR);
        String longest = "n".repeat(DesignYaml.MAX_SCALAR);
        assertThat(DesignYaml.read("version: 1\nname: " + longest + "\n", "t.mvtd.yaml").design().name())
                .isEqualTo(longest);
    }

    private static void assertRefused(String text, String expected) {
        DesignFormatException e = assertTimeoutPreemptively(BOUND, () -> catchFormat(text));
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).location() + ": error: " + e.problems().get(0).message()).isEqualTo(expected);
    }

    private static void assertFileRefused(Path file, String expected) {
        assertThatThrownBy(() -> assertTimeoutPreemptively(BOUND, () -> DesignYaml.read(file)))
                .isInstanceOfSatisfying(DesignFormatException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).location() + ": error: " + e.problems().get(0).message())
                            .isEqualTo(expected);
                });
    }

    private static DesignFormatException catchFormat(String text) {
        try {
            DesignYaml.read(text, "t.mvtd.yaml");
        } catch (DesignFormatException e) {
            return e;
        }
        throw new AssertionError("accepted: " + text.substring(0, Math.min(200, text.length())));
    }
}
