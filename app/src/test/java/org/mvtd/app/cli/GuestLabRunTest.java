package org.mvtd.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mvtd.backend.lab.GuestRun;
import org.mvtd.backend.sys.Privileges;
import org.mvtd.model.testing.Examples;

class GuestLabRunTest {
    private static GuestRun run(boolean six) {
        return new GuestRun(List.of(new GuestRun.PairResult("kvm/mvt0", "router", true, true, true, six),
                new GuestRun.PairResult("router", "kvm/mvt0", false, false, false, false)), List.of("kvm/mvt1: a macvtap with no guest on it"),
                new GuestRun.Timings(1, 2, 3, 4));
    }

    @Test
    void tableMarksAPairWhoseIpv6DiffersAndListsIt() {
        String text = GuestLabRun.render(run(false));
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0)).isEqualTo("FROM      TO        ENGINE  IPV4    IPV6");
        assertThat(lines.get(1)).isEqualTo("kvm/mvt0  router    ping    ping    -       " + LabTable.MARK);
        assertThat(lines.get(2)).isEqualTo("router    kvm/mvt0  -       -       -");
        assertThat(text).contains("not measured: kvm/mvt1: a macvtap with no guest on it")
                .contains("1 pair disagree (the kernel is right):\n  kvm/mvt0 -> router: engine ping, ping6; IPv4 ok, IPv6 failed");
        assertThat(GuestLabRun.render(run(true))).doesNotContain(LabTable.MARK)
                .contains("Real guests agree with the engine on all 2 pairs, IPv4 and IPv6.");
    }

    @Test
    void guestsRunAsTheUserBehindSudoOrPkexecAndNeverAsRoot() {
        assertThat(GuestLabRun.desktopUser(Map.of("SUDO_UID", "1000"))).isEqualTo(1000);
        assertThat(GuestLabRun.desktopUser(Map.of("PKEXEC_UID", "1001"))).isEqualTo(1001);
        assertThat(GuestLabRun.desktopUser(Map.of("SUDO_UID", "0"))).isEqualTo(GuestLabRun.NOBODY);
        assertThat(GuestLabRun.desktopUser(Map.of("SUDO_UID", "1000; rm"))).isEqualTo(GuestLabRun.NOBODY);
        assertThat(GuestLabRun.desktopUser(Map.of())).isEqualTo(GuestLabRun.NOBODY);
    }

    @Test
    void guestsCannotBeKept() {
        CliRun r = CliRun.of("lab", "--guests", "--keep", Examples.file("bridge-mode").toString());
        if (Privileges.missingForLab().isEmpty()) {
            assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).contains("--guests cannot be combined with --keep");
        } else {
            assertThat(r.exit()).isEqualTo(ExitCodes.PRIVILEGE);
        }
    }

    @Test
    void realGuestsOfAnExampleAgreeAndNothingIsLeft() {
        List<String> missing = Privileges.missingForLab();
        assumeTrue(missing.isEmpty(), () -> "skipped: the lab needs root; " + String.join("; ", missing));
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/qemu-system-x86_64")) && Files.isExecutable(Path.of("/bin/busybox")),
                "skipped: real guests need qemu-system-x86 and busybox-static (CI installs them: .ci/run)");
        CliRun r = CliRun.of("lab", "--guests", Examples.file("bridge-mode").toString());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("Real guests agree with the engine on all 12 pairs, IPv4 and IPv6.", "guests as uid 65534")
                .doesNotContain("left after teardown");
    }
}
