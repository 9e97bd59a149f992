package org.mvtd.backend.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mvtd.backend.protocol.Names;
import org.mvtd.model.Design;
import org.mvtd.model.testing.Examples;
import org.mvtd.model.testing.RandomDesigns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Real guests on the project's own apply and qemu export, against the engine: every example and three
 * seeded random designs with guests. Each ordered pair of measured nodes is pinged in IPv4 and IPv6 (static
 * addresses, not EUI-64) with cold neighbour tables; the engine has no ping6 yet, so both must equal its
 * {@code ping}. Root, qemu-system-x86 and busybox-static (CI installs them); the guest kernel is fetched with
 * apt once and cached in target/guest-cache.
 */
class RealGuestsTest {
    private static final Logger LOG = LoggerFactory.getLogger(RealGuestsTest.class);
    /** The desktop user of the test: nobody, so nothing works by being root. */
    private static final int USER = 65534;
    private static final int RANDOM_DESIGNS = Integer.getInteger("mvtd.guests.designs", 3);
    private static final List<String> SUMMARY = new ArrayList<>();
    private static long started;

    @BeforeAll
    static void requirements() {
        RootLab.assume();
        assumeTrue(Stream.of("/usr/bin/qemu-system-x86_64", "/bin/busybox", "/usr/bin/setpriv").allMatch(p -> Files.isExecutable(Path.of(p))),
                "skipped: real guests need qemu-system-x86, busybox-static and setpriv (CI installs them: .ci/run)");
        started = System.nanoTime();
    }

    @AfterAll
    static void summary() {
        if (started != 0) {
            LOG.info("real guests: {} in {} ms", String.join("; ", SUMMARY), (System.nanoTime() - started) / 1_000_000);
        }
    }

    static Stream<Arguments> designs() {
        List<Arguments> out = new ArrayList<>();
        for (Path f : Examples.files()) {
            out.add(Arguments.of("example " + f.getFileName(), Examples.load(f).design()));
        }
        int found = 0;
        for (long seed = 1; found < RANDOM_DESIGNS; seed++) {
            Design d = RandomDesigns.generate(seed);
            long booted = d.guests().stream().filter(g -> !g.nics().isEmpty()).count();
            // at least two guests, so guest-to-guest pairs are measured too; at most four, to bound the run
            if (booted >= 2 && booted <= 4 && helperAccepts(d)) {
                out.add(Arguments.of("RandomDesigns.generate(" + seed + ")", d));
                found++;
            }
        }
        return out.stream();
    }

    /** The helper refuses interface names outside its allow-list (RandomDesigns also makes kernel-valid odd ones). */
    private static boolean helperAccepts(Design d) {
        return d.hosts().stream().allMatch(h -> Stream.concat(h.devices().stream().map(x -> x.name()), h.endpoints().stream()
                .map(x -> x.name())).allMatch(n -> Names.interfaceNameProblem(n).isEmpty()));
    }

    @Test
    void theKernelIsFetchedOnceThenComesFromTheCache() throws Exception {
        Path cache = Path.of("target", "guest-cache").toAbsolutePath();
        GuestImage first = GuestImages.prepare(cache);
        GuestImage again = GuestImages.prepare(cache);
        assertThat(again.fetched()).as("second preparation downloads nothing").isFalse();
        assertThat(again).isEqualTo(new GuestImage(first.kernel(), first.initramfs(), first.release(), false));
        assertThat(Files.size(again.initramfs())).isGreaterThan(1 << 20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void everyPingPairOfRealGuestsEqualsTheEngine(String what, Design design) throws Exception {
        GuestLab.Options o = GuestLab.Options.standard(USER).withCache(Path.of("target", "guest-cache").toAbsolutePath());
        GuestRun run;
        List<String> left;
        long teardown;
        try (GuestLab lab = GuestLab.build(design, o)) {
            run = lab.measure();
            teardown = lab.teardown();
            left = lab.leftovers();
        }
        String line = what + ": " + run.pairs().size() + " pairs, IPv4 agrees on " + run.ping4Agreeing() + ", IPv6 on "
                + run.ping6Agreeing() + " (build " + run.timings().buildMillis() + " ms, boot " + run.timings().bootMillis()
                + " ms, ping " + run.timings().pingMillis() + " ms, teardown " + teardown + " ms; unmeasured " + run.unmeasured() + ")";
        SUMMARY.add(line);
        LOG.info(line);
        assertThat(left).as(what + ": left after teardown").isEmpty();
        assertThat(run.pairs()).as(what + ": pairs measured").isNotEmpty();
        assertThat(run.disagreements()).extracting(GuestRun.PairResult::describe).as(what + " disagrees with the engine").isEmpty();
    }
}
