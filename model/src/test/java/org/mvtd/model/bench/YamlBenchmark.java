package org.mvtd.model.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mvtd.model.Design;
import org.mvtd.model.testing.RandomDesigns;
import org.mvtd.model.validate.Problem;
import org.mvtd.model.validate.Validator;
import org.mvtd.model.yaml.DesignFormatException;
import org.mvtd.model.yaml.DesignYaml;
import org.mvtd.model.yaml.LoadedDesign;
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
 * Load, validate and save of the largest design the issue names (100 hosts x 4 devices x 25 endpoints,
 * about 1.1 MB of YAML), and of a refused alias bomb. No target is set; the figures tell whether opening
 * a big design or validating it on every edit stays interactive.
 * Run: {@code mvn -pl model -Pbench test-compile exec:exec -Dbench=YamlBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class YamlBenchmark {

    @State(Scope.Benchmark)
    public static class Large {
        Design design;
        String text;
        LoadedDesign loaded;
        String bomb;

        @Setup(Level.Trial)
        public void setUp() throws DesignFormatException {
            design = RandomDesigns.generate(42, RandomDesigns.Shape.large());
            text = DesignYaml.toYaml(design);
            loaded = DesignYaml.read(text, "large.mvtd.yaml");
            StringBuilder sb = new StringBuilder("version: 1\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol]\n");
            for (int i = 1; i < 10; i++) {
                sb.append('a').append(i).append(": &a").append(i).append(" [");
                sb.append(String.join(", ", java.util.Collections.nCopies(8, "*a" + (i - 1)))).append("]\n");
            }
            bomb = sb.toString();
        }
    }

    @Benchmark
    public LoadedDesign read(Large s) throws DesignFormatException {
        return DesignYaml.read(s.text, "large.mvtd.yaml");
    }

    @Benchmark
    public String write(Large s) {
        return DesignYaml.toYaml(s.loaded);
    }

    @Benchmark
    public List<Problem> validate(Large s) {
        return Validator.validate(s.loaded.design(), s.loaded.sourceMap());
    }

    @Benchmark
    public Object refuseAliasBomb(Large s) {
        try {
            return DesignYaml.read(s.bomb, "bomb.mvtd.yaml");
        } catch (DesignFormatException e) {
            return e;
        }
    }
}
