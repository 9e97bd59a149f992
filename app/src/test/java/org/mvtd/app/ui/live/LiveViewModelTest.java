package org.mvtd.app.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.app.ui.live.board.LiveMark;
import org.mvtd.app.ui.live.connect.ConnectFailure;
import org.mvtd.app.ui.live.connect.ConnectionState;
import org.mvtd.app.ui.live.connect.LocalHelperLauncher;
import org.mvtd.app.ui.live.plan.PlanPreview;
import org.mvtd.app.ui.live.plan.TeardownPreview;
import org.mvtd.app.ui.live.verify.LabMark;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.backend.link.Designs;
import org.mvtd.backend.link.LinkInfo;
import org.mvtd.backend.link.LinkOp;
import org.mvtd.backend.link.LinkStats;
import org.mvtd.backend.link.StepKind;
import org.mvtd.backend.lab.Disagreement;

/** Live mode's view model without a stage, against the real helper session in-process over a fake kernel. */
class LiveViewModelTest {
    @TempDir
    Path dir;
    private LiveFixture f;
    private final FakeHelper helper = FakeHelper.withEth0();

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    private LiveFixture connected() {
        f = new LiveFixture(dir, helper, FakeVerifier.agreeing());
        f.doc.change("load", Designs.small("lab"));
        f.vm.connect();
        f.fx.await(f.vm, () -> f.vm.state() == ConnectionState.CONNECTED, "connected");
        f.fx.await(f.vm, () -> f.vm.board().get("eth0") != null && f.vm.board().get("eth0").mark() == LiveMark.UP, "eth0 up");
        return f;
    }

    private PlanPreview plan() {
        AtomicReference<PlanPreview> p = new AtomicReference<>();
        f.vm.plan(p::set);
        f.fx.await(f.vm, () -> p.get() != null, "the plan");
        return p.get();
    }

    private void applyAll() {
        f.vm.apply(plan());
        f.fx.await(f.vm, () -> f.vm.outcomeProperty().get() != null, "the apply's outcome");
        assertThat(f.vm.outcomeProperty().get().ok()).as(f.vm.outcomeProperty().get().toString()).isTrue();
    }

    @Test
    void connectsAndSaysToWhom() {
        connected();
        assertThat(f.vm.statusTextProperty().get()).isEqualTo("Connected as root to kvm1");
        assertThat(f.vm.bannerProperty().get()).isNull();
        assertThat(f.vm.targetHost()).isEqualTo("kvm1");
        assertThat(f.vm.watched()).containsExactlyInAnyOrder("eth0", "mvt0", "mvt1", "mvl0");
        // each link's first state arrives on its own: eth0's may come before mvt0's
        f.fx.await(f.vm, () -> f.vm.board().get("mvt0") != null && f.vm.board().get("mvt0").mark() == LiveMark.MISSING,
                "mvt0 shown missing: not created yet");
        assertThat(f.vm.board().get("mvt0").vanished()).isFalse();
    }

    @Test
    void planIsADryRunGroupedAndApplyMakesTheLinks() {
        connected();
        PlanPreview p = plan();
        assertThat(p.count(StepKind.CREATE)).isEqualTo(3);
        assertThat(p.counts()).contains("3 create");
        assertThat(p.groups()).extracting(PlanPreview.Group::kind).startsWith(StepKind.CREATE);
        assertThat(helper.kernel.changes()).as("a plan changes nothing").isZero();
        f.vm.apply(p);
        assertThat(f.vm.progressProperty().get()).as("progress while applying").isNotNull();
        f.fx.await(f.vm, () -> f.vm.outcomeProperty().get() != null, "the outcome");
        assertThat(f.vm.outcomeProperty().get().ok()).isTrue();
        assertThat(f.vm.outcomeProperty().get().headline()).startsWith("Applied ");
        assertThat(f.vm.outcomeProperty().get().lines()).anyMatch(l -> l.startsWith("guest node for mvt0: /dev/macvtap-designer/"));
        assertThat(f.vm.progressProperty().get()).isNull();
        f.fx.await(f.vm, () -> f.vm.board().get("mvt0").mark() == LiveMark.UP, "mvt0 up");
        f.fx.await(f.vm, () -> f.vm.board().get("mvl0").mark() == LiveMark.DOWN, "mvl0 down, as designed");
        assertThat(helper.kernel.link("mvt1")).isPresent();
    }

