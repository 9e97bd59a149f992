package org.mvtd.app.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** For the screenshot tools: steps run one after another on the FX thread, each after a pause, and X screen grabs. */
public final class ShotScript {
    private final Deque<Runnable> steps = new ArrayDeque<>();

    /** Adds a step that runs {@code r} {@code millis} after the step before it. */
    public ShotScript then(double millis, Runnable r) {
        steps.add(() -> {
            PauseTransition p = new PauseTransition(Duration.millis(millis));
            p.setOnFinished(e -> {
                r.run();
                run();
            });
            p.play();
        });
        return this;
    }

    /** Runs the next step (call once to start). */
    public void run() {
        Runnable r = steps.poll();
        if (r != null) {
            r.run();
        }
    }

    /** Grabs the whole X screen into {@code file} with ImageMagick's {@code import}. */
    public static void shot(Path file) {
        try {
            new ProcessBuilder("import", "-window", "root", file.toString()).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
