package org.mvtd.app.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AsyncTaskTest {
    @Test
    void workRunsOnTheWorkerAndItsResultOrFailureArrivesOnTheFxExecutor() throws Exception {
        ExecutorService fx = Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-fx"));
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-worker"));
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        AsyncTask tasks = new AsyncTask(fx);
        tasks.run(worker, () -> Thread.currentThread().getName(),
                ran -> seen.add("done: ran on " + ran + ", reported on " + Thread.currentThread().getName()),
                e -> seen.add("unexpected " + e));
        tasks.run(worker, () -> {
            throw new IOException("helper gone");
        }, v -> seen.add("unexpected " + v), e -> seen.add("failed: " + e.getMessage() + " on " + Thread.currentThread().getName()));
        worker.shutdown();
        assertThat(worker.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        fx.shutdown();
        assertThat(fx.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).containsExactly("done: ran on fake-worker, reported on fake-fx", "failed: helper gone on fake-fx");
    }
}
