package org.mvtd.backend.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mvtd.model.Design;
import org.mvtd.model.testing.Examples;
import org.mvtd.model.testing.RandomDesigns;
import org.mvtd.model.yaml.DesignYaml;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine against the kernel, pair by pair: every shared example and seeded random designs (root only).
 * Where they disagree the kernel is right; the message lists every differing fact and the seed.
 */
class ConformanceTest {
    /** First seed and count; override with -Dmvtd.lab.seed / -Dmvtd.lab.designs to explore further. */
    private static final long FIRST_SEED = Long.getLong("mvtd.lab.seed", 1L);
    private static final int DESIGNS = Integer.getInteger("mvtd.lab.designs", 32);
    private static final Logger LOG = LoggerFactory.getLogger(ConformanceTest.class);
    private static final AtomicInteger DESIGNS_RUN = new AtomicInteger();
    private static final AtomicLong PAIRS = new AtomicLong();
    private static final AtomicLong AGREEING = new AtomicLong();
    private static final AtomicLong MILLIS = new AtomicLong();
    private static final AtomicLong UNJUDGED = new AtomicLong();

    @BeforeEach
    void root() {
        RootLab.assume();
    }

    static Stream<Path> examples() {
        return Examples.files().stream();
    }

    static LongStream seeds() {
        return LongStream.range(FIRST_SEED, FIRST_SEED + DESIGNS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleAgreesWithTheEngine(Path file) throws Exception {
        assertAgrees(Examples.load(file).design(), "example " + file.getFileName());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomDesignAgreesWithTheEngine(long seed) throws Exception {
        assertAgrees(RandomDesigns.generate(seed), "RandomDesigns.generate(" + seed + ")");
    }

    /** Random designs with source mode (sender lists, nodst) and passthru nopromisc: a modest number, for CI time. */
    static LongStream sourceSeeds() {
        return LongStream.range(FIRST_SEED, FIRST_SEED + Integer.getInteger("mvtd.lab.sourceDesigns", 20));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("sourceSeeds")
    void randomSourceModeDesignAgreesWithTheEngine(long seed) throws Exception {
        assertAgrees(SourceModeDesigns.generate(seed), "SourceModeDesigns.generate(" + seed + ")");
    }

    /** The design as a file, to paste into a conformance case; the record form until the writer exists. */
    static String yaml(Design d) {
        try {
            return DesignYaml.toYaml(d);
        } catch (IllegalStateException e) {
            return d.toString();
        }
    }

    /** The totals CI reports: designs, ordered pairs, pairs on which every fact agreed, lab time. */
    @AfterAll
    static void summary() {
        if (DESIGNS_RUN.get() > 0) {
            LOG.info("conformance: {} designs, {} ordered pairs, {} agreeing on every fact, {} ms in the lab;"
                    + " {} guests' ping6 not judged (hash filter)", DESIGNS_RUN.get(), PAIRS.get(), AGREEING.get(),
                    MILLIS.get(), UNJUDGED.get());
        }
    }

    static void assertAgrees(Design d, String what) throws Exception {
        Conformance.Run run = Conformance.check(d);
        List<String> facts = run.result().disagreements().stream().map(Disagreement::describe).toList();
        long pairs = run.result().predicted().pairs().size();
        long wrong = run.result().disagreements().stream().map(x -> x.from() + "\u0000" + x.to()).distinct().count();
        DESIGNS_RUN.incrementAndGet();
        PAIRS.addAndGet(pairs);
        AGREEING.addAndGet(pairs - wrong);
        MILLIS.addAndGet(run.timings().totalMillis());
        UNJUDGED.addAndGet(run.result().ping6Unjudged().size());
        LOG.info("{}: {} pairs, {} disagreeing, {} ms", what, pairs, wrong, run.timings().totalMillis());
        assertThat(run.stats().settled()).as(what + ": probe run settled " + run.stats()).isTrue();
        assertThat(facts).as(what + " disagrees with the kernel:\n" + yaml(d)).isEmpty();
    }
}
