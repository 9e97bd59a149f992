package org.mvtd.app.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.app.ui.live.board.LiveMark;
import org.mvtd.app.ui.live.connect.ConnectionState;
import org.mvtd.app.ui.live.plan.PlanPreview;
import org.mvtd.app.ui.live.plan.TeardownPreview;
import org.mvtd.backend.helper.HelperProcess;
import org.mvtd.backend.link.Designs;
import org.mvtd.backend.link.Netns;

/**
 * The real helper process (its own JVM, as root) inside a network namespace this test creates, with a veth
 * standing in for eth0, driven from the app's live view model: apply, link state arriving, a link toggled
 * behind the app's back showing on the overlay's model, teardown. Needs root (CI runs as root): skips
 * with the reason otherwise. The namespace is deleted afterwards, also on failure.
 */
class LiveEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void applyWatchToggleTeardownAgainstTheRealHelper() throws Exception {
        Netns.assumeRoot();
        try (Netns ns = Netns.create("live")) {
            HelperProcess helper = HelperProcess.in(ns);
            try (LiveFixture f = new LiveFixture(dir, new TransportLauncher(helper::transport), FakeVerifier.agreeing())) {
                f.doc.change("load", Designs.small("live-e2e"));
                f.vm.connect();
                f.fx.await(f.vm, () -> f.vm.state() != ConnectionState.CONNECTING, "the helper to answer");
                assertThat(f.vm.state()).as(String.valueOf(f.vm.bannerProperty().get())).isEqualTo(ConnectionState.CONNECTED);
                f.fx.await(f.vm, () -> mark(f, "eth0") == LiveMark.UP, "the veth eth0 up with carrier");
                f.fx.await(f.vm, () -> mark(f, "mvt0") == LiveMark.MISSING, "mvt0 missing before the apply");

                AtomicReference<PlanPreview> plan = new AtomicReference<>();
                f.vm.plan(plan::set);
                f.fx.await(f.vm, () -> plan.get() != null, "the plan");
                assertThat(plan.get().counts()).contains("3 create");
                f.vm.apply(plan.get());
                f.fx.await(f.vm, () -> f.vm.outcomeProperty().get() != null, "the apply");
                assertThat(f.vm.outcomeProperty().get().ok()).as(f.vm.outcomeProperty().get().toString()).isTrue();
                f.fx.await(f.vm, () -> mark(f, "mvt1") == LiveMark.UP, "mvt1 up as the kernel reports it");
                f.fx.await(f.vm, () -> mark(f, "mvl0") == LiveMark.DOWN, "mvl0 down as designed");
                f.fx.await(f.vm, () -> f.vm.board().get("mvt1").state().ours(), "mvt1 shown as made by this design");

                long t0 = System.nanoTime();
                ns.ip("link", "set", "mvt1", "down");
                f.fx.await(f.vm, () -> mark(f, "mvt1") == LiveMark.DOWN, "mvt1 shown down after ip link set down");
                // informational (polled every 5 ms, includes the ip process): targets live in LiveLatencyBench
                System.out.printf("real helper: ip link set down -> overlay model in %.1f ms%n", (System.nanoTime() - t0) / 1e6);
                ns.ip("link", "set", "mvt1", "up");
                f.fx.await(f.vm, () -> mark(f, "mvt1") == LiveMark.UP, "mvt1 shown up again");
                // at least the two toggles; the kernel's linkwatch may add a transitional state in between
                assertThat(f.vm.board().get("mvt1").flaps()).isGreaterThanOrEqualTo(2);
                ns.ip("link", "set", "eth0p", "down");
                f.fx.await(f.vm, () -> mark(f, "eth0") == LiveMark.NO_CARRIER, "eth0 without carrier when its peer is down");
                ns.ip("link", "set", "eth0p", "up");

                AtomicReference<TeardownPreview> t = new AtomicReference<>();
                f.vm.prepareTeardown(t::set);
                f.fx.await(f.vm, () -> t.get() != null, "the teardown preview");
                assertThat(t.get().links()).containsExactlyInAnyOrder("mvt0", "mvt1", "mvl0");
                f.vm.clearOutcome();
                f.vm.teardown(t.get());
                f.fx.await(f.vm, () -> f.vm.outcomeProperty().get() != null, "the teardown");
                assertThat(f.vm.outcomeProperty().get().headline()).isEqualTo("Deleted 3 links.");
                f.fx.await(f.vm, () -> mark(f, "mvt0") == LiveMark.MISSING, "mvt0 gone");
                assertThat(f.vm.board().get("mvt0").vanished()).isFalse();
                assertThat(ns.links()).noneMatch(l -> l.name().startsWith("mvt") || l.name().equals("mvl0"));
            } finally {
                helper.cleanUp();
            }
        }
    }

    private static LiveMark mark(LiveFixture f, String link) {
        var l = f.vm.board().get(link);
        return l == null ? null : l.mark();
    }
}
