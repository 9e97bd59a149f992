package org.mvtd.app.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.app.ui.DesignerWindow;
import org.mvtd.app.ui.MainView;
import org.mvtd.app.ui.MainViewModel;
import org.mvtd.app.ui.canvas.ElementSkin;
import org.mvtd.app.ui.io.RecoveryStore;
import org.mvtd.app.ui.io.Settings;
import org.mvtd.app.ui.live.connect.LocalHelperLauncher;
import org.mvtd.app.ui.live.view.LiveDecoration;
import org.mvtd.app.ui.live.view.LiveView;
import org.mvtd.app.ui.live.view.Sparkline;
import org.mvtd.app.ui.theme.Theme;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.backend.link.Designs;
import org.mvtd.backend.link.LinkInfo;
import org.mvtd.backend.link.LinkOp;
import org.mvtd.backend.link.LinkStats;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Live mode in the real window, headless (Monocle), against the real helper session in-process over a
 * fake kernel: every connection state and failure, the dry run, apply, the overlay, discovery, teardown
 * and the lab.
 */
@ExtendWith(ApplicationExtension.class)
class LiveUiTest {
    @TempDir
    static Path dir;
    private final FakeHelper helper = FakeHelper.withEth0();
    private final SwitchLauncher launcher = new SwitchLauncher(helper);
    private final SwitchVerifier verifier = new SwitchVerifier(FakeVerifier.agreeing());
    private MainViewModel vm;
    private MainView view;
    private FxRobot robot;

    private static final ElementRef ETH0 = ElementRef.device("kvm1", "eth0");
    private static final ElementRef MVT0 = ElementRef.endpoint("kvm1", "mvt0");
    private static final ElementRef MVT1 = ElementRef.endpoint("kvm1", "mvt1");

    @Start
    void start(Stage stage) {
        Path cfg = dir.resolve("cfg-" + System.nanoTime());
        LiveServices services = new LiveServices(launcher, verifier, "kvm1", Platform::runLater,
                LiveServices.daemon("ui-live-worker"), LiveServices.daemon("ui-live-lab"), System::nanoTime);
        vm = new MainViewModel(Settings.load(cfg), new RecoveryStore(cfg), new QuietDialogs(), services);
        view = DesignerWindow.show(vm, stage, 1280, 800);
        vm.document().change("load", Designs.small("lab"));
        view.fitToView();
    }

    @AfterEach
    void closeDialogs(FxRobot r) {
        r.interact(() -> {
            vm.live().disconnect();
            for (var w : List.copyOf(javafx.stage.Window.getWindows())) {
                if (w instanceof Stage s && s.getOwner() != null) {
                    s.close();
                }
            }
        });
    }

    private LiveView live() {
        return view.live();
    }

