package org.mvtd.app.ui.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ExecutorService;
import org.mvtd.app.ui.io.RecoveryStore;
import org.mvtd.app.ui.live.connect.HelperLauncher;
import org.mvtd.app.ui.live.verify.Verifier;
import org.mvtd.app.ui.viewmodel.DocumentViewModel;

/** A live view model over a given launcher and lab, with the FX thread replaced by a pump. */
final class LiveFixture implements AutoCloseable {
    static final String HOST = "kvm1";
    final FxPump fx = new FxPump();
    final ExecutorService worker = LiveServices.daemon("test-live-worker");
    final ExecutorService lab = LiveServices.daemon("test-live-lab");
    final DocumentViewModel doc;
    final LiveViewModel vm;
    boolean loseWork = true;

    LiveFixture(Path dir, HelperLauncher launcher, Verifier verifier) {
        doc = new DocumentViewModel(new RecoveryStore(dir));
        vm = new LiveViewModel(doc, new LiveServices(launcher, verifier, HOST, fx, worker, lab, System::nanoTime), () -> loseWork);
    }

    /** An executable shell script standing in for pkexec or a helper. */
    static Path script(Path dir, String name, String body) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
        return p;
    }

    @Override
    public void close() {
        vm.disconnect();
        fx.drain();
        worker.shutdown();
        lab.shutdown();
    }
}
