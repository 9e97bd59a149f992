package org.mvtd.backend.helper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.mvtd.backend.client.InProcessTransport;
import org.mvtd.backend.link.FakeKernel;
import org.mvtd.backend.link.FakeTapNodes;
import org.mvtd.backend.link.Journal;

/** Builds in-process helpers over a fake kernel: what the app's tests use to speak the real protocol. */
public final class InProcessHelpers {
    private InProcessHelpers() {
    }

    public static HelperConfig config(FakeKernel kernel, OptionalInt callerUid) throws IOException {
        Path journal = ScratchDirs.create("mvtd-journal");
        return new HelperConfig(kernel, new FakeTapNodes(), new Journal(journal), Path.of("/dev/macvtap-designer"),
                callerUid, uid -> uid == 0 || uid == 1000);
    }

    public static InProcessTransport transport(FakeKernel kernel) throws IOException {
        return new InProcessTransport(config(kernel, OptionalInt.empty()));
    }
}