    private static <T> T fx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError(e);
        }
    }

    /** A bounded poll on the FX thread: the helper answers on its own threads. */
    private static void await(Callable<Boolean> condition, String what) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!fx(condition)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after 10 s waiting for: " + what);
            }
            WaitForAsyncUtils.sleep(10, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
    }

    private boolean has(ElementRef r, String pseudoClass) {
        ElementSkin s = view.canvas().layers().skin(r);
        return s != null && s.getRoot().getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    private LiveDecoration pill(ElementRef r) {
        return live().overlay().decorationOf(r);
    }

    private void connect(FxRobot r) {
        this.robot = r;
        r.clickOn("#live-connect-button");
        await(() -> vm.live().connected(), "connected");
        await(() -> has(ETH0, "live-up"), "eth0 shown up");
    }

    private void pressInDialog(String text) {
        Dialog<ButtonType> d = fx(() -> live().lastDialog());
        assertThat(d).as("a dialog is open").isNotNull();
        ButtonType t = d.getDialogPane().getButtonTypes().stream().filter(b -> b.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text + " in " + d.getTitle()));
        robot.clickOn(d.getDialogPane().lookupButton(t));
    }

    private List<String> dialogTexts() {
        return fx(() -> live().lastDialog().getDialogPane().lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).filter(t -> t != null && !t.isEmpty()).toList());
    }

    private void applyThroughTheDialog() {
        robot.clickOn("#live-apply-button");
        await(() -> live().lastDialog() != null && live().lastDialog().isShowing()
                && live().lastDialog().getDialogPane().getStyleClass().contains("mvtd-plan-dialog"), "the dry run");
        pressInDialog("Apply");
        await(() -> vm.live().outcomeProperty().get() != null, "the outcome");
    }

    @Test
    void offlineUntilConnectedAndTheIndicatorSaysSo(FxRobot r) {
        Label ind = live().indicator();
        assertThat(fx(ind::getText)).isEqualTo("Offline");
        assertThat(fx(() -> ind.getPseudoClassStates().contains(PseudoClass.getPseudoClass("offline")))).isTrue();
        assertThat(fx(() -> live().banner().isVisible())).isFalse();
        assertThat(fx(() -> pill(MVT0).isVisible())).as("no overlay offline").isFalse();
        connect(r);
        assertThat(fx(ind::getText)).isEqualTo("Connected as root to kvm1");
        assertThat(fx(() -> ind.getPseudoClassStates().contains(PseudoClass.getPseudoClass("connected")))).isTrue();
        assertThat(fx(() -> pill(ETH0).word())).isEqualTo("up");
        await(() -> has(MVT0, "live-missing"), "mvt0 missing before the apply");
        assertThat(fx(() -> pill(MVT0).word())).isEqualTo("missing");
    }

    @Test
    void applyShowsTheDryRunThenTheResultAndTheOverlayFollows(FxRobot r) {
        connect(r);
        robot.clickOn("#live-apply-button");
        await(() -> live().lastDialog() != null && live().lastDialog().isShowing(), "the dry run");
        List<String> texts = dialogTexts();
        assertThat(texts).contains("Dry run for kvm1: 4 steps, nothing changed yet", "3 create \u00b7 1 /dev node");
        assertThat(texts).contains("Create (3)");
        assertThat(texts).anyMatch(t -> t.startsWith("mvt0  \u2014  "));
        assertThat(helper.kernel.changes()).as("the dry run changes nothing").isZero();
        pressInDialog("Apply");
        await(() -> vm.live().outcomeProperty().get() != null, "the outcome");
        await(() -> live().lastDialog().getDialogPane().getStyleClass().contains("mvtd-outcome"), "the result dialog");
        assertThat(dialogTexts()).anyMatch(t -> t.startsWith("Applied "));
        await(() -> has(MVT0, "live-up") && has(ElementRef.endpoint("kvm1", "mvl0"), "live-admin-down"), "the new links' states");
        assertThat(fx(() -> pill(MVT0).word())).isEqualTo("up");
    }

    @Test
    void aFailedApplyShowsTheStepTheReasonAndTheRollback(FxRobot r) {
        connect(r);
        helper.kernel.refuse(op -> op instanceof LinkOp.Add a && a.name().equals("mvt1"));
        applyThroughTheDialog();
        await(() -> live().lastDialog().getDialogPane().getStyleClass().contains("mvtd-outcome"), "the result dialog");
        List<String> texts = dialogTexts();
        assertThat(texts).anyMatch(t -> t.startsWith("The apply failed at step \u201ccreate mvt1"));
        assertThat(texts).anyMatch(t -> t.startsWith("Failed step: create mvt1"));
        assertThat(texts).contains("Reason: RTNETLINK answers: Operation not permitted");
        assertThat(texts).contains("Rollback: Everything this apply did was undone.");
        assertThat(helper.kernel.link("mvt0")).isEmpty();
    }

    @Test
    void aKernelStateChangeReachesTheSkinAndFlapsShow(FxRobot r) {
        connect(r);
        LinkInfo eth0 = helper.kernel.link("eth0").orElseThrow();
        helper.kernel.put(LiveViewModelTest.withFlags(eth0, "DOWN", "BROADCAST", "MULTICAST"));
        await(() -> has(ETH0, "live-admin-down"), "eth0 shown down");
        assertThat(fx(() -> pill(ETH0).word())).isEqualTo("down");
        helper.kernel.put(eth0);
        await(() -> has(ETH0, "live-up"), "eth0 shown up again");
        assertThat(fx(() -> pill(ETH0).flapsText())).isEqualTo("2");
        assertThat(has(ETH0, "flapping")).as("the card flashes").isTrue();
        await(() -> !has(ETH0, "flapping"), "the flash to end");
        assertThat(fx(() -> pill(ETH0).flapsText())).as("the count stays").isEqualTo("2");
    }

    @Test
    void aLinkDeletedOutsideTheAppIsShownVanished(FxRobot r) {
        connect(r);
        applyThroughTheDialog();
        await(() -> has(MVT1, "live-up"), "mvt1 up");
        helper.kernel.run(List.of(new LinkOp.Delete(helper.kernel.link("mvt1").orElseThrow().ifindex(), "mvt1")), false);
        await(() -> has(MVT1, "vanished"), "mvt1 vanished");
        assertThat(has(MVT1, "live-missing")).isTrue();
        assertThat(fx(() -> pill(MVT1).word())).isEqualTo("vanished");
        assertThat(fx(() -> live().overlay().tipSummaryOf(MVT1))).contains("deleted outside macvtap-designer");
    }

    @Test
    void theTooltipDrawsTheRatesAsASparkline(FxRobot r) {
        connect(r);
        applyThroughTheDialog();
        await(() -> has(MVT0, "live-up"), "mvt0 up");
        LinkInfo l = helper.kernel.link("mvt0").orElseThrow();
        long[] bytes = {1_000_000, 3_000_000, 6_000_000};
        for (long b : bytes) {
            helper.kernel.put(new LinkInfo(l.ifindex(), l.name(), l.kind(), l.mode(), l.lower(), l.mac(), "UP",
                    List.of("BROADCAST", "MULTICAST", "UP", "LOWER_UP"), l.mtu(), l.group(), l.alias(),
                    new LinkStats(b, b / 1000, 0, 0, b / 2, b / 2000, 0, 0)));
            long before = fx(() -> vm.live().board().get("mvt0").changedAt());
            await(() -> vm.live().board().get("mvt0").changedAt() != before, "a counter reading");
        }
        Sparkline s = fx(() -> live().overlay().sparklineOf(MVT0));
        assertThat(s.points()).isGreaterThanOrEqualTo(1);
        assertThat(s.peak()).isGreaterThan(1000);
        assertThat(fx(() -> live().overlay().tipSummaryOf(MVT0))).startsWith("endpoint kvm1/mvt0: up, carrier");
    }

    @Test
    void fileImportLiveHostConnectsFirstWhenOfflineThenImports(FxRobot r) {
        assertThat(fx(() -> vm.live().connected())).isFalse();
        helper.kernel.putForeign("ext0", "macvtap", "eth0", "bridge");
        r.interact(() -> DesignerWindow.choose(view.canvas().getScene(), "file-import-live"));
        await(() -> vm.document().design().name().equals("live kvm1"), "the imported design");
        assertThat(fx(() -> vm.document().design().host("kvm1").orElseThrow().endpoint("ext0"))).isPresent();
    }

    @Test
    void discoveryOpensTheHostAsANewDesignWithForeignLinksReadOnly(FxRobot r) {
        connect(r);
        helper.kernel.putForeign("ext0", "macvtap", "eth0", "bridge");
        r.interact(() -> vm.live().discover());
        await(() -> vm.document().design().name().equals("live kvm1"), "the imported design");
        ElementRef ext0 = ElementRef.endpoint("kvm1", "ext0");
        await(() -> has(ext0, "foreign"), "ext0 marked foreign");
        r.interact(() -> vm.selection().select(ext0));
        await(() -> view.inspector().lookup("#inspector-read-only") != null, "the read-only note");
        Node note = fx(() -> view.inspector().lookup("#inspector-read-only"));
        assertThat(((Label) note).getText()).startsWith("Not made by macvtap-designer");
        assertThat(fx(() -> view.inspector().lookupAll(".text-field").stream().allMatch(Node::isDisabled))).isTrue();
    }

    @Test
    void anOpenLiveDialogFollowsAThemeSwitchAndKeepsItsOwnSheet(FxRobot r) {
        connect(r);
        robot.clickOn("#live-apply-button");
        await(() -> live().lastDialog() != null && live().lastDialog().isShowing(), "the dry run");
        Dialog<ButtonType> d = fx(() -> live().lastDialog());
        SVGPath create = fx(() -> (SVGPath) d.getDialogPane().lookup(".create .mvtd-step-glyph"));
        assertThat(create).as("a create step's glyph").isNotNull();
        // -mvtd-step-create is the theme's -mvtd-reach-ok: #007a55 in light.css, #2fbf8f in dark.css.
        assertThat(fx(create::getFill)).isEqualTo(Color.web("#007a55"));

        r.interact(() -> DesignerWindow.choose(view.canvas().getScene(), "mvtd-theme-dark"));
        await(() -> Color.web("#2fbf8f").equals(create.getFill()), "the dry run redrawn in dark");
        List<String> sheets = fx(() -> List.copyOf(d.getDialogPane().getStylesheets()));
        assertThat(sheets).contains(Theme.DARK.tokenSheet()).doesNotContain(Theme.LIGHT.tokenSheet())
                .anyMatch(s -> s.endsWith("/live.css"));
        assertThat(fx(d::isShowing)).isTrue();
        pressInDialog("Cancel");
        assertThat(helper.kernel.changes()).as("cancelled: nothing applied").isZero();
    }

    @Test
    void teardownConfirmsExactlyWhatGoes(FxRobot r) {
        connect(r);
        applyThroughTheDialog();
        r.interact(() -> vm.live().clearOutcome());
        r.interact(() -> live().menu().getItems().stream().filter(i -> "live-teardown".equals(i.getId())).findFirst()
                .orElseThrow().fire());
        await(() -> live().lastDialog() != null && live().lastDialog().getTitle().startsWith("Tear down"), "the confirmation");
        @SuppressWarnings("unchecked")
        ListView<String> list = (ListView<String>) fx(() -> live().lastDialog().getDialogPane().lookup(".list-view"));
        assertThat(fx(() -> List.copyOf(list.getItems()))).containsExactly("mvt0  (macvtap, with its guest /dev node)",
                "mvt1  (macvtap, with its guest /dev node)", "mvl0");
        pressInDialog("Delete");
        await(() -> vm.live().outcomeProperty().get() != null, "the outcome");
        assertThat(vm.live().outcomeProperty().get().headline()).isEqualTo("Deleted 3 links.");
        await(() -> has(MVT0, "live-missing") && !has(MVT0, "vanished"), "mvt0 gone, not vanished");
        assertThat(helper.kernel.link("mvt0")).isEmpty();
    }

    @Test
    void aRefusedPasswordDialogGivesABannerAndTheDesignerKeepsWorking(FxRobot r) throws Exception {
        Path bin = java.nio.file.Files.createDirectory(dir.resolve("bin-" + System.nanoTime()));
        Path pkexec = LiveFixture.script(bin, "pkexec", "echo 'Error executing command as another user: Request dismissed' >&2; exit 126");
        Path helperScript = LiveFixture.script(bin, "helper", "exit 0");
        launcher.use(new LocalHelperLauncher(helperScript, false, List.of(pkexec.toString())));
        r.clickOn("#live-connect-button");
        await(() -> live().banner().isVisible(), "the banner");
        assertThat(fx(() -> live().banner().headlineText())).isEqualTo("The administrator password dialog was dismissed.");
        assertThat(fx(() -> live().indicator().getPseudoClassStates().contains(PseudoClass.getPseudoClass("failed")))).isTrue();
        assertThat(fx(() -> live().banner().lookup("#banner-retry"))).isNotNull();
        r.interact(() -> vm.document().change("rename", vm.document().design().withName("edited offline")));
        assertThat(fx(() -> vm.document().titleProperty().get())).as("editing still works offline").contains("edited offline");
        launcher.use(helper);
        r.clickOn("#banner-retry");
        await(() -> vm.live().connected(), "connected on the second try");
        assertThat(fx(() -> live().banner().isVisible())).isFalse();
    }

    @Test
    void aMissingHelperSaysInstallThePackage(FxRobot r) {
        launcher.use(LocalHelperLauncher.system(dir.resolve("not-installed"), false));
        r.clickOn("#live-connect-button");
        await(() -> live().banner().isVisible(), "the banner");
        assertThat(fx(() -> live().banner().headlineText())).isEqualTo("The privileged helper is not installed.");
        assertThat(fx(() -> live().banner().adviceText())).contains("Install the macvtap-designer package");
        assertThat(fx(() -> live().banner().lookup("#banner-retry"))).as("retrying cannot help").isNull();
        assertThat(fx(() -> live().indicator().getText())).startsWith("Failed: ");
    }

    @Test
    void aHelperCrashMidSessionGivesABannerAndClearsTheOverlay(FxRobot r) {
        connect(r);
        helper.crash();
        await(() -> live().banner().isVisible(), "the banner");
        assertThat(fx(() -> live().banner().headlineText())).isEqualTo("The helper stopped unexpectedly; live mode is offline.");
        await(() -> !fx(() -> pill(ETH0).isVisible()), "the overlay to go");
        assertThat(fx(() -> live().indicator().getText())).startsWith("Failed: ");
    }

    @Test
    void verifyHighlightsDisagreementsFromTheSelectedNode(FxRobot r) {
        verifier.use(FakeVerifier.flipping("kvm1/mvt0", "kvm1/mvt1"));
        r.clickOn("#live-verify-button");
        await(() -> vm.live().verifyReportProperty().get() != null, "the lab report");
        await(() -> live().lastDialog() != null && live().lastDialog().getTitle().equals("Lab results"), "the summary");
        @SuppressWarnings("unchecked")
        ListView<Object> list = (ListView<Object>) fx(() -> live().lastDialog().getDialogPane().lookup(".list-view"));
        assertThat(fx(() -> list.getItems().size())).isEqualTo(1);
        r.interact(() -> vm.selection().select(MVT0));
        await(() -> has(MVT1, "lab-disagree"), "mvt1 highlighted from mvt0");
        assertThat(fx(() -> pill(MVT1).showsLab())).isTrue();
        ElementRef other = ElementRef.endpoint("kvm1", "mvl0");
        assertThat(has(other, "lab-disagree")).isFalse();
        r.interact(() -> vm.selection().select(ElementRef.guest("vm1")));
        await(() -> !has(MVT1, "lab-disagree"), "no highlight from a node that agrees");
    }

    @Test
    void verifyWithoutRootExplainsInTheBanner(FxRobot r) {
        verifier.use(FakeVerifier.unprivileged());
        r.clickOn("#live-verify-button");
        await(() -> live().banner().isVisible(), "the banner");
        assertThat(fx(() -> live().banner().headlineText())).startsWith("Verify needs root");
        assertThat(fx(() -> live().banner().adviceText())).contains("never touched");
    }
}
