package org.mvtd.model.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mvtd.model.testing.Examples;
import org.mvtd.model.validate.Validator;

/** Every shared example loads, validates clean, and saves back to the very same bytes (they are canonical). */
class ExamplesRoundTripTest {

    static Stream<Path> examples() {
        return Examples.files().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void loadsAndValidatesWithoutProblems(Path file) {
        LoadedDesign loaded = Examples.load(file);
        assertThat(Validator.validate(loaded.design(), loaded.sourceMap())).isEmpty();
        assertThat(loaded.headerComment()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void savesBackByteForByte(Path file) throws Exception {
        LoadedDesign loaded = Examples.load(file);
        assertThat(DesignYaml.toYaml(loaded)).isEqualTo(Files.readString(file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void keepsItsMeaningWithoutTheExplicitKeys(Path file) throws Exception {
        LoadedDesign loaded = Examples.load(file);
        String bare = DesignYaml.toYaml(loaded.design());
        assertThat(DesignYaml.read(bare, "bare").design()).isEqualTo(loaded.design());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void locatesEveryElement(Path file) throws IOException {
        LoadedDesign loaded = Examples.load(file);
        loaded.design().hosts().forEach(h -> {
            assertThat(loaded.sourceMap().all()).containsKey("hosts[" + h.name() + "]");
            h.endpoints().forEach(e -> assertThat(loaded.sourceMap().all())
                    .containsKey("hosts[" + h.name() + "].endpoints[" + e.name() + "].lower"));
        });
        loaded.design().guests().forEach(g -> assertThat(loaded.sourceMap().all())
                .containsKey("guests[" + g.name() + "].nics[0].endpoint"));
    }
}
