package org.mvtd.model.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import org.mvtd.model.Design;
import org.mvtd.model.testing.RandomDesigns;
import org.mvtd.model.validate.Validator;
import org.mvtd.model.yaml.DesignYaml;
import org.mvtd.model.yaml.LoadedDesign;

/**
 * Memory that reading and validating a large design takes, per byte of input: bytes allocated on the way
 * (garbage included) and bytes still held by the loaded design. The figures say whether a file near the
 * 4 MiB limit can be opened on a small machine. Run with the model's test classpath:
 * {@code java -cp model/target/classes:model/target/test-classes:JACKSON_AND_SNAKEYAML_JARS org.mvtd.model.bench.ReadMemoryFigure}.
 */
public final class ReadMemoryFigure {
    private ReadMemoryFigure() {
    }

    public static void main(String[] args) throws Exception {
        Design design = RandomDesigns.generate(42, RandomDesigns.Shape.large());
        String text = DesignYaml.toYaml(design);
        long input = text.getBytes(StandardCharsets.UTF_8).length;
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 3; i++) {   // warm up, so class loading is not counted
            Validator.validate(DesignYaml.read(text, "w").design());
        }
        System.gc();
        long before = used();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        LoadedDesign loaded = DesignYaml.read(text, "large.mvtd.yaml");
        int problems = Validator.validate(loaded.design(), loaded.sourceMap()).size();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        System.gc();
        long retained = used() - before;
        System.out.printf("input %d bytes, read+validate %d ms, %d problems%n", input, millis, problems);
        System.out.printf("allocated %.1f bytes per input byte, retained %.1f bytes per input byte%n",
                (double) allocated / input, (double) retained / input);
        if (loaded.design().hosts().isEmpty()) {
            throw new AssertionError("nothing loaded");
        }
    }

    private static long used() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
