package org.mvtd.model.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mvtd.model.fix.Diagnoser;
import org.mvtd.model.fix.Diagnosis;
import org.mvtd.model.reach.ReachEngine;
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
 * Issue 17's target under JMH: diagnosing one pair of a 500-node design under 50 ms, the pairs cycling
 * over those {@link DiagnoseFigure} picks. Run with the others: {@code mvn -pl model -Pbench test-compile
 * exec:exec} (or {@code -Dbench=DiagnoseBenchmark}); {@link DiagnoseFigure} prints the ratio to the target.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DiagnoseBenchmark {

    @State(Scope.Benchmark)
    public static class Design500 {
        ReachEngine engine;
        List<String[]> pairs;
        int cursor;

        @Setup(Level.Trial)
        public void setUp() {
            engine = ReachEngine.of(DiagnoseFigure.design());
            pairs = DiagnoseFigure.brokenPairs(engine);
        }
    }

    /** One pair that cannot ping: every candidate tried, the working ones validated and their pairs listed. */
    @Benchmark
    public Diagnosis diagnoseOnePair500Nodes(Design500 s) {
        s.cursor = (s.cursor + 1) % s.pairs.size();
        String[] p = s.pairs.get(s.cursor);
        return Diagnoser.diagnose(s.engine, p[0], p[1]);
    }
}
