package org.mvtd.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.backend.lab.LabResult;
import org.mvtd.backend.sys.Privileges;
import org.mvtd.model.reach.Node;
import org.mvtd.model.reach.NodeKind;
import org.mvtd.model.reach.Pair;
import org.mvtd.model.reach.ReachJson;
import org.mvtd.model.reach.ReachReport;
import org.mvtd.model.testing.Examples;

class LabCommandTest {
    private static final List<Node> NODES = List.of(new Node("a", NodeKind.STATION, null, null),
            new Node("b", NodeKind.STATION, null, null));

    private static LabResult result(boolean observedBroadcast) {
        ReachReport predicted = new ReachReport(1, NODES, List.of(
                new Pair("a", "b", true, true, true, true, List.of("a", "b"), "same switch"),
                new Pair("b", "a", true, true, true, true, List.of("b", "a"), "same switch")));
        ReachReport observed = new ReachReport(1, NODES, List.of(
                new Pair("a", "b", true, observedBroadcast, observedBroadcast, observedBroadcast, List.of(), "observed"),
                new Pair("b", "a", true, true, true, true, List.of(), "observed")));
        return LabResult.compare(predicted, observed);
    }

    private static void assumeRoot() {
        List<String> missing = Privileges.missingForLab();
        assumeTrue(missing.isEmpty(), () -> "skipped: the lab needs root; " + String.join("; ", missing));
    }

    @Test
    void tableShowsBothSidesAlignedAndMarksAndListsEveryDisagreement() {
        String text = LabTable.render(result(false));
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0)).startsWith("FROM").contains("ENGINE").contains("KERNEL");
        assertThat(lines.get(1)).isEqualTo("a     b   UBP6    U---    " + LabTable.MARK);
        assertThat(lines.get(2)).isEqualTo("b     a   UBP6    UBP6");
        assertThat(text).contains("3 disagreements (the kernel is right):")
                .contains("a -> b broadcast: engine yes, kernel no (engine: same switch)")
                .contains("a -> b ping: engine yes, kernel no")
                .contains("a -> b ping6: engine yes, kernel no");
        assertThat(LabTable.render(result(true))).doesNotContain(LabTable.MARK).contains("agrees with the engine on all 2 pairs");
    }

    @Test
    void jsonHoldsBothReportsInTheReachShapeAndTheDisagreements() throws Exception {
        String json = LabCommand.json(result(false));
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(root.get("disagreements")).hasSize(3);
        assertThat(root.get("disagreements").get(0).get("fact").asText()).isEqualTo("broadcast");
        ReachReport observed = ReachJson.read(new StringReader(root.get("observed").toString()));
        assertThat(observed.pairs()).hasSize(2);
        assertThat(observed.pairs().get(0).why()).isEqualTo("observed");
    }

    @Test
    void helpListsTheExitCodes() {
        CliRun r = CliRun.of("lab", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("--keep").contains("--json").contains("Exit codes").contains("privilege");
    }

    @Test
    void missingFileIsAUsageErrorAndBuildsNothing() {
        assumeRoot();
        CliRun r = CliRun.of("lab", "/nonexistent/design.mvtd.yaml");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("no such file");
    }

    @Test
    void agreeingExampleExitsZeroAndLeavesNothingBehind() {
        assumeRoot();
        CliRun r = CliRun.of("lab", Examples.file("vepa-hairpin").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("The kernel agrees with the engine on all 6 pairs").contains("teardown");
        assertThat(r.out()).doesNotContain(LabTable.MARK);
    }

    /**
     * Issue 14's bug cases: an up passthru endpoint (macvlan, macvtap) beside the host address. Judged
     * through the host's IP stack the lab agrees with the engine; with the engine's old rule ("a passthru
     * macvlan shares unicast with the host stack", main b4aa933) this exits 1 on the macvlan case.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"passthru-macvlan-hostaddr", "passthru-macvtap-hostaddr"})
    void passthruBesideTheHostAddressAgreesWithTheKernel(String name) {
        assumeRoot();
        CliRun r = CliRun.of("lab", Examples.caseFile(name).toString());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("The kernel agrees with the engine on all 6 pairs").doesNotContain(LabTable.MARK);
    }

    @Test
    void keptLabPrintsHowToEnterAndRemoveItsNamespaces(@TempDir Path tmp) throws Exception {
        assumeRoot();
        CliRun r = CliRun.of("lab", "--keep", Examples.file("vepa-hairpin").toString());
        List<String> enter = r.out().lines().filter(l -> l.strip().startsWith("ip netns exec ")).toList();
        try {
            assertThat(r.exit()).isZero();
            assertThat(enter).hasSize(2);
            assertThat(r.out()).contains("ip netns delete ");
            for (String l : enter) {
                assertThat(Path.of("/run/netns", l.strip().split(" ")[3])).exists();
            }
        } finally {
            String remove = r.out().lines().filter(l -> l.strip().startsWith("ip netns delete ")).findFirst().orElse("");
            for (String part : remove.strip().split(" && ")) {
                String[] argv = part.split(" ");
                if (argv[0].equals("ip")) {
                    new ProcessBuilder(argv).start().waitFor();
                } else if (argv[0].equals("rm")) {
                    Files.deleteIfExists(Path.of(argv[2]));
                }
            }
        }
        assertThat(enter).allSatisfy(l -> assertThat(Path.of("/run/netns", l.strip().split(" ")[3])).doesNotExist());
    }
}
