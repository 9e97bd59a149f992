package org.mvtd.app.ui.live;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

/**
 * Stands in for the FX thread in view-model tests without a stage: results posted by the worker queue up
 * here and run on the test's thread when it pumps, so the view model's state is touched by one thread.
 */
final class FxPump implements Executor {
    private final ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>();

    @Override
    public void execute(Runnable r) {
        queue.add(r);
    }

    /** Runs everything queued so far. */
    void drain() {
        Runnable r;
        while ((r = queue.poll()) != null) {
            r.run();
        }
    }

    /**
     * Pumps (and pulses {@code vm}) until {@code condition} holds; fails naming {@code what} after 10 s.
     * A bounded poll: the helper answers on its own threads, there is nothing to wait on directly.
     */
    void await(LiveViewModel vm, BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            drain();
            if (vm != null) {
                vm.pulse();
            }
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after 10 s waiting for: " + what);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for: " + what, e);
            }
        }
    }
}
