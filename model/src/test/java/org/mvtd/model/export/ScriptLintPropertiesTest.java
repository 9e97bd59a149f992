package org.mvtd.model.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mvtd.model.Design;
import org.mvtd.model.testing.RandomDesigns;

/** The scripts of random designs (several hosts, tricky names) pass bash -n and shellcheck. */
@NeedsTools({"bash", "shellcheck"})
class ScriptLintPropertiesTest {

    @Provide
    Arbitrary<Design> designs() {
        return RandomDesigns.arbitrary();
    }

    @Property(tries = 10)
    void everyScriptIsClean(@ForAll("designs") Design design) throws Exception {
        List<ExportedFile> files = new ArrayList<>(new IpScriptExporter().export(design, Optional.empty()));
        files.addAll(new QemuExporter().export(design, Optional.empty()));
        Path dir = Files.createTempDirectory("mvtd-exports-lint");
        try {
            List<String> cmd = new ArrayList<>(List.of("shellcheck", "--severity=style", "--shell=bash"));
            for (Path p : Tools.write(dir, files)) {
                Tools.ok(List.of("bash", "-n", p.toString()));
                cmd.add(p.toString());
            }
            if (!files.isEmpty()) {
                Tools.Result sc = Tools.run(cmd);
                assertThat(sc.exit()).as("shellcheck:%n%s", sc.out()).isZero();
            }
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
