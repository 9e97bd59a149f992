package org.mvtd.model.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Guest;
import org.mvtd.model.Host;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Nic;
import org.mvtd.model.Position;
import org.mvtd.model.Station;
import org.mvtd.model.Switch;
import org.mvtd.model.testing.Examples;

/** Canonical writing, explicit keys kept, and the atomic save that never leaves a partial file. */
class SaveAndWriteTest {
    @TempDir
    Path dir;

    static Design sample() {
        Host host = Host.of("kvm1", List.of(Device.of("eth0", "tor1")),
                List.of(Endpoint.macvtap("macvtap0", "eth0", MacvlanMode.BRIDGE).withMac("52:54:00:b8:9c:58")
                        .withAt(new Position(12.5, -3))));
        return new Design(1, "classroom", List.of(Switch.of("tor1", false).withAt(new Position(420, 60))),
                List.of(Station.of("router", "tor1")), List.of(host),
                List.of(Guest.of("vm1", "kvm1", List.of(Nic.on("macvtap0")))));
    }

    @Test
    void writesTheCanonicalForm() {
        assertThat(DesignYaml.toYaml(sample())).isEqualTo("""
                version: 1
                name: classroom
                switches:
                  - name: tor1
                    at: [420, 60]
                stations:
                  - name: router
                    switch: tor1
                hosts:
                  - name: kvm1
                    devices:
                      - name: eth0
                        switch: tor1
                    endpoints:
                      - name: macvtap0
                        lower: eth0
                        type: macvtap
                        mode: bridge
                        mac: "52:54:00:b8:9c:58"
                        at: [12.5, -3]
                guests:
                  - name: vm1
                    host: kvm1
                    nics:
                      - endpoint: macvtap0
                """);
    }

    @Test
    void keepsDefaultsTheFileSpeltOutAndDropsTheOthers() throws Exception {
        String text = """
                # kept
                #   with its spacing
                version: 1
                stations: []
                hosts:
                  - name: h
                    devices:
                      - name: eth0
                        kind: ethernet
                        up: true
                    endpoints: []
                guests:
                  - name: g
                    host: h
                    nics: []
                """;
        LoadedDesign loaded = DesignYaml.read(text, "t");
        assertThat(DesignYaml.toYaml(loaded)).isEqualTo(text);
        assertThat(loaded.headerComment()).containsExactly(" kept", "   with its spacing");
        assertThat(DesignYaml.toYaml(loaded.design())).doesNotContain("kind:", "up:", "[]", "#");
        StringWriter out = new StringWriter();
        DesignYaml.write(loaded, out);
        assertThat(out).hasToString(text);
    }

    @Test
    void quotesWhatYamlWouldMisread() throws Exception {
        for (String name : List.of("null", "~", "yes", "No", "012", "1e3", "-x", "a: b", "a #b", "#x", "'q'",
                "\"dq\"", " pad ", "", "line\nbreak", "tab\there", "x:", "[a]", "é ü", "back\\slash", "\u0085")) {
            Design d = Design.empty(name);
            assertThat(DesignYaml.read(DesignYaml.toYaml(d), "t").design().name()).as(name).isEqualTo(name);
        }
        assertThat(DesignYaml.toYaml(Design.empty("plain words"))).contains("name: plain words\n");
        assertThat(DesignYaml.toYaml(Design.empty("null"))).contains("name: \"null\"\n");
    }

    @Test
    void savesAndReadsBack() throws Exception {
        Path file = dir.resolve("d.mvtd.yaml");
        DesignYaml.save(LoadedDesign.of(sample()), file);
        assertThat(DesignYaml.read(file).design()).isEqualTo(sample());
        assertThat(leftovers()).containsExactly(file);
    }

    @Test
    void saveKeepsThePermissionsOfTheFileItReplaces() throws Exception {
        Path file = dir.resolve("d.mvtd.yaml");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        DesignYaml.save(LoadedDesign.of(sample()), file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
        assertThat(Files.readString(file)).isEqualTo(DesignYaml.toYaml(sample()));
    }

    @Test
    void theTemporaryFileOfAReplacementIsOwnerOnlyFromTheStart() throws Exception {
        Path temp = AtomicWrite.createTemp(dir, "d.mvtd.yaml", true);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(temp))).isEqualTo("rw-------");
        assertThat(Files.size(temp)).isZero();
        Files.delete(temp);
    }

    @Test
    void aNewFileGetsTheUmaskDerivedPermissionsAnyNewFileGets() throws Exception {
        Path probe = Files.createFile(dir.resolve("probe"));
        Path file = dir.resolve("new.mvtd.yaml");
        DesignYaml.save(LoadedDesign.of(sample()), file);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(probe));
    }

    @Test
    void aPrivateOrReadOnlyFileKeepsItsModeWhenReplaced() throws Exception {
        for (String mode : new String[] {"rw-------", "r--r--r--"}) {
            Path file = dir.resolve("m" + mode.hashCode() + ".mvtd.yaml");
            Files.writeString(file, "old");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
            DesignYaml.save(LoadedDesign.of(sample()), file);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo(mode);
            assertThat(Files.readString(file)).isEqualTo(DesignYaml.toYaml(sample()));
        }
    }

    @Test
    void bytesAreWrittenAtomicallyToo() throws Exception {
        Path file = dir.resolve("picture.svg");
        AtomicWrite.write(file, "<svg/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(Files.readString(file)).isEqualTo("<svg/>");
        assertThat(leftovers()).containsExactly(file);
    }

    @Test
    void saveWritesThroughASymbolicLink() throws Exception {
        Path real = Files.writeString(dir.resolve("real.mvtd.yaml"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.mvtd.yaml"), real);
        DesignYaml.save(LoadedDesign.of(sample()), link);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo(DesignYaml.toYaml(sample()));
    }

    @Test
    void aDesignThatCannotBeEncodedLeavesTheTargetUntouched() throws Exception {
        Path file = Files.writeString(dir.resolve("d.mvtd.yaml"), "version: 1\nname: before\n");
        LoadedDesign broken = LoadedDesign.of(Design.empty("half a surrogate \uD800"));
        assertThatThrownBy(() -> DesignYaml.save(broken, file)).isInstanceOf(IOException.class)
                .hasMessageContaining("not valid Unicode");
        assertThat(Files.readString(file)).isEqualTo("version: 1\nname: before\n");
        assertThat(leftovers()).containsExactly(file);
    }

    @Test
    void aFailedRenameLeavesTheTargetUntouchedAndNoTemporaryFile() throws Exception {
        Path target = Files.createDirectory(dir.resolve("taken.mvtd.yaml"));
        Files.writeString(target.resolve("inside"), "keep");
        assertThatThrownBy(() -> DesignYaml.save(LoadedDesign.of(sample()), target)).isInstanceOf(IOException.class)
                .hasMessageContaining("is a directory");
        assertThat(Files.readString(target.resolve("inside"))).isEqualTo("keep");
        assertThat(leftovers()).containsExactly(target);
    }

    @Test
    void aMissingDirectoryFailsCleanly() {
        Path file = dir.resolve("no/such/dir/d.mvtd.yaml");
        assertThatThrownBy(() -> DesignYaml.save(LoadedDesign.of(sample()), file)).isInstanceOf(IOException.class);
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void savingAnExampleGivesItsBytesBack() throws Exception {
        Path example = Examples.file("bridge-mode");
        Path copy = dir.resolve("copy.mvtd.yaml");
        DesignYaml.save(Examples.load(example), copy);
        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(example));
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
