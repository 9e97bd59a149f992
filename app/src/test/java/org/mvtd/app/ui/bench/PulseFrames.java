package org.mvtd.app.ui.bench;

import com.sun.javafx.perf.PerformanceTracker;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.mvtd.app.ui.canvas.CanvasView;

/**
 * Frame times as a user sees them: the benchmark's window is a real stage, every step of a gesture is a real
 * input event delivered in its own pulse, and a frame counts from that pulse's start until the renderer has
 * presented it (the scene's performance tracker reports presented frames). The next step waits for that frame,
 * so frames do not overlap. Reported: wall time per frame and the CPU of all Java threads per frame (on a loaded machine the
 * wall time mostly measures the neighbours).
 */
final class PulseFrames {
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private final CanvasView canvas;
    private final Scene scene;
    private Object lock = new Object();
    private int[] state = {0, 0};

    PulseFrames(CanvasView canvas) {
        this.canvas = canvas;
        this.scene = canvas.getScene();
    }

    /**
     * Per frame: wall time to presentation, thread CPU, the step itself, and the pulse's CSS + layout passes;
     * {@code firstMs} is the first step's frame (a gesture's start), NaN when it presented nothing.
     */
    record Result(double[] wallMs, double[] cpuMs, double[] renderMs, double[] stepMs, double[] cssLayoutMs, double firstMs) {
        String describe() {
            if (wallMs.length == 0) {
                return "no frame presented (the steps changed nothing visible)";
            }
            return String.format(Locale.ROOT, "%d frames: wall median %.1f ms, p95 %.1f ms, max %.1f ms, first %.1f ms;"
                    + " thread CPU median %.1f ms, p95 %.1f ms [of which renderer median %.1f ms, step median %.1f ms,"
                    + " CSS + layout passes median %.1f ms, p95 %.1f ms]", wallMs.length, pct(wallMs, 50), pct(wallMs, 95),
                    pct(wallMs, 100), firstMs, pct(cpuMs, 50), pct(cpuMs, 95), pct(renderMs, 50), pct(stepMs, 50),
                    pct(cssLayoutMs, 50), pct(cssLayoutMs, 95));
        }
    }

    /** A drag with the secondary button (the pan gesture), {@code frames} steps of (dx, dy), one per frame. */
    Result drag(int frames, double dx, double dy) throws Exception {
        double[] at = centre();
        UiBenchmark.onFx(() -> {
            fire(mouse(MouseEvent.MOUSE_PRESSED, at[0], at[1]));
            return null;
        });
        Result r = run(frames, k -> fire(mouse(MouseEvent.MOUSE_DRAGGED, at[0] + dx * (k + 1), at[1] + dy * (k + 1))));
        UiBenchmark.onFx(() -> {
            fire(mouse(MouseEvent.MOUSE_RELEASED, at[0] + dx * frames, at[1] + dy * frames));
            return null;
        });
        return r;
    }

    /** The pointer moves from element to element (each step hovers another): the why card and the path follow. */
    Result hover(int frames) throws Exception {
        java.util.List<javafx.geometry.Point2D> at = UiBenchmark.onFx(() -> canvas.currentLayout().all().values().stream()
                .map(b -> canvas.designToScene(new javafx.geometry.Point2D(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2)))
                .filter(p -> p.getX() > 0 && p.getY() > 0 && p.getX() < scene.getWidth() && p.getY() < scene.getHeight())
                .toList());
        return run(frames, k -> {
            javafx.geometry.Point2D p = at.get(k % at.size());
            fire(new MouseEvent(MouseEvent.MOUSE_MOVED, p.getX(), p.getY(), p.getX(), p.getY(), MouseButton.NONE, 0,
                    false, false, false, false, false, false, false, false, false, false, null));
        });
    }

    /** Wheel steps over the viewport's centre, zooming in and out by about 2 % a step. */
    Result wheel(int frames) throws Exception {
        double[] at = centre();
        return run(frames, k -> fire(scroll(at[0], at[1], (k / 10) % 2 == 0 ? 13 : -13)));
    }

    private double[] centre() throws Exception {
        return UiBenchmark.onFx(() -> {
            Bounds b = canvas.localToScene(canvas.getLayoutBounds());
            return new double[] {b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2};
        });
    }

