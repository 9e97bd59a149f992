package org.mvtd.backend.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mvtd.backend.helper.ScratchDirs;
import org.mvtd.model.Endpoint;
import org.mvtd.model.MacvlanMode;

/**
 * Ownership needs the helper's mark: an alias copied from another namespace, made up, or written under another
 * installation's key proves nothing; aliases of versions before the mark count only where they always did.
 */
class OwnerMarkTest {
    private static final Path TAPS = Path.of("/dev/mvtd-test");
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private final OwnerMark before = OwnerMark.current();
    private final DesignId id = DesignId.of("lab");
    private final FakeKernel kernel = FakeKernel.withDevices("eth0");
    private final FakeTapNodes nodes = new FakeTapNodes();

    @AfterEach
    void restore() {
        OwnerMark.install(before);
    }

    private LinkInfo macvtap(String name, String alias) {
        int lower = kernel.link("eth0").orElseThrow().ifindex();
        LinkInfo l = new LinkInfo(40, name, "macvtap", "bridge", "eth0", "02:00:00:00:00:40", "UP",
                List.of("UP", "LOWER_UP"), 1500, DesignId.proposedGroup("lab"), alias, LinkStats.ZERO, lower, LinkInfo.ARPHRD_ETHER);
        kernel.put(l);
        return l;
    }

    private TeardownReport teardown(int uid) throws KernelException {
        return new Teardown(kernel, nodes, TAPS).teardown(id, uid);
    }

    private void plan(int uid) throws Exception {
        new Planner(kernel, nodes, TAPS).plan(Designs.of("lab", List.of(Endpoint.macvtap("mvt0", "eth0", MacvlanMode.BRIDGE)),
                List.of()), "kvm1", kernel.links(), uid);
    }

    @Test
    void theHelpersOwnMarkProvesOwnershipAndTeardownRemovesTheLink() throws Exception {
        OwnerMark.install(OwnerMark.of(KEY, 4026531840L, false));
        LinkInfo l = macvtap("mvt0", id.alias("mvt0", 1000));
        assertThat(l.alias()).matches("macvtap-designer:" + id.value() + ":mvt0:1000:[0-9a-f]{16}");
        assertThat(id.owner(l)).hasValue(1000);
        assertThat(teardown(1000).deleted()).containsExactly("mvt0");
    }

    @Test
    void anAliasCopiedIntoAnotherNamespaceMadeUpOrUnderAnotherKeyIsNotOurs() throws Exception {
        OwnerMark.install(OwnerMark.of(KEY, 4026531840L, false));
        String genuine = id.alias("mvt0", 1000);
        byte[] other = Arrays.copyOf(KEY, KEY.length);
        other[0] ^= 1;
        for (OwnerMark elsewhere : List.of(OwnerMark.of(KEY, 4026532999L, false), OwnerMark.of(other, 4026531840L, false))) {
            OwnerMark.install(elsewhere);
            LinkInfo copied = macvtap("mvt0", genuine);
            assertThat(id.owns(copied)).isFalse();
            assertThat(id.unproven(copied)).isTrue();
            assertThat(id.owns(copied.name(), copied.alias())).as("a client, without the key, still reads it as the design's").isTrue();
            assertThatThrownBy(() -> plan(1000)).isInstanceOfSatisfying(PlanException.class, e -> {
                assertThat(e.code()).isEqualTo(PlanException.Reason.NOT_OURS);
                assertThat(e.getMessage()).contains("its marker does not prove this helper made it");
            });
            TeardownReport r = teardown(0);
            assertThat(r.deleted()).as("not even root takes a link it cannot prove it made").isEmpty();
            assertThat(r.problems()).anyMatch(p -> p.contains("kept mvt0: its marker does not prove"));
        }
        OwnerMark.install(OwnerMark.of(KEY, 4026531840L, false));
        LinkInfo madeUp = macvtap("mvt0", "macvtap-designer:" + id.value() + ":mvt0:1000:0123456789abcdef");
        assertThat(id.owns(madeUp)).isFalse();
        assertThat(kernel.link("mvt0")).isPresent();
    }

    @Test
    void aliasesOfOlderVersionsCountOnlyWhereOnlyRootCouldWriteThem() throws Exception {
        for (String older : List.of(id.legacyAlias("mvt0") + ":1000", id.legacyAlias("mvt0"))) {
            OwnerMark.install(OwnerMark.of(KEY, 4026531840L, true));
            LinkInfo l = macvtap("mvt0", older);
            assertThat(id.owns(l)).as("initial namespace: %s", older).isTrue();
            OwnerMark.install(OwnerMark.of(KEY, 4026532999L, false));
            assertThat(id.owns(l)).as("another namespace: %s", older).isFalse();
            assertThat(teardown(0).problems()).anyMatch(p -> p.contains("kept mvt0"));
            OwnerMark.install(OwnerMark.of(KEY, 4026531840L, true));
            assertThat(teardown(0).deleted()).containsExactly("mvt0");
        }
    }

    @Test
    void theKeyIsMadeOnceRootOnlyAndAKeyOthersCanReadIsRefused() throws Exception {
        Path dir = ScratchDirs.create("mvtd-journal");
        OwnerMark first = OwnerMark.load(dir);
        Path file = dir.resolve(OwnerMark.KEY_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.size(file)).isEqualTo(32);
        assertThat(OwnerMark.load(dir).tag(id, "mvt0", 1000)).as("the same key at the next start")
                .isEqualTo(first.tag(id, "mvt0", 1000));
        assertThat(OwnerMark.load(ScratchDirs.create("mvtd-journal")).tag(id, "mvt0", 1000)).as("another installation")
                .isNotEqualTo(first.tag(id, "mvt0", 1000));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> OwnerMark.load(dir)).hasMessageContaining("0644");
    }
}
