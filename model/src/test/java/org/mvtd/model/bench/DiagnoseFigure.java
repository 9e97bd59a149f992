package org.mvtd.model.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mvtd.model.Design;
import org.mvtd.model.fix.Diagnoser;
import org.mvtd.model.fix.Diagnosis;
import org.mvtd.model.reach.Node;
import org.mvtd.model.reach.NodeKind;
import org.mvtd.model.reach.ReachEngine;
import org.mvtd.model.testing.RandomDesigns;

/**
 * Issue 17's target: diagnosing one pair (every candidate fix tried, validated and its changed pairs
 * listed) on a 500-node design under 50 ms. Prints the median and worst over pairs that cannot ping, with
 * the engine already built (as the designer holds one) and with the engine built too (as the CLI does),
 * and the ratio of each to the target. Run with the model's test classpath:
 * {@code java -cp model/target/classes:model/target/test-classes:JARS org.mvtd.model.bench.DiagnoseFigure}
 * (JARS: the model's test dependencies, Jackson, SnakeYAML and jqwik); {@link DiagnoseBenchmark} is the JMH twin.
 */
public final class DiagnoseFigure {
    private static final double TARGET_MS = 50;
    private static final int PAIRS = 40;

    private DiagnoseFigure() {
    }

    public static void main(String[] args) {
        Design design = design();
        ReachEngine engine = ReachEngine.of(design);
        List<String[]> pairs = brokenPairs(engine);
        for (int i = 0; i < 3; i++) {   // warm up: JIT and class loading are not what a user waits for
            pairs.forEach(p -> Diagnoser.diagnose(engine, p[0], p[1]));
        }
        double[] warm = new double[pairs.size()];
        double[] cold = new double[pairs.size()];
        int fixes = 0;
        for (int i = 0; i < pairs.size(); i++) {
            String[] p = pairs.get(i);
            long t0 = System.nanoTime();
            Diagnosis d = Diagnoser.diagnose(engine, p[0], p[1]);
            long t1 = System.nanoTime();
            Diagnoser.diagnose(design, p[0], p[1]);
            long t2 = System.nanoTime();
            warm[i] = (t1 - t0) / 1e6;
            cold[i] = (t2 - t1) / 1e6;
            fixes += d.fixes().size();
        }
        System.out.printf("design: %d nodes; %d pairs that cannot ping diagnosed, %d fixes offered%n",
                engine.nodes().size(), pairs.size(), fixes);
        print("engine held (designer)", warm);
        print("engine built too (CLI)", cold);
    }

    /** 10 hosts x 2 devices x (host stack + 24 endpoints), 2 switches, 10 stations: about 500 nodes. */
    static Design design() {
        return RandomDesigns.generate(17, new RandomDesigns.Shape(10, 2, 24, 2, 10, 60));
    }

    private static void print(String what, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        double worst = sorted[sorted.length - 1];
        double mean = Arrays.stream(ms).average().orElseThrow();
        System.out.printf("diagnose one pair, %s: median %.1f ms, mean %.1f ms, worst %.1f ms; target %.0f ms;"
                + " ratio %.2f (mean %.2f, worst %.2f)%n", what, median, mean, worst, TARGET_MS, median / TARGET_MS,
                mean / TARGET_MS, worst / TARGET_MS);
    }

    /** Up to {@value #PAIRS} pairs that cannot ping, host stacks first (the shim search is the widest). */
    static List<String[]> brokenPairs(ReachEngine engine) {
        List<String[]> out = new ArrayList<>();
        List<Node> nodes = new ArrayList<>(engine.nodes());
        nodes.sort((a, b) -> Boolean.compare(b.kind() == NodeKind.DEVICE, a.kind() == NodeKind.DEVICE));
        for (Node a : nodes) {
            for (int j = 0; j < nodes.size() && out.size() < PAIRS; j += 13) {
                Node b = nodes.get(j);
                if (a != b && !engine.pair(a.id(), b.id()).ping()) {
                    out.add(new String[] {a.id(), b.id()});
                }
            }
            if (out.size() >= PAIRS) {
                break;
            }
        }
        if (out.isEmpty()) {
            throw new AssertionError("the benchmark design has no pair that cannot ping");
        }
        return out;
    }
}
