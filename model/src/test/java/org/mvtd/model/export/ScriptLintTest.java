package org.mvtd.model.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mvtd.model.Design;

/** Every generated script parses ({@code bash -n}) and has no shellcheck finding at any severity. */
class ScriptLintTest {
    @TempDir
    Path dir;

    @BeforeEach
    void tools() {
        Tools.assumeInstalled("bash", "shellcheck");
    }

    static Stream<Arguments> designs() {
        Map<String, Design> all = new HashMap<>(ExampleDesigns.all());
        all.put("shell-hostile", ExampleDesigns.shellHostile());
        return all.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void scriptsPassBashAndShellcheck(String example, Design design) throws Exception {
        List<ExportedFile> files = new ArrayList<>(new IpScriptExporter().export(design, Optional.empty()));
        files.addAll(new QemuExporter().export(design, Optional.empty()));
        assertThat(files).allMatch(ExportedFile::executable);
        List<Path> paths = Tools.write(dir, files);
        for (Path p : paths) {
            Tools.ok(List.of("bash", "-n", p.toString()));
            Tools.Result sc = Tools.run(List.of("shellcheck", "--severity=style", "--shell=bash", p.toString()));
            assertThat(sc.exit()).as("shellcheck %s:%n%s", p.getFileName(), sc.out()).isZero();
            assertThat(java.nio.file.Files.readString(p)).doesNotContain("chmod").startsWith("#!/usr/bin/env bash\n");
        }
    }
}
