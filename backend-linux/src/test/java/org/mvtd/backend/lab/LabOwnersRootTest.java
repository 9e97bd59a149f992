package org.mvtd.backend.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.backend.ip.Ip;

/** Leftovers of dead runs are reaped; namespaces of live runs never are (root only). */
class LabOwnersRootTest {
    @TempDir
    Path markers;

    @BeforeEach
    void root() {
        RootLab.assume();
    }

    @Test
    void reapsOnlyRunsWhoseOwnerIsDead() throws Exception {
        LabOwners owners = new LabOwners(markers);
        LabNames dead = LabNames.fresh();
        LabNames live = LabNames.fresh();
        Ip.host().run("netns", "add", dead.hostNs(0));
        Ip.host().run("netns", "add", live.hostNs(0));
        try {
            // A dead owner: a pid that cannot exist (beyond pid_max), as a crashed run leaves it.
            Files.writeString(markers.resolve(dead.runId() + ".owner"), "4194305 1\n");
            owners.claim(live.runId());
            List<String> reaped = owners.reapLeftovers();
            assertThat(reaped).contains(dead.hostNs(0)).doesNotContain(live.hostNs(0));
            assertThat(Path.of("/run/netns", dead.hostNs(0))).doesNotExist();
            assertThat(Path.of("/run/netns", live.hostNs(0))).exists();
            assertThat(markers.resolve(dead.runId() + ".owner")).doesNotExist();
            assertThat(markers.resolve(live.runId() + ".owner")).exists();
        } finally {
            LabOwners.deleteNamespaces(List.of(dead.hostNs(0), live.hostNs(0)).stream()
                    .filter(n -> Files.exists(Path.of("/run/netns", n))).toList());
        }
    }

    @Test
    void closingALabRemovesEveryNamespaceAndItsMarker() throws Exception {
        Lab lab = Lab.build(D.oneHost(false, List.of(D.dev("eth0", "sw", true)), List.of(), "st"));
        List<String> namespaces = lab.plan().namespaces();
        String run = lab.plan().names().runId();
        assertThat(namespaces).allSatisfy(n -> assertThat(Path.of("/run/netns", n)).exists());
        assertThat(LabOwners.system().ownerAlive(run)).isTrue();
        lab.close();
        assertThat(namespaces).allSatisfy(n -> assertThat(Path.of("/run/netns", n)).doesNotExist());
        assertThat(LabOwners.system().ownerAlive(run)).isFalse();
        assertThat(LabOwners.system().scratch(run)).doesNotExist();
    }
}
