package org.mvtd.backend.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lab's small pieces that need no root: names, ownership markers, batch splitting, link readiness. */
class LabUnitsTest {
    @TempDir
    Path dir;

    @Test
    void runIdsAreParsedOnlyFromLabNamespaceNames() {
        LabNames n = LabNames.fresh();
        assertThat(LabNames.runOf(n.stationNs(12))).contains(n.runId());
        assertThat(LabNames.runOf("mvtdlab-xyz-h0")).isEmpty();
        assertThat(LabNames.runOf("mvtd-helper-1234abcd-h0")).isEmpty();
        assertThat(LabNames.runOf("mvtdlab-0123abcd-h0-extra")).isEmpty();
        assertThatThrownBy(() -> new LabNames("ABC")).hasMessageContaining("8 lower-case hex");
        assertThat(n.switchNs(999).length()).isLessThan(64);
    }

    @Test
    void ownerMarkersTellLiveDeadAndKeptRunsApart() throws Exception {
        LabOwners owners = new LabOwners(dir);
        owners.claim("0000aaaa");
        assertThat(owners.ownerAlive("0000aaaa")).isTrue();
        Files.writeString(dir.resolve("0000bbbb.owner"), "4194305 1\n");
        assertThat(owners.ownerAlive("0000bbbb")).as("pid beyond pid_max").isFalse();
        long pid = ProcessHandle.current().pid();
        Files.writeString(dir.resolve("0000cccc.owner"), pid + " 12345\n");
        assertThat(owners.ownerAlive("0000cccc")).as("same pid, other start time: a reused pid").isFalse();
        Files.writeString(dir.resolve("0000dddd.owner"), "garbage");
        assertThat(owners.ownerAlive("0000dddd")).isFalse();
        assertThat(owners.ownerAlive("0000eeee")).as("no marker").isFalse();
        owners.markKept("0000ffff");
        assertThat(owners.ownerAlive("0000ffff")).isTrue();
        owners.release("0000aaaa");
        assertThat(dir.resolve("0000aaaa.owner")).doesNotExist();
    }

    @Test
    void linesBatchModeWouldMisreadRunAlone() {
        assertThat(IpLines.batchSafe("link set dev eth0 up")).isTrue();
        assertThat(IpLines.batchSafe("link set dev #x up")).isFalse();
        assertThat(IpLines.batchSafe("link set dev 'q' up")).isFalse();
        assertThat(IpLines.batchSafe("link set dev [a] up")).isTrue();
    }

    @Test
    void batchFailuresNameTheRefusedLine() {
        List<String> lines = List.of("link add name a type veth", "link add name b type bogus");
        assertThat(IpLines.failedLine(lines, "Error: unknown type.\nCommand failed -:2\n"))
                .isEqualTo("'ip link add name b type bogus': ");
        assertThat(IpLines.failedLine(lines, "something else")).isEmpty();
        assertThat(IpLines.failedLine(lines, "Command failed -:9")).isEmpty();
    }

    @Test
    void linksUpWithCarrierButNotYetOperationalAreStillPending() throws Exception {
        String json = "[{\"ifname\":\"lo\",\"flags\":[\"LOOPBACK\",\"UP\",\"LOWER_UP\"],\"operstate\":\"UNKNOWN\"},"
                + "{\"ifname\":\"eth0\",\"flags\":[\"BROADCAST\",\"UP\",\"LOWER_UP\"],\"operstate\":\"DOWN\"},"
                + "{\"ifname\":\"br0\",\"flags\":[\"UP\",\"LOWER_UP\"],\"operstate\":\"UNKNOWN\"},"
                + "{\"ifname\":\"m\",\"flags\":[\"UP\"],\"operstate\":\"LOWERLAYERDOWN\"},"
                + "{\"ifname\":\"ok\",\"flags\":[\"UP\",\"LOWER_UP\"],\"operstate\":\"UP\"}]";
        assertThat(LinkReadiness.pending(json)).containsExactly("eth0");
    }
}