    @Test
    void aFailedApplyNamesTheStepTheReasonAndTheRollback() {
        connected();
        helper.kernel.refuse(op -> op instanceof LinkOp.Add a && a.name().equals("mvt1"));
        f.vm.apply(plan());
        f.fx.await(f.vm, () -> f.vm.outcomeProperty().get() != null, "the outcome");
        var o = f.vm.outcomeProperty().get();
        assertThat(o.ok()).isFalse();
        assertThat(o.failedStep()).isNotNull();
        assertThat(o.failedStep().name()).isEqualTo("mvt1");
        assertThat(o.headline()).contains("failed at step").contains("mvt1").contains("rolled back");
        assertThat(o.reason()).contains("Operation not permitted").doesNotContain("undone");
        assertThat(o.rollback()).isEqualTo("Everything this apply did was undone.");
        assertThat(helper.kernel.link("mvt0")).as("rolled back").isEmpty();
        assertThat(f.vm.connected()).as("still connected after a refusal").isTrue();
    }

    @Test
    void theMachineChangingAfterThePlanStopsTheApply() {
        connected();
        PlanPreview p = plan();
        helper.kernel.putForeign("other0", "macvlan", "eth0", "vepa");
        helper.kernel.put(new LinkInfo(99, "mvt0", "macvtap", "bridge", "eth0", "52:54:00:00:00:07", "DOWN",
                List.of("BROADCAST"), 1500, 0, null, LinkStats.ZERO));
        f.vm.apply(p);
        f.fx.await(f.vm, () -> f.vm.outcomeProperty().get() != null, "the outcome");
        assertThat(f.vm.outcomeProperty().get().ok()).isFalse();
        assertThat(f.vm.outcomeProperty().get().headline()).containsAnyOf("changed since the plan", "not made by it");
    }

    @Test
    void flapsAreCountedAndFlash() {
        connected();
        LinkInfo eth0 = helper.kernel.link("eth0").orElseThrow();
        helper.kernel.put(withFlags(eth0, "LOWERLAYERDOWN", "BROADCAST", "UP", "NO-CARRIER"));
        f.fx.await(f.vm, () -> f.vm.board().get("eth0").mark() == LiveMark.NO_CARRIER, "eth0 without carrier");
        helper.kernel.put(eth0);
        f.fx.await(f.vm, () -> f.vm.board().get("eth0").mark() == LiveMark.UP, "eth0 back up");
        assertThat(f.vm.board().get("eth0").flaps()).isEqualTo(2);
        assertThat(f.vm.board().get("eth0").flashing(System.nanoTime(), 10_000_000_000L)).isTrue();
    }

    static LinkInfo withFlags(LinkInfo l, String operstate, String... flags) {
        return new LinkInfo(l.ifindex(), l.name(), l.kind(), l.mode(), l.lower(), l.mac(), operstate, List.of(flags), l.mtu(),
                l.group(), l.alias(), l.stats());
    }

    @Test
    void aLinkDeletedOutsideTheAppIsShownVanished() {
        connected();
        applyAll();
        f.fx.await(f.vm, () -> f.vm.board().get("mvt1").mark() == LiveMark.UP, "mvt1 up");
        helper.kernel.run(List.of(new LinkOp.Delete(helper.kernel.link("mvt1").orElseThrow().ifindex(), "mvt1")), false);
        f.fx.await(f.vm, () -> f.vm.board().get("mvt1").vanished(), "mvt1 vanished");
        assertThat(f.vm.board().get("mvt1").mark()).isEqualTo(LiveMark.MISSING);
        assertThat(f.vm.board().get("mvt1").summary()).contains("deleted outside");
    }

    @Test
    void teardownListsExactlyOurLinksAndTheirDeletionIsNotVanishing() {
        connected();
        applyAll();
        helper.kernel.putForeign("ext0", "macvtap", "eth0", "bridge");
        AtomicReference<TeardownPreview> t = new AtomicReference<>();
        f.vm.prepareTeardown(t::set);
        f.fx.await(f.vm, () -> t.get() != null, "the teardown preview");
        assertThat(t.get().links()).containsExactlyInAnyOrder("mvt0", "mvt1", "mvl0");
        assertThat(t.get().macvtaps()).containsExactlyInAnyOrder("mvt0", "mvt1");
        f.vm.clearOutcome();
        f.vm.teardown(t.get());
        f.fx.await(f.vm, () -> f.vm.outcomeProperty().get() != null, "the teardown's outcome");
        assertThat(f.vm.outcomeProperty().get().headline()).isEqualTo("Deleted 3 links.");
        f.fx.await(f.vm, () -> f.vm.board().get("mvt0").mark() == LiveMark.MISSING, "mvt0 gone");
        assertThat(f.vm.board().get("mvt0").vanished()).isFalse();
        assertThat(helper.kernel.link("ext0")).as("a foreign link is never touched").isPresent();
    }

