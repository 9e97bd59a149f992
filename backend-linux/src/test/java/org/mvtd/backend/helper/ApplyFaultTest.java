package org.mvtd.backend.helper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mvtd.backend.client.HelperClient;
import org.mvtd.backend.client.HelperException;
import org.mvtd.backend.link.DesignId;
import org.mvtd.backend.link.Designs;
import org.mvtd.backend.link.Netns;
import org.mvtd.backend.protocol.DesignJson;
import org.mvtd.backend.protocol.ErrorCode;
import org.mvtd.backend.protocol.Wire;
import org.mvtd.model.Design;

/**
 * Fault injection at the first, a middle and the last op k of a 12-op apply, with the real helper in a
 * namespace (every op is covered in-process by ApplierTest's fake kernel; each case here starts real helper
 * JVMs, so CI time keeps it to three): the kernel refuses
 * op k (a concurrent actor takes the name, or the op is one the kernel rejects), or the helper is killed
 * with SIGKILL before op k and a fresh helper finishes the undo from the journal. Either way the namespace
 * ends holding exactly its pre-apply links (plus the intruder's, which is never touched). Needs root.
 */
class ApplyFaultTest {
    private Netns ns;
    private HelperProcess helper;
    private final Design before = Designs.small("lab");
    private final Design after = Designs.tenStepChange(before);

    @BeforeEach
    void setUp() throws Exception {
        Netns.assumeRoot();
        ns = Netns.create("fault");
        helper = HelperProcess.in(ns);
        try (HelperClient c = HelperClient.connect(helper.transport(), OptionalInt.of(0))) {
            c.apply(before, "kvm1", null);
        }
    }

    @AfterEach
    void tearDown() throws Exception {
        if (ns != null) {
            ns.close();
            helper.cleanUp();
        }
    }

    @ParameterizedTest(name = "kernel refuses op {0}")
    @ValueSource(ints = {0, 6, 11})
    void kernelRefusalAtAnyOpRestoresThePreApplyLinks(int k) throws Exception {
        List<String> pre = HelperNamespaceTest.shape(ns.links());
        try (HelperClient c = HelperClient.connect(helper.faulty("refuse", k, helper.journal().resolve("marker")), OptionalInt.of(0))) {
            assertThatThrownBy(() -> c.apply(after, "kvm1", null)).isInstanceOfSatisfying(HelperException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.APPLY_FAILED);
                assertThat(e.step()).as("the failed step is named").isNotNull();
                assertThat(e.getMessage()).containsAnyOf("File exists", "No such device").contains("was undone");
            });
        }
        List<String> now = new ArrayList<>(HelperNamespaceTest.shape(ns.links()));
        now.removeIf(l -> l.contains("|macvlan|private|eth0|") && l.contains("|null|0"));
        assertThat(now).isEqualTo(pre);
        assertThat(Files.list(helper.journal()).filter(p -> p.toString().endsWith(".json"))).isEmpty();
    }

    @ParameterizedTest(name = "SIGKILL before op {0}")
    @ValueSource(ints = {0, 6, 11})
    void helperKilledBeforeAnyOpIsUndoneByTheNextHelper(int k) throws Exception {
        List<String> pre = HelperNamespaceTest.shape(ns.links());
        Path marker = helper.journal().resolve("killed-at-" + k);
        try (RawSession s = new RawSession(helper.faulty("kill", k, marker))) {
            s.call("{\"id\":0,\"command\":\"hello\",\"version\":1}");
            s.send("{\"id\":1,\"command\":\"apply\",\"host\":\"kvm1\",\"design\":"
                    + Wire.JSON.writeValueAsString(DesignJson.write(after)) + "}");
            long pid = awaitPid(marker);
            ProcessHandle.of(pid).orElseThrow().destroyForcibly();
            assertThat(s.next()).as("no reply from a killed helper").isNull();
        }
        assertThat(Files.exists(helper.journal().resolve("apply-" + DesignId.of("lab").value() + ".json")))
                .as("the journal outlives the helper").isTrue();
        try (HelperClient c = HelperClient.connect(helper.transport(), OptionalInt.of(0))) {
            assertThat(c.hello().recovered()).containsExactly(DesignId.of("lab").value());
        }
        assertThat(HelperNamespaceTest.shape(ns.links())).isEqualTo(pre);
    }

    private static long awaitPid(Path marker) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < end) {
            if (Files.exists(marker)) {
                String s = Files.readString(marker).strip();
                if (!s.isEmpty()) {
                    return Long.parseLong(s);
                }
            }
            Thread.onSpinWait();
            TimeUnit.MILLISECONDS.sleep(20);
        }
        throw new AssertionError("the faulty helper never reached the op to be killed at (no " + marker + ")");
    }

}
