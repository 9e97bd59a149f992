package org.mvtd.model.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mvtd.model.Design;
import org.mvtd.model.LinkLayout;
import org.mvtd.model.Note;
import org.mvtd.model.Position;
import org.mvtd.model.testing.Examples;
import org.mvtd.model.validate.Problem;
import org.mvtd.model.validate.Validator;

/** The optional top-level notes: and links: lists: read, written back exactly, and checked with located messages. */
class AnnotationsYamlTest {
    private static final String BASE = """
            version: 1
            name: lab
            switches:
              - name: tor1
            hosts:
              - name: kvm1
                devices:
                  - name: eth0
                    switch: tor1
            """;

    private static final String WITH_BOTH = BASE + """
            notes:
              - text: "Rack 3: uplinks\\nsecond line"
                at: [40, 400]
                width: 220
              - text: plain note
                at: [10.5, -20]
            links:
              - from: hosts[kvm1].devices[eth0]
                to: switches[tor1]
                via: [[300, 120], [300, 200]]
                label: uplink
            """;

    @Test
    void notesAndLinkLayoutsAreReadAndWrittenBackByteForByte() throws Exception {
        LoadedDesign loaded = DesignYaml.read(WITH_BOTH, "lab.mvtd.yaml");
        Design d = loaded.design();
        assertThat(d.annotations().notes()).containsExactly(
                new Note("Rack 3: uplinks\nsecond line", new Position(40, 400), 220.0),
                new Note("plain note", new Position(10.5, -20), null));
        assertThat(d.annotations().links()).containsExactly(new LinkLayout("hosts[kvm1].devices[eth0]", "switches[tor1]",
                List.of(new Position(300, 120), new Position(300, 200)), "uplink"));
        assertThat(DesignYaml.toYaml(loaded)).isEqualTo(WITH_BOTH);
        assertThat(Validator.validate(d)).isEmpty();
    }

    @Test
    void theSpecificationsExampleReadsAsDocumented() throws Exception {
        String spec = Files.readString(Examples.repositoryRoot().resolve("docs/format.md"));
        int at = spec.indexOf("### Drawing only: `notes:` and `links:`");
        assertThat(at).as("docs/format.md documents notes and links").isPositive();
        int start = spec.indexOf("```yaml\n", at) + "```yaml\n".length();
        String block = spec.substring(start, spec.indexOf("```", start));
        Design d = DesignYaml.read(BASE + block, "spec.mvtd.yaml").design();
        assertThat(d.annotations().notes()).singleElement().satisfies(n -> assertThat(n.width()).isEqualTo(220.0));
        assertThat(d.annotations().links()).singleElement().satisfies(l -> {
            assertThat(l.label()).isEqualTo("uplink");
            assertThat(l.via()).hasSize(2);
        });
        assertThat(Validator.validate(d)).as("the example's link exists in the base design").isEmpty();
    }

    @Test
    void aFileWithoutThemWritesNeitherKey() throws Exception {
        LoadedDesign loaded = DesignYaml.read(BASE, "lab.mvtd.yaml");
        assertThat(loaded.design().annotations().isEmpty()).isTrue();
        assertThat(DesignYaml.toYaml(loaded)).isEqualTo(BASE);
    }

    @Test
    void aBadNoteIsRefusedNamingTheKeyLineAndColumn() {
        String text = BASE + """
                notes:
                  - text: hello
                    at: [1, two]
                  - txt: typo
                    at: [0, 0]
                """;
        assertThatThrownBy(() -> DesignYaml.read(text, "lab.mvtd.yaml"))
                .isInstanceOfSatisfying(DesignFormatException.class, e -> {
                    List<String> lines = e.problems().stream().map(p -> p.format("lab.mvtd.yaml")).toList();
                    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("lab.mvtd.yaml:12:9: error:")
                            .contains("notes[0].at must be a position [x, y] of two numbers"));
                    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("lab.mvtd.yaml:13:5: error:")
                            .contains("unknown key 'txt' in notes[1]; did you mean 'text'?"));
                });
    }

    @Test
    void aLayoutOfALinkTheDesignLacksIsAWarningAtItsEntry() throws Exception {
        String text = BASE + """
                links:
                  - from: hosts[kvm1].devices[eth9]
                    to: switches[tor1]
                    label: gone
                """;
        LoadedDesign loaded = DesignYaml.read(text, "lab.mvtd.yaml");
        List<Problem> problems = Validator.validate(loaded.design(), loaded.sourceMap());
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.message()).contains("links[0]").contains("hosts[kvm1].devices[eth9]").contains("does not have");
            assertThat(p.location().line()).isEqualTo(11);
        });
    }

    @Test
    void anEmptyNoteLoadsWithAWarningAtIt() throws Exception {
        LoadedDesign loaded = DesignYaml.read(BASE + "notes:\n  - text: \"\"\n    at: [0, 0]\n", "lab.mvtd.yaml");
        assertThat(Validator.validate(loaded.design(), loaded.sourceMap())).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.message()).isEqualTo("note 1 has no text");
            assertThat(p.location().line()).isEqualTo(11);
        });
    }
}
