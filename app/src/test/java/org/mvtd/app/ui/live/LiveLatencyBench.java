package org.mvtd.app.ui.live;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.stage.Stage;
import org.mvtd.app.ui.MainView;
import org.mvtd.app.ui.MainViewModel;
import org.mvtd.app.ui.io.RecoveryStore;
import org.mvtd.app.ui.io.Settings;
import org.mvtd.app.ui.live.plan.PlanPreview;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.backend.link.FakeKernel;
import org.mvtd.backend.link.LinkInfo;

/**
 * Measures, in the real window, how long a kernel event takes to show on its card: from the fake kernel's
 * change (the helper session's feed, the protocol, the client, the board's inbox, the next pulse) to the
 * card's pseudo-class. Then a flap storm: how many pulses it took and the longest gap between frames.
 * Prints its numbers; performance targets are checked here, never in timed unit tests.
 * Run with the test classpath, under Xvfb or with Monocle's headless properties.
 */
public final class LiveLatencyBench {
    private LiveLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        int toggles = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        FakeHelper helper = new FakeHelper(FakeKernel.withDevices("eth0", "eth1"));
        Path cfg = Files.createTempDirectory("mvtd-bench");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        AtomicReference<MainView> viewRef = new AtomicReference<>();
        AtomicReference<MainViewModel> vmRef = new AtomicReference<>();
        CompletableFuture<Void> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            Stage stage = new Stage();
            LiveServices services = new LiveServices(helper, FakeVerifier.agreeing(), "kvm1", Platform::runLater,
                    LiveServices.daemon("bench-worker"), LiveServices.daemon("bench-lab"), System::nanoTime);
            MainViewModel vm = new MainViewModel(Settings.load(cfg), new RecoveryStore(cfg), new QuietDialogs(), services);
            MainView view = new MainView(vm, stage);
            stage.setScene(view.createScene());
            stage.setWidth(1200);
            stage.setHeight(780);
            stage.show();
            vm.document().change("load", LiveScreenshots.design());
            vm.live().connect();
            viewRef.set(view);
            vmRef.set(vm);
            shown.complete(null);
        });
        shown.get();
        MainViewModel vm = vmRef.get();
        waitFx(() -> vm.live().connected(), "connected");
        AtomicReference<PlanPreview> plan = new AtomicReference<>();
        Platform.runLater(() -> vm.live().plan(plan::set));
        waitFx(() -> plan.get() != null, "plan");
        Platform.runLater(() -> vm.live().apply(plan.get()));
        waitFx(() -> vm.live().outcomeProperty().get() != null, "apply");

        ElementRef ref = ElementRef.device("kvm1", "eth0");
        var root = onFx(() -> viewRef.get().canvas().layers().skin(ref).getRoot());
        PseudoClass down = PseudoClass.getPseudoClass("live-admin-down");
        PseudoClass up = PseudoClass.getPseudoClass("live-up");
        LinkInfo eth0 = helper.kernel.link("eth0").orElseThrow();
        LinkInfo eth0Down = LiveViewModelTest.withFlags(eth0, "DOWN", "BROADCAST", "MULTICAST");
        AtomicReference<CountDownLatch> latch = new AtomicReference<>();
        AtomicReference<PseudoClass> want = new AtomicReference<>();
        AtomicLong seenAt = new AtomicLong();
        Platform.runLater(() -> root.getPseudoClassStates().addListener((SetChangeListener<PseudoClass>) c -> {
            if (c.wasAdded() && c.getElementAdded().equals(want.get()) && latch.get() != null) {
                seenAt.set(System.nanoTime());
                latch.get().countDown();
            }
        }));
        int warmup = 40; // the first toggles pay for class loading and JIT: measured, not counted
        long[] all = new long[toggles + warmup];
        for (int i = 0; i < all.length; i++) {
            boolean goDown = i % 2 == 0;
            want.set(goDown ? down : up);
            latch.set(new CountDownLatch(1));
            long t0 = System.nanoTime();
            helper.kernel.put(goDown ? eth0Down : eth0);
            if (!latch.get().await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("toggle " + i + " never reached the card");
            }
            all[i] = (seenAt.get() - t0) / 1000;
            Thread.sleep(5);
        }
        long[] micros = Arrays.copyOfRange(all, warmup, all.length);
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        System.out.printf("warm-up: first toggle %.1f ms%n", all[0] / 1000.0);
        System.out.printf("kernel event -> card pseudo-class, %d toggles: median %.1f ms, p95 %.1f ms, max %.1f ms (target 100 ms)%n",
                toggles, sorted[toggles / 2] / 1000.0, sorted[(int) (toggles * 0.95)] / 1000.0, sorted[toggles - 1] / 1000.0);

        // a flap storm on four links: how many pulses apply it and whether the frames keep coming
        List<Long> gaps = new ArrayList<>();
        AtomicLong last = new AtomicLong();
        AnimationTimer frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long before = last.getAndSet(now);
                if (before != 0) {
                    synchronized (gaps) {
                        gaps.add(now - before);
                    }
                }
            }
        };
        Platform.runLater(frames::start);
        Thread.sleep(200);
        long batchesBefore = onFx(() -> vm.live().board().batches());
        int events = 20_000;
        List<String> names = List.of("mvt0", "mvt1", "mvt2", "eth1");
        List<LinkInfo> ups = names.stream().map(n -> helper.kernel.link(n).orElseThrow()).toList();
        long t0 = System.nanoTime();
        for (int i = 0; i < events; i++) {
            LinkInfo l = ups.get(i % ups.size());
            helper.kernel.put((i / ups.size()) % 2 == 0 ? LiveViewModelTest.withFlags(l, "LOWERLAYERDOWN", "BROADCAST", "UP", "NO-CARRIER") : l);
        }
        long stormMillis = (System.nanoTime() - t0) / 1_000_000;
        Thread.sleep(1000);
        Platform.runLater(frames::stop);
        long batches = onFx(() -> vm.live().board().batches()) - batchesBefore;
        long maxGap;
        synchronized (gaps) {
            maxGap = gaps.stream().mapToLong(Long::longValue).max().orElse(0) / 1_000_000;
        }
        int flaps = onFx(() -> names.stream().mapToInt(n -> vm.live().board().get(n).flaps()).sum());
        System.out.printf("flap storm: %d kernel changes in %d ms -> %d board batches (one per pulse), %d flaps counted, "
                + "longest gap between frames %d ms%n", events, stormMillis, batches, flaps, maxGap);
        Platform.runLater(() -> vm.live().disconnect());
        Thread.sleep(200);
        Platform.exit();
        System.exit(0);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> c) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        return f.get();
    }

    private static void waitFx(java.util.function.BooleanSupplier cond, String what) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!onFx(cond::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting for " + what);
            }
            Thread.sleep(10);
        }
    }
}
