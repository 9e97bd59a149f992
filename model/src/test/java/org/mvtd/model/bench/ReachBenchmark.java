package org.mvtd.model.bench;

import java.util.concurrent.TimeUnit;
import org.mvtd.model.Design;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Host;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.reach.ReachEngine;
import org.mvtd.model.reach.ReachMatrix;
import org.mvtd.model.reach.ReachRow;
import org.mvtd.model.testing.RandomDesigns;
import org.mvtd.model.testing.VersionTwoDesigns;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine's speed targets (issue 2): "whom can X reach" among 10,000 endpoints under 1 ms; the full
 * one-way matrix of 2,000 nodes under 2 s; an update after a mode change re-deriving only one device.
 * Run: {@code mvn -pl model -Pbench test-compile exec:exec}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ReachBenchmark {

    @State(Scope.Benchmark)
    public static class Large {
        ReachEngine engine;
        Design design;
        Design edited;
        int cursor;

        @Setup(Level.Trial)
        public void setUp() {
            design = RandomDesigns.generate(42, new RandomDesigns.Shape(100, 4, 25, 8, 20, 200));
            engine = ReachEngine.of(design);
            Host h = design.hosts().get(50);
            Endpoint e = h.endpoints().stream().filter(x -> x.mode() != MacvlanMode.PASSTHRU).findFirst().orElseThrow();
            MacvlanMode other = e.mode() == MacvlanMode.BRIDGE ? MacvlanMode.PRIVATE : MacvlanMode.BRIDGE;
            edited = design.withHost(h.name(), x -> x.withEndpoint(e.name(), y -> y.withMode(other)));
        }
    }

    @State(Scope.Benchmark)
    public static class Medium {
        ReachEngine engine;

        @Setup(Level.Trial)
        public void setUp() {
            // 20 hosts x 4 devices x (1 host stack + 24 endpoints) + 20 stations = about 2,000 nodes.
            engine = ReachEngine.of(RandomDesigns.generate(7, new RandomDesigns.Shape(20, 4, 24, 4, 20, 40)));
        }
    }

    @State(Scope.Benchmark)
    public static class MediumVersionTwo {
        ReachEngine engine;

        @Setup(Level.Trial)
        public void setUp() {
            // The same 2,000 nodes as Medium, with VLANs, addresses and source lists: rows are then judged pair by pair.
            Design d = RandomDesigns.generate(7, new RandomDesigns.Shape(20, 4, 24, 4, 20, 40));
            engine = ReachEngine.of(VersionTwoDesigns.decorate(d, new java.util.Random(7)));
        }
    }

    /** Whom can X reach (and who reaches X), X cycling over all 10,000+ nodes. */
    @Benchmark
    public ReachRow whomCanXReach10kEndpoints(Large s) {
        int n = s.engine.nodes().size();
        s.cursor = (s.cursor + 7919) % n;
        return s.engine.row(s.cursor);
    }

    /** The full one-way matrix (unicast, broadcast, ping) of about 2,000 nodes: 4 million pairs. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ReachMatrix fullMatrix2000Nodes(Medium s) {
        return s.engine.matrix();
    }

    /** The same matrix where source lists make the receive path depend on the sender (no segment shortcut). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ReachMatrix fullMatrix2000NodesVersionTwo(MediumVersionTwo s) {
        return s.engine.matrix();
    }

    /** One mode change on a 10,000-endpoint design: incremental update. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ReachEngine updateAfterModeChange10k(Large s) {
        return s.engine.update(s.edited);
    }

    /** The same design compiled from scratch, for the ratio against the incremental update. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ReachEngine rebuildFromScratch10k(Large s) {
        return ReachEngine.of(s.edited);
    }

}
