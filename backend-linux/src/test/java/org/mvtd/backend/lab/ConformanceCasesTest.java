package org.mvtd.backend.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mvtd.model.reach.Pair;
import org.mvtd.model.reach.ReachReport;
import org.mvtd.model.yaml.DesignYaml;

/**
 * The cases where the lab found the engine wrong ({@code src/test/resources/conformance}): each file is a
 * minimal design whose header lists the kernel's facts as {@code # observed: FROM -> TO FACT BOOL} lines.
 * This test holds the kernel (and the lab) to them; ConformanceTest holds the engine to the kernel.
 */
class ConformanceCasesTest {
    private static final Pattern FACT = Pattern.compile("# observed: (\\S+) -> (\\S+) (unicast|broadcast|ping) (true|false)");

    record Fact(String from, String to, String kind, boolean value) {
        boolean holdsIn(ReachReport r) {
            Pair p = D.pair(r, from, to);
            boolean v = switch (kind) {
                case "unicast" -> p.unicast();
                case "broadcast" -> p.broadcast();
                default -> p.ping();
            };
            return v == value;
        }
    }

    static Stream<Path> cases() throws Exception {
        try (Stream<Path> s = Files.list(dir())) {
            return s.filter(p -> p.toString().endsWith(".mvtd.yaml")).sorted().toList().stream();
        }
    }

    private static Path dir() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(ConformanceCasesTest.class.getResource("/conformance"), "conformance cases").toURI());
    }

    static List<Fact> facts(List<String> lines) {
        List<Fact> out = new ArrayList<>();
        for (String l : lines) {
            Matcher m = FACT.matcher(l.strip());
            if (m.matches()) {
                out.add(new Fact(m.group(1), m.group(2), m.group(3), Boolean.parseBoolean(m.group(4))));
            }
        }
        return out;
    }

    @Test
    void everyCaseStatesFactsAndLoads() throws Exception {
        assertThat(cases()).isNotEmpty().allSatisfy(f -> {
            assertThat(facts(Files.readAllLines(f))).as(f + " states observed facts").isNotEmpty();
            assertThat(DesignYaml.read(f).design().hosts()).as(f + " loads").isNotEmpty();
        });
    }

    /** Runs without root: the engine must predict each recorded kernel fact. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theEnginePredictsWhatTheKernelDid(Path file) throws Exception {
        ReachReport predicted = Conformance.predict(DesignYaml.read(file).design());
        for (Fact f : facts(Files.readAllLines(file))) {
            assertThat(f.holdsIn(predicted)).as(file.getFileName() + ": engine on " + f).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theKernelStillDoesWhatTheCaseRecords(Path file) throws Exception {
        RootLab.assume();
        ReachReport r = D.observe(DesignYaml.read(file).design());
        for (Fact f : facts(Files.readAllLines(file))) {
            assertThat(f.holdsIn(r)).as(file.getFileName() + ": " + f).isTrue();
        }
    }
}
