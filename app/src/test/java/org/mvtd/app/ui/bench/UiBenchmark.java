package org.mvtd.app.ui.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.mvtd.app.ui.canvas.CanvasView;
import org.mvtd.app.ui.canvas.CanvasViewModel;
import org.mvtd.app.ui.io.RecoveryStore;
import org.mvtd.app.ui.theme.Theme;
import org.mvtd.app.ui.viewmodel.DocumentViewModel;
import org.mvtd.app.ui.viewmodel.ElementRef;
import org.mvtd.app.ui.viewmodel.Elements;
import org.mvtd.app.ui.viewmodel.ReachMark;
import org.mvtd.app.ui.viewmodel.ReachViewModel;
import org.mvtd.app.ui.viewmodel.SelectionModel;
import org.mvtd.model.Design;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Host;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.reach.ReachEngine;
import org.mvtd.model.testing.RandomDesigns;
import org.mvtd.model.yaml.LoadedDesign;

/**
 * The designer's performance targets, measured in the software pipeline (headless Monocle):
 * recolouring a 500-node design after an edit (target under 50 ms) and a pan/zoom frame of a
 * 2,000-element design (target under 16 ms). Prints medians and 95th percentiles.
 * Run: {@code mvn -B -pl app -am -Pbench-ui test-compile}.
 */
