package org.mvtd.app.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.app.ui.live.verify.LabMark;
import org.mvtd.app.ui.live.verify.LabVerifier;
import org.mvtd.app.ui.live.verify.VerifyReport;
import org.mvtd.backend.link.Designs;
import org.mvtd.backend.link.Netns;

/**
 * Verify with the real lab (namespaces of its own, the host untouched) from the live view model: the kernel
 * agrees with the engine on a small design, so from any node every mark is AGREE. Needs root; skips otherwise.
 */
class LabVerifierRootTest {
    @TempDir
    Path dir;

    @Test
    void theRealLabVerifiesTheDesignFromTheViewModel() {
        Netns.assumeRoot();
        try (LiveFixture f = new LiveFixture(dir, FakeHelper.withEth0(), new LabVerifier())) {
            assertThat(new LabVerifier().missingPrivileges()).isEmpty();
            f.doc.change("load", Designs.small("lab-from-app"));
            f.vm.verify();
            f.fx.await(null, () -> f.vm.verifyReportProperty().get() != null || f.vm.bannerProperty().get() != null, "the lab");
            assertThat(f.vm.bannerProperty().get()).as("no lab failure").isNull();
            VerifyReport v = f.vm.verifyReportProperty().get();
            assertThat(v.result().agrees()).as(v.disagreements().toString()).isTrue();
            assertThat(v.summary()).startsWith("The kernel agrees with the engine on all ");
            String from = v.nodes().get(0);
            assertThat(v.marksFrom(from)).isNotEmpty().doesNotContainValue(LabMark.DISAGREE);
        }
    }
}
