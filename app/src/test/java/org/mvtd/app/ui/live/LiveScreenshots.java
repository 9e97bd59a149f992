package org.mvtd.app.ui.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.mvtd.app.ui.MainView;
import org.mvtd.app.ui.MainViewModel;
import org.mvtd.app.ui.io.RecoveryStore;
import org.mvtd.app.ui.io.Settings;
import org.mvtd.app.ui.live.plan.PlanPreview;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.backend.link.FakeKernel;
import org.mvtd.backend.link.LinkInfo;
import org.mvtd.backend.link.LinkOp;
import org.mvtd.backend.link.LinkStats;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Guest;
import org.mvtd.model.Host;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Nic;
import org.mvtd.model.Switch;
import org.mvtd.model.reach.Pair;
import org.mvtd.model.reach.ReachEngine;

/**
 * Draws live mode for the docs: the overlay after an apply (links up, a flapped one, a lower device without
 * carrier, one deleted behind the app's back), the dry-run dialog of a change, and a rates tooltip. Run under
 * Xvfb with the test classpath: {@code LiveScreenshots OUTDIR [light|dark]}; the in-process helper stands in
 * for the machine.
 */
public final class LiveScreenshots {
    private LiveScreenshots() {
    }

    static Design design() {
        Host h = Host.of("kvm1", List.of(Device.of("eth0", "lan"), Device.of("eth1", "tor2")), List.of(
                Endpoint.macvtap("mvt0", "eth0", MacvlanMode.BRIDGE).withMac("52:54:00:00:00:01"),
                Endpoint.macvtap("mvt1", "eth0", MacvlanMode.BRIDGE).withMac("52:54:00:00:00:02"),
                Endpoint.macvtap("mvt2", "eth1", MacvlanMode.VEPA).withMac("52:54:00:00:00:03"),
                Endpoint.macvlan("shim0", "eth0", MacvlanMode.BRIDGE)));
        return new Design(Design.CURRENT_VERSION, "live demo", List.of(Switch.of("lan", false), Switch.of("tor2", true)),
                List.of(), List.of(h), List.of(Guest.of("web", "kvm1", List.of(Nic.on("mvt0"))),
                Guest.of("db", "kvm1", List.of(Nic.on("mvt1"))), Guest.of("backup", "kvm1", List.of(Nic.on("mvt2")))));
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs");
        String theme = args.length > 1 ? args[1] : "light";
        Files.createDirectories(out);
        FakeHelper helper = new FakeHelper(FakeKernel.withDevices("eth0", "eth1"));
        SwitchLauncher launcher = new SwitchLauncher(helper);
        Path cfg = Files.createTempDirectory("mvtd-shots");
        Files.writeString(cfg.resolve("settings.properties"), "theme=" + theme + "\nminimap=false\n");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        AtomicReference<MainView> viewRef = new AtomicReference<>();
        AtomicReference<MainViewModel> vmRef = new AtomicReference<>();
        AtomicReference<Stage> stageRef = new AtomicReference<>();
        onFx(() -> {
            Stage stage = new Stage();
            LiveServices services = new LiveServices(launcher, labFlip(), "kvm1", Platform::runLater,
                    LiveServices.daemon("shots-worker"), LiveServices.daemon("shots-lab"), System::nanoTime);
            MainViewModel vm = new MainViewModel(Settings.load(cfg), new RecoveryStore(cfg), new QuietDialogs(), services);
            MainView view = new MainView(vm, stage);
            stage.setScene(view.createScene());
            stage.setWidth(1360);
            stage.setHeight(820);
            view.restoreWindow();
            stage.show();
            vm.document().change("load", design());
            view.fitToView();
            viewRef.set(view);
            vmRef.set(vm);
            stageRef.set(stage);
            return null;
        });
        MainViewModel vm = vmRef.get();
        MainView view = viewRef.get();
        onFx(() -> {
            vm.live().connect();
            return null;
        });
        waitFor(() -> onFxQuiet(() -> vm.live().connected()), "connected");
        AtomicReference<PlanPreview> plan = new AtomicReference<>();
        onFx(() -> {
            vm.live().plan(plan::set);
            return null;
        });
        waitFor(() -> plan.get() != null, "the plan");
        onFx(() -> {
            vm.live().apply(plan.get());
            return null;
        });
        waitFor(() -> onFxQuiet(() -> vm.live().outcomeProperty().get() != null), "the apply");
        closeDialogs(stageRef.get());
        // traffic on mvt0, a flapping mvt1, eth1 losing carrier, shim0 deleted outside the app
        for (int i = 1; i <= 6; i++) {
            LinkInfo l = helper.kernel.link("mvt0").orElseThrow();
            long rx = (long) (i * i * 900_000L + i * 300_000L);
            helper.kernel.put(new LinkInfo(l.ifindex(), l.name(), l.kind(), l.mode(), l.lower(), l.mac(), "UP", l.flags(), l.mtu(),
                    l.group(), l.alias(), new LinkStats(rx, rx / 1000, 0, 0, rx / 3, rx / 3000, 0, 0)));
            Thread.sleep(1050);
        }
        LinkInfo mvt1 = helper.kernel.link("mvt1").orElseThrow();
        for (int i = 0; i < 2; i++) {
            helper.kernel.put(LiveViewModelTest.withFlags(mvt1, "DOWN", "BROADCAST", "MULTICAST"));
            Thread.sleep(150);
            helper.kernel.put(mvt1);
            Thread.sleep(150);
        }
        LinkInfo eth1 = helper.kernel.link("eth1").orElseThrow();
        helper.kernel.put(LiveViewModelTest.withFlags(eth1, "DOWN", "BROADCAST", "MULTICAST", "UP", "NO-CARRIER"));
        LinkInfo mvt2 = helper.kernel.link("mvt2").orElseThrow();
        helper.kernel.put(LiveViewModelTest.withFlags(mvt2, "LOWERLAYERDOWN", "BROADCAST", "MULTICAST", "UP", "NO-CARRIER"));
        helper.kernel.run(List.of(new LinkOp.Delete(helper.kernel.link("shim0").orElseThrow().ifindex(), "shim0")), false);
        waitFor(() -> onFxQuiet(() -> vm.live().board().get("shim0").vanished()), "shim0 vanished");
        Thread.sleep(400);
        onFx(() -> {
            vm.live().clearOutcome();
            view.fitToView();
            return null;
        });
        Thread.sleep(300);
        snapshot(stageRef.get().getScene(), out.resolve("live-overlay" + suffix(theme) + ".png"));

        Tooltip tip = onFx(() -> {
            Tooltip t = view.live().overlay().tooltipOf(ElementRef.endpoint("kvm1", "mvt0"));
            Node card = view.canvas().layers().skin(ElementRef.endpoint("kvm1", "mvt0")).getRoot();
            var p = card.localToScreen(card.getBoundsInLocal().getMaxX(), card.getBoundsInLocal().getMaxY());
            t.show(card, p.getX(), p.getY());
            return t;
        });
        Thread.sleep(400);
        snapshot(tip.getScene(), out.resolve("live-tooltip" + suffix(theme) + ".png"));
        onFx(() -> {
            tip.hide();
            return null;
        });

        // the lab: one fact flipped, seen from its sending node
        Pair flipped = flippedPair();
        onFx(() -> {
            vm.live().verify();
            return null;
        });
        waitFor(() -> onFxQuiet(() -> vm.live().verifyReportProperty().get() != null), "the lab");
        Thread.sleep(300);
        onFx(() -> {
            view.live().lastDialog().getDialogPane().getScene().getWindow().setX(740);
            view.live().lastDialog().getDialogPane().getScene().getWindow().setY(520);
            vm.selection().select(refOf(vm, flipped.from()));
            return null;
        });
        Thread.sleep(400);
        snapshot(stageRef.get().getScene(), out.resolve("live-verify" + suffix(theme) + ".png"));
        snapshot(onFx(() -> view.live().lastDialog().getDialogPane().getScene()), out.resolve("live-verify-list" + suffix(theme) + ".png"));
        closeDialogs(stageRef.get());
        onFx(() -> {
            vm.live().clearVerify();
            vm.selection().clear();
            return null;
        });

        // a change: mvt1 to vepa (replace), a new endpoint (create), mvt2 removed (delete), a new MAC on mvt0
        onFx(() -> {
            Design d = vm.document().design().withHost("kvm1", h -> {
                List<Endpoint> eps = new ArrayList<>(h.endpoints().stream().filter(e -> !e.name().equals("mvt2")).toList());
                eps.add(Endpoint.macvtap("mvt3", "eth0", MacvlanMode.PRIVATE));
                return h.withEndpoints(eps).withEndpoint("mvt1", e -> e.withMode(MacvlanMode.VEPA))
                        .withEndpoint("mvt0", e -> e.withMac("52:54:00:00:00:11"));
            }).withGuests(vm.document().design().guests().stream().filter(g -> !g.name().equals("backup")).toList());
            vm.document().change("change", d);
            view.live().menu().getItems().stream().filter(i -> "live-apply".equals(i.getId())).findFirst().orElseThrow().fire();
            return null;
        });
        waitFor(() -> onFxQuiet(() -> view.live().lastDialog() != null && view.live().lastDialog().isShowing()), "the dry run");
        Thread.sleep(400);
        snapshot(onFx(() -> view.live().lastDialog().getDialogPane().getScene()), out.resolve("live-apply-dialog" + suffix(theme) + ".png"));
        onFx(() -> {
            view.live().lastDialog().close();
            vm.live().disconnect();
            return null;
        });

        // the password dialog dismissed: pkexec exits 126
        Path bin = Files.createTempDirectory("mvtd-shots-bin");
        Path pkexec = LiveFixture.script(bin, "pkexec", "echo 'Error executing command as another user: Request dismissed' >&2; exit 126");
        launcher.use(new org.mvtd.app.ui.live.connect.LocalHelperLauncher(LiveFixture.script(bin, "helper", "exit 0"), false,
                List.of(pkexec.toString(), "--disable-internal-agent")));
        onFx(() -> {
            vm.live().connect();
            return null;
        });
        waitFor(() -> onFxQuiet(() -> vm.live().bannerProperty().get() != null), "the banner");
        Thread.sleep(300);
        snapshot(stageRef.get().getScene(), out.resolve("live-banner" + suffix(theme) + ".png"));
        Platform.exit();
        System.exit(0);
    }

