package org.mvtd.backend.bench;

import java.nio.file.Path;
import java.util.List;
import org.mvtd.backend.protocol.JournalJson;
import org.mvtd.backend.helper.ScratchDirs;
import org.mvtd.backend.link.Applier;
import org.mvtd.backend.link.ChangeLog;
import org.mvtd.backend.link.DesignId;
import org.mvtd.backend.link.FakeTapNodes;
import org.mvtd.backend.link.Journal;
import org.mvtd.backend.link.Kernel;
import org.mvtd.backend.link.LinkInfo;
import org.mvtd.backend.link.LowerDevices;
import org.mvtd.backend.link.Netns;
import org.mvtd.backend.link.Plan;
import org.mvtd.backend.link.Planner;
import org.mvtd.backend.link.Teardown;
import org.mvtd.backend.link.TeardownReport;
import org.mvtd.model.Design;

/**
 * The same apply and teardown inside one JVM, as the helper runs them once a request is read (dump, plan,
 * journal, pipelined rtnetlink; dump, verified group delete), without the client, the JSON and the validator.
 */
final class InProcessApply {
    private InProcessApply() {
    }

    /** Nanoseconds of each. */
    record Times(long apply, long teardown) {
    }

    static Times run(Netns ns, Design d) throws Exception {
        Kernel k = ns.kernel();
        FakeTapNodes nodes = new FakeTapNodes();
        Path taps = Path.of("/nonexistent");
        ChangeLog quiet = new ChangeLog((w, l) -> { });
        Journal journal = new Journal(ScratchDirs.create("mvtd-bench-journal"), JournalJson::read);
        long t0 = System.nanoTime();
        List<LinkInfo> live = k.links();
        Plan p = new Planner(k, nodes, taps, new LowerDevices(true)).plan(d, "kvm1", live, 0);
        if (!new Applier(k, nodes, journal, taps, quiet).apply(p, live).ok()) {
            throw new IllegalStateException("in-process apply failed");
        }
        long apply = System.nanoTime() - t0;
        t0 = System.nanoTime();
        TeardownReport r = new Teardown(k, nodes, taps, quiet).teardown(DesignId.of(d.name()), 0);
        long teardown = System.nanoTime() - t0;
        if (!r.problems().isEmpty() || ns.links().size() != 3) {
            throw new IllegalStateException("in-process teardown: " + r.problems());
        }
        return new Times(apply, teardown);
    }
}