    Result run(int frames, IntConsumer step) throws Exception {
        double[] wall = new double[frames];
        double[] cpu = new double[frames];
        double[] render = new double[frames];
        long renderer = rendererThread();
        double[] stepMs = new double[frames];
        double[] cssLayout = new double[frames];
        long[] passStart = new long[1];
        // The scene runs its CSS and layout passes between these two listeners.
        Runnable before = () -> passStart[0] = System.nanoTime();
        Runnable after = () -> {
            int k = state(0);
            if (k < frames && state(1) == 1) {
                cssLayout[k] = (System.nanoTime() - passStart[0]) / 1e6;
            }
        };
        CountDownLatch done = new CountDownLatch(1);
        PerformanceTracker tracker = PerformanceTracker.getSceneTracker(scene);
        // State shared between the FX thread (steps) and the render thread (presented frames).
        Object lock = new Object();
        long[] start = new long[3];
        state = new int[] {0, 0}; // frame index, 1 while a step waits for its frame
        this.lock = lock;
        tracker.setOnRenderedFrameTask(() -> {
            synchronized (lock) {
                if (state[1] == 1) {
                    int k = state[0];
                    wall[k] = (System.nanoTime() - start[0]) / 1e6;
                    cpu[k] = (UiBenchmark.cpuNanos() - start[1]) / 1e6;
                    render[k] = (THREADS.getThreadCpuTime(renderer) - start[2]) / 1e6;
                    state[1] = 0;
                    state[0] = k + 1;
                    if (k + 1 == frames) {
                        done.countDown();
                    }
                }
            }
        });
        AnimationTimer driver = new AnimationTimer() {
            @Override
            public void handle(long now) {
                synchronized (lock) {
                    if (state[1] == 1 && System.nanoTime() - start[0] > 1_000_000_000L) {
                        // The step changed nothing visible, so no frame comes: leave it out of the figures.
                        wall[state[0]] = Double.NaN;
                        state[1] = 0;
                        state[0]++;
                        if (state[0] == frames) {
                            done.countDown();
                        }
                    }
                    if (state[1] == 1 || state[0] >= frames) {
                        return;
                    }
                    start[0] = System.nanoTime();
                    start[1] = UiBenchmark.cpuNanos();
                    start[2] = THREADS.getThreadCpuTime(renderer);
                    state[1] = 1;
                }
                long t = System.nanoTime();
                step.accept(state[0]);
                stepMs[state[0]] = (System.nanoTime() - t) / 1e6;
            }
        };
        UiBenchmark.onFx(() -> {
            scene.addPreLayoutPulseListener(before);
            scene.addPostLayoutPulseListener(after);
            driver.start();
            return null;
        });
        boolean finished = done.await(10, TimeUnit.MINUTES);
        UiBenchmark.onFx(() -> {
            driver.stop();
            scene.removePreLayoutPulseListener(before);
            scene.removePostLayoutPulseListener(after);
            tracker.setOnRenderedFrameTask(null);
            return null;
        });
        if (!finished) {
            throw new IllegalStateException("frames stopped being presented after " + state[0] + " of " + frames);
        }
        int kept = 0;
        for (double v : wall) {
            kept += Double.isNaN(v) ? 0 : 1;
        }
        double[][] out = {new double[kept], new double[kept], new double[kept], new double[kept], new double[kept]};
        for (int i = 0, j = 0; i < frames; i++) {
            if (!Double.isNaN(wall[i])) {
                out[0][j] = wall[i];
                out[1][j] = cpu[i];
                out[2][j] = render[i];
                out[3][j] = stepMs[i];
                out[4][j++] = cssLayout[i];
            }
        }
        return new Result(out[0], out[1], out[2], out[3], out[4], wall[0]);
    }

    /** The thread that renders and presents frames (Prism's renderer). */
    private static long rendererThread() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no QuantumRenderer thread")).getId();
    }

    private int state(int i) {
        synchronized (lock) {
            return state[i];
        }
    }

    /** Delivers {@code e} the way the scene would: to the canvas content, bubbling up to the gesture handlers. */
    private void fire(Event e) {
        Node target = canvas.layers().content();
        Event.fireEvent(target, e);
    }

    private static MouseEvent mouse(javafx.event.EventType<MouseEvent> type, double x, double y) {
        boolean down = type != MouseEvent.MOUSE_RELEASED;
        return new MouseEvent(type, x, y, x, y, MouseButton.SECONDARY, 1, false, false, false, false,
                false, false, down, false, false, false, null);
    }

    private static ScrollEvent scroll(double x, double y, double deltaY) {
        return new ScrollEvent(ScrollEvent.SCROLL, x, y, x, y, false, false, false, false, false, false,
                0, deltaY, 0, deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
    }

    static double pct(double[] v, int p) {
        return UiBenchmark.pct(v, p);
    }
}