    @Test
    void discoveryImportsTheHostAsANewDesignWithForeignLinksMarked() {
        connected();
        applyAll();
        helper.kernel.putForeign("ext0", "macvtap", "eth0", "bridge");
        f.vm.discover();
        f.fx.await(f.vm, () -> f.doc.design().name().equals("live kvm1"), "the imported design");
        var host = f.doc.design().host("kvm1").orElseThrow();
        assertThat(host.endpoints()).extracting(e -> e.name()).containsExactlyInAnyOrder("mvt0", "mvt1", "mvl0", "ext0");
        assertThat(host.devices()).extracting(d -> d.name()).containsExactly("eth0");
        assertThat(f.vm.foreign()).contains(ElementRef.endpoint("kvm1", "ext0"), ElementRef.device("kvm1", "eth0"))
                .doesNotContain(ElementRef.endpoint("kvm1", "mvt0"));
        assertThat(f.doc.isDirty()).as("a new, unsaved document").isTrue();
    }

    @Test
    void discoveryKeepsTheDocumentWhenTheUserCancels() {
        connected();
        f.loseWork = false;
        f.vm.discover();
        f.fx.await(f.vm, () -> f.vm.activityProperty().get().equals("Import cancelled."), "the cancel");
        assertThat(f.doc.design().name()).isEqualTo("lab");
    }

    @Test
    void aHelperCrashGivesABannerAndTheAppStaysOffline() {
        connected();
        helper.crash();
        f.fx.await(f.vm, () -> f.vm.state() == ConnectionState.FAILED, "the failure");
        assertThat(f.vm.bannerProperty().get().headline()).contains("stopped unexpectedly");
        assertThat(f.vm.bannerProperty().get().actions()).contains(Banner.Action.RETRY, Banner.Action.DETAILS);
        assertThat(f.vm.board().links()).as("no stale overlay").isEmpty();
        f.vm.retry();
        f.fx.await(f.vm, () -> f.vm.state() == ConnectionState.CONNECTED, "reconnected");
        assertThat(f.vm.bannerProperty().get()).isNull();
    }

    @Test
    void aHelperDyingDuringAnApplyIsReportedAndNothingIsClaimed() throws Exception {
        connected();
        PlanPreview p = plan();
        CountDownLatch inApply = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        helper.kernel.refuse(op -> {
            inApply.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return false;
        });
        f.vm.apply(p);
        assertThat(inApply.await(10, TimeUnit.SECONDS)).as("the apply reached the kernel").isTrue();
        helper.cutOutput();
        f.fx.await(f.vm, () -> f.vm.outcomeProperty().get() != null && f.vm.state() == ConnectionState.FAILED, "the failure");
        release.countDown();
        assertThat(f.vm.bannerProperty().get().headline()).contains("stopped unexpectedly");
        assertThat(f.vm.outcomeProperty().get().ok()).isFalse();
        assertThat(f.vm.outcomeProperty().get().headline()).isEqualTo("The helper could not be reached; nothing is known to have changed.");
        assertThat(f.vm.progressProperty().get()).isNull();
        assertThat(f.vm.busyProperty().get()).isFalse();
    }

    @Test
    void aMissingHelperSaysInstallThePackage() {
        f = new LiveFixture(dir, LocalHelperLauncher.system(dir.resolve("not-installed"), false), FakeVerifier.agreeing());
        f.vm.connect();
        f.fx.await(f.vm, () -> f.vm.state() == ConnectionState.FAILED, "the failure");
        Banner b = f.vm.bannerProperty().get();
        assertThat(b.headline()).isEqualTo("The privileged helper is not installed.");
        assertThat(b.advice()).contains("Install the macvtap-designer package");
        assertThat(b.actions()).doesNotContain(Banner.Action.RETRY);
        assertThat(f.vm.statusTextProperty().get()).startsWith("Failed: ");
    }