public final class UiBenchmark {
    private UiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1600x1000-32");
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        Platform.setImplicitExit(false); // the first measurement's window closes before the second opens
        recolour();
        panZoom();
        Platform.exit();
    }

    private record Window(DocumentViewModel doc, SelectionModel selection, CanvasView canvas, Stage stage) {
    }

    private static Window open(Design d) throws Exception {
        return onFx(() -> {
            Path tmp = Files.createTempDirectory("mvtd-bench");
            DocumentViewModel doc = new DocumentViewModel(new RecoveryStore(tmp));
            SelectionModel sel = new SelectionModel();
            ReachViewModel reach = new ReachViewModel(doc, sel);
            CanvasView canvas = new CanvasView(new CanvasViewModel(doc, sel, reach));
            Stage stage = new Stage();
            Scene scene = new Scene(canvas, 1600, 1000);
            Theme.LIGHT.apply(scene);
            stage.setScene(scene);
            stage.show();
            doc.adoptRecovered(new RecoveryStore.Recovery(d, null, java.time.Instant.now()));
            return new Window(doc, sel, canvas, stage);
        });
    }

    /** A mode flip on one endpoint, with a node selected: engine update, marks, skins, CSS and layout. */
    private static void recolour() throws Exception {
        Design d = RandomDesigns.generate(7, new RandomDesigns.Shape(14, 2, 24, 4, 10, 200));
        int nodes = ReachEngine.of(d).nodes().size();
        Window w = open(d);
        Host h = d.hosts().get(0);
        Endpoint target = h.endpoints().stream().filter(e -> e.mode() != MacvlanMode.PASSTHRU).findFirst().orElseThrow();
        ElementRef source = ElementRef.endpoint(h.name(), h.endpoints().stream()
                .filter(e -> !e.name().equals(target.name())).findFirst().orElseThrow().name());
        onFx(() -> {
            w.selection().select(source);
            return null;
        });
        int runs = 60;
        double[] ms = new double[runs];
        double[] cpu = new double[runs];
        double[] vmOnly = new double[runs];
        for (int i = 0; i < runs; i++) {
            MacvlanMode m = i % 2 == 0 ? MacvlanMode.PRIVATE : MacvlanMode.BRIDGE;
            final int k = i;
            onFx(() -> {
                long c0 = cpuNanos();
                long t0 = System.nanoTime();
                w.doc().change("mode", w.doc().design().withHost(h.name(), x -> x.withEndpoint(target.name(), e -> e.withMode(m))));
                long t1 = System.nanoTime();
                w.canvas().getScene().getRoot().applyCss();
                w.canvas().getScene().getRoot().layout();
                long t2 = System.nanoTime();
                vmOnly[k] = (t1 - t0) / 1e6;
                ms[k] = (t2 - t0) / 1e6;
                cpu[k] = (cpuNanos() - c0) / 1e6;
                return null;
            });
        }
        ReachMark mark = onFx(() -> w.canvas().markOf(ElementRef.endpoint(h.name(), target.name())));
        System.out.printf(Locale.ROOT, "recolour after a mode change, %d nodes, %d elements (edit -> marks on every skin -> CSS -> layout):%n",
                nodes, Elements.all(d).size());
        System.out.printf(Locale.ROOT, "  whole UI: wall median %.1f ms, p95 %.1f ms; process CPU median %.1f ms, p95 %.1f ms"
                + " (target < 50 ms); edit + engine + skins without CSS/layout: wall median %.1f ms%n",
                pct(ms, 50), pct(ms, 95), pct(cpu, 50), pct(cpu, 95), pct(vmOnly, 50));
        System.out.println("  (last mark on the edited endpoint: " + mark + ")");
        onFx(() -> {
            w.stage().close();
            return null;
        });
    }

    /** Frames of a 2,000-element design while panning and zooming: each frame rendered by the software pipeline. */
    private static void panZoom() throws Exception {
        frames(Design.empty("empty"), List.of("baseline: empty design, same window"));
        frames(RandomDesigns.generate(11, new RandomDesigns.Shape(20, 3, 20, 6, 14, 700)),
                List.of("fit (whole design visible)", "100% (a part visible)"));
    }

    private static void frames(Design d, List<String> views) throws Exception {
        int elements = Elements.all(d).size();
        Window w = open(d);
        for (String view : views) {
            onFx(() -> {
                if (view.startsWith("fit")) {
                    w.canvas().fitToView();
                } else {
                    w.canvas().resetZoom();
                }
                w.canvas().getScene().snapshot(null); // warm up
                return null;
            });
            int frames = 60;
            double[] ms = new double[frames];
            double[] cpu = new double[frames];
            for (int i = 0; i < frames; i++) {
                final int k = i;
                onFx(() -> {
                    long c0 = cpuNanos();
                    long t0 = System.nanoTime();
                    if (k % 2 == 0) {
                        w.canvas().panBy(7, 3);
                    } else {
                        w.canvas().zoomBy(k % 4 == 1 ? 1.02 : 1 / 1.02);
                    }
                    w.canvas().getScene().snapshot(null); // CSS, layout and a full software render of the frame
                    ms[k] = (System.nanoTime() - t0) / 1e6;
                    cpu[k] = (cpuNanos() - c0) / 1e6;
                    return null;
                });
            }
            System.out.printf(Locale.ROOT, "pan/zoom frame, %d elements, 1600x1000, prism sw, %s: wall median %.1f ms, p95 %.1f ms;"
                    + " process CPU median %.1f ms, p95 %.1f ms (target < 16 ms)%n",
                    elements, view, pct(ms, 50), pct(ms, 95), pct(cpu, 50), pct(cpu, 95));
        }
        onFx(() -> {
            w.stage().close();
            return null;
        });
    }

    /** CPU time of the whole process: on a loaded machine wall time mostly measures the neighbours. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double pct(double[] v, int p) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }

    private interface FxCall<T> {
        T call() throws Exception;
    }

    private static <T> T onFx(FxCall<T> c) throws Exception {
        AtomicReference<T> out = new AtomicReference<>();
        AtomicReference<Exception> err = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                out.set(c.call());
            } catch (Exception e) {
                err.set(e);
            } finally {
                done.countDown();
            }
        });
        if (!done.await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("FX call timed out");
        }
        if (err.get() != null) {
            throw err.get();
        }
        return out.get();
    }

    static LoadedDesign loaded(Design d) {
        return LoadedDesign.of(d);
    }
}
