package org.mvtd.model.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.mvtd.model.Design;
import org.mvtd.model.edit.Elements;
import org.mvtd.model.layout.Tidy;
import org.mvtd.model.testing.RandomDesigns;

/**
 * The target for Arrange, Tidy: a 2,000-element design laid out in under 1 s. Prints the first (cold)
 * run, then the median and worst of warm runs, and their ratios to the target. Run with the model's test
 * class path: {@code java -cp model/target/classes:model/target/test-classes:JARS org.mvtd.model.bench.TidyFigure}
 * (JARS: the model's dependencies, ELK's among them, and jqwik).
 */
public final class TidyFigure {
    private static final double TARGET_MS = 1000;
    private static final int RUNS = 9;

    private TidyFigure() {
    }

    public static void main(String[] args) {
        Design d = design();
        long t0 = System.nanoTime();
        Tidy.arrange(d);
        double cold = (System.nanoTime() - t0) / 1e6;
        for (int i = 0; i < 3; i++) { // warm up: JIT, not what a user waits for twice
            Tidy.arrange(d);
        }
        double[] ms = new double[RUNS];
        double[] cpu = new double[RUNS];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < RUNS; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            Tidy.arrange(d);
            ms[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        System.out.printf("tidy %d elements (%d hosts, %d guests): first run %.0f ms (ratio %.2f); warm median %.0f ms,"
                + " worst %.0f ms; target %.0f ms; ratio %.2f (worst %.2f)%n", Elements.all(d).size(), d.hosts().size(),
                d.guests().size(), cold, cold / TARGET_MS, ms[RUNS / 2], ms[RUNS - 1], TARGET_MS,
                ms[RUNS / 2] / TARGET_MS, ms[RUNS - 1] / TARGET_MS);
        // On a shared machine wall time includes waiting for a core; the thread's CPU time does not.
        System.out.printf("tidy CPU time: median %.0f ms; ratio %.2f; load average %.1f%n", cpu[RUNS / 2],
                cpu[RUNS / 2] / TARGET_MS, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** 66 hosts x 2 devices x up to 12 endpoints, 4 switches, 20 stations, 440 guests: just over 2,000 elements. */
    static Design design() {
        return RandomDesigns.generate(17, new RandomDesigns.Shape(66, 2, 12, 4, 20, 440));
    }
}
