package org.mvtd.app.ui.live;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Live mode's one way to do slow work: {@code work} runs on a background executor, and its result, or the
 * exception that stopped it, is handed to the FX thread. Nothing that uses it ever blocks the FX thread or
 * touches a property from a worker.
 */
public final class AsyncTask {
    /** Background work that returns a value or fails. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    private final Executor fx;

    public AsyncTask(Executor fx) {
        this.fx = Objects.requireNonNull(fx, "fx");
    }

    /** Runs {@code work} on {@code on}; then {@code done} or {@code failed} on the FX thread. */
    public <T> void run(Executor on, Work<T> work, Consumer<? super T> done, Consumer<? super Exception> failed) {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(done, "done");
        Objects.requireNonNull(failed, "failed");
        on.execute(() -> {
            T result;
            try {
                result = work.run();
            } catch (Exception e) {
                fx.execute(() -> failed.accept(e));
                return;
            }
            fx.execute(() -> done.accept(result));
        });
    }

    /** Runs {@code r} on the FX thread (for callbacks that arrive on other threads). */
    public void fx(Runnable r) {
        fx.execute(Objects.requireNonNull(r, "r"));
    }
}