    /** The pair whose unicast the screenshot's lab reports differently: from the guest web, to another node. */
    private static Pair flippedPair() {
        List<Pair> pairs = ReachEngine.of(design()).report().pairs();
        return pairs.stream().filter(p -> p.from().equals("web") && p.to().equals("db")).findFirst().orElse(pairs.get(0));
    }

    private static FakeVerifier labFlip() {
        Pair p = flippedPair();
        return FakeVerifier.flipping(p.from(), p.to());
    }

    private static ElementRef refOf(MainViewModel vm, String node) {
        return org.mvtd.model.edit.Elements.all(vm.document().design()).stream()
                .filter(r -> r.qualifiedName().equals(node)).findFirst().orElseThrow();
    }

    private static String suffix(String theme) {
        return theme.equals("light") ? "" : "-" + theme;
    }

    private static void closeDialogs(Stage main) throws Exception {
        onFx(() -> {
            for (var w : List.copyOf(javafx.stage.Window.getWindows())) {
                if (w != main && w instanceof Stage s) {
                    s.close();
                }
            }
            return null;
        });
    }

    private static void snapshot(Scene scene, Path file) throws Exception {
        WritableImage img = onFx(() -> scene.snapshot(null));
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", file.toFile());
        } catch (IOException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static <T> T onFx(Callable<T> c) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Exception | Error e) {
                f.completeExceptionally(e);
            }
        });
        return f.get();
    }

    private static boolean onFxQuiet(Callable<Boolean> c) {
        try {
            return onFx(c);
        } catch (Exception e) {
            return false;
        }
    }

    private static void waitFor(BooleanSupplier cond, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!cond.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }
}
