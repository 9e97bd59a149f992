package org.mvtd.backend.helper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.mvtd.backend.client.InProcessTransport;
import org.mvtd.backend.link.FakeKernel;
import org.mvtd.backend.link.FakeTapNodes;
import org.mvtd.backend.link.Journal;
import org.mvtd.backend.protocol.JournalJson;

/** Builds in-process helpers over a fake kernel: what the app's tests use to speak the real protocol. */
public final class InProcessHelpers {
    private InProcessHelpers() {
    }

    public static HelperConfig config(FakeKernel kernel, OptionalInt callerUid) throws IOException {
        Path journal = ScratchDirs.create("mvtd-journal");
        Optional<Caller> caller = callerUid.isPresent()
                ? Optional.of(new Caller(callerUid.getAsInt(), Caller.Source.PKEXEC)) : Optional.empty();
        return new HelperConfig(kernel, new FakeTapNodes(), new Journal(journal, JournalJson::read), Path.of("/dev/macvtap-designer"),
                caller, uid -> uid == 0 || uid == 1000);
    }

    public static InProcessTransport transport(FakeKernel kernel) throws IOException {
        return new InProcessTransport(config(kernel, OptionalInt.empty()));
    }
}