    @Test
    void aDismissedPasswordDialogSaysTryAgain() throws Exception {
        Path pkexec = LiveFixture.script(dir, "pkexec", "echo 'Error executing command as another user: Request dismissed' >&2; exit 126");
        Path helperScript = LiveFixture.script(dir, "helper", "exit 0");
        f = new LiveFixture(dir, new LocalHelperLauncher(helperScript, false, List.of(pkexec.toString(), "--disable-internal-agent")),
                FakeVerifier.agreeing());
        f.vm.connect();
        f.fx.await(f.vm, () -> f.vm.state() == ConnectionState.FAILED, "the failure");
        Banner b = f.vm.bannerProperty().get();
        assertThat(b.headline()).contains("dismissed");
        assertThat(b.actions()).contains(Banner.Action.RETRY);
        assertThat(b.details()).contains("status 126").contains("Request dismissed");
    }

    @Test
    void aRefusedAuthorisationIsTold() throws Exception {
        Path pkexec = LiveFixture.script(dir, "pkexec", "echo 'Error executing command as another user: Not authorized' >&2; exit 127");
        Path helperScript = LiveFixture.script(dir, "helper", "exit 0");
        f = new LiveFixture(dir, new LocalHelperLauncher(helperScript, false, List.of(pkexec.toString())), FakeVerifier.agreeing());
        f.vm.connect();
        f.fx.await(f.vm, () -> f.vm.state() == ConnectionState.FAILED, "the failure");
        assertThat(f.vm.bannerProperty().get().headline()).contains("Authentication failed");
        assertThat(f.vm.bannerProperty().get().details()).contains("status 127");
    }

    @Test
    void aHelperThatExitsAtOnceShowsWhatItSaid() throws Exception {
        Path helperScript = LiveFixture.script(dir, "helper", "echo 'macvtap-designer-helper: must run as root' >&2; exit 1");
        f = new LiveFixture(dir, new LocalHelperLauncher(helperScript, true, List.of()), FakeVerifier.agreeing());
        f.vm.connect();
        f.fx.await(f.vm, () -> f.vm.state() == ConnectionState.FAILED, "the failure");
        Banner b = f.vm.bannerProperty().get();
        assertThat(b.headline()).isEqualTo("The helper exited (status 1) before it answered.");
        assertThat(b.details()).contains("must run as root");
    }

    @Test
    void actionsNeedAConnectionAndSaySo() {
        f = new LiveFixture(dir, helper, FakeVerifier.agreeing());
        f.doc.change("load", Designs.small("lab"));
        f.vm.plan(p -> { });
        assertThat(f.vm.bannerProperty().get().headline()).isEqualTo("Connect to the helper first.");
        assertThat(f.vm.state()).isEqualTo(ConnectionState.OFFLINE);
    }

    @Test
    void verifyOverlaysObservedAgainstPredicted() {
        f = new LiveFixture(dir, helper, FakeVerifier.flipping("kvm1/mvt0", "kvm1/mvt1"));
        f.doc.change("load", Designs.small("lab"));
        f.vm.verify();
        f.fx.await(null, () -> f.vm.verifyReportProperty().get() != null, "the lab report");
        var v = f.vm.verifyReportProperty().get();
        assertThat(v.disagreements()).extracting(Disagreement::fact).containsExactly("unicast");
        assertThat(v.marksFrom("kvm1/mvt0")).containsEntry("kvm1/mvt1", LabMark.DISAGREE);
        assertThat(v.marksFrom("kvm1/mvt1")).containsEntry("kvm1/mvt0", LabMark.DISAGREE);
        String bystander = v.nodes().stream().filter(n -> !n.equals("kvm1/mvt0") && !n.equals("kvm1/mvt1")).findFirst().orElseThrow();
        assertThat(v.marksFrom(bystander)).doesNotContainValue(LabMark.DISAGREE).containsValue(LabMark.AGREE);
        assertThat(v.summary()).startsWith("1 disagreement");
    }

    @Test
    void verifyWithoutRootExplainsWhy() {
        f = new LiveFixture(dir, helper, FakeVerifier.unprivileged());
        f.vm.verify();
        assertThat(f.vm.bannerProperty().get().headline()).startsWith("Verify needs root");
        assertThat(f.vm.bannerProperty().get().details()).contains("not 0 (root)");
        assertThat(f.vm.verifyingProperty().get()).isFalse();
    }

    @Test
    void failureKindsDecideTheBannersButtons() {
        assertThat(Banner.of(ConnectFailure.notInstalled("/x")).actions()).containsExactly(Banner.Action.DETAILS, Banner.Action.DISMISS);
        assertThat(Banner.of(ConnectFailure.refused(126, "")).actions()).startsWith(Banner.Action.RETRY);
        assertThat(Banner.of(ConnectFailure.crashed("")).severity()).isEqualTo(Banner.Severity.ERROR);
    }
}
