package org.mvtd.backend.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import jnr.posix.POSIX;
import jnr.posix.POSIXFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mvtd.backend.helper.ScratchDirs;

/** F1: guests' nodes are made only through safe directories, with explicit modes, and their directories pruned. */
class PosixTapNodesTest {
    private static final POSIX POSIX_CALLS = POSIXFactory.getNativePOSIX();
    /** /dev/null's numbers: any character device will do, and this one exists everywhere. */
    private static final DevNumber NULL_DEV = new DevNumber(1, 3);
    private Path root;
    private PosixTapNodes nodes;

    @BeforeEach
    void setUp() {
        assumeTrue(POSIX_CALLS.geteuid() == 0, "skipped: mknod and chown need root (CI runs as root)");
        // a scratch dir in /dev would be needed to open the node; making and inspecting it works anywhere
        root = ScratchDirs.create("mvtd-taps").resolve("macvtap-designer");
        nodes = new PosixTapNodes(root);
    }

    private static int mode(Path p) throws Exception {
        return (Integer) Files.getAttribute(p, "unix:mode", java.nio.file.LinkOption.NOFOLLOW_LINKS) & 07777;
    }

    @Test
    void underUmaskZeroDirectoriesAre0755RootAndTheNode0600TheUsers() throws Exception {
        int old = POSIX_CALLS.umask(0);
        Path node = root.resolve("4026531840/1000/lab-12345678/mvt0");
        try {
            nodes.make(node, NULL_DEV, 1000);
        } finally {
            POSIX_CALLS.umask(old);
        }
        for (Path d = node.getParent(); d.startsWith(root); d = d.getParent()) {
            assertThat(mode(d)).as(d.toString()).isEqualTo(0755);
            assertThat(Files.getAttribute(d, "unix:uid")).as(d.toString()).isEqualTo(0);
        }
        TapNodes.NodeInfo info = nodes.stat(node).orElseThrow();
        assertThat(info).isEqualTo(new TapNodes.NodeInfo(NULL_DEV, 1000, 0600));
    }

    @Test
    void removingTheLastNodeRemovesTheDirectoriesItMade() throws Exception {
        Path a = root.resolve("4026531840/1000/lab-12345678/mvt0");
        Path b = root.resolve("4026531840/1000/other-12345678/mvt0");
        nodes.make(a, NULL_DEV, 1000);
        nodes.make(b, NULL_DEV, 1000);
        nodes.remove(a);
        assertThat(Files.exists(a.getParent())).isFalse();
        assertThat(Files.exists(b)).as("another design's node stays").isTrue();
        nodes.remove(b);
        assertThat(Files.exists(root)).as("the empty root goes too").isFalse();
        nodes.remove(b);
        assertThat(nodes.stat(b)).isEmpty();
    }

    @Test
    void aSymlinkedTapDirectoryIsRefusedAndTheFileBehindItSurvives() throws Exception {
        // the review: a user-made symlink made root's apply replace a file in a root-owned dir, and teardown delete it
        Path victim = Files.createDirectories(root.getParent().resolve("root-only"));
        Files.writeString(victim.resolve("mvt0"), "secret");
        Path userDir = Files.createDirectories(root.resolve("4026531840/1000"));
        Files.createSymbolicLink(userDir.resolve("lab-12345678"), victim);
        Path node = userDir.resolve("lab-12345678/mvt0");
        assertThatThrownBy(() -> nodes.make(node, NULL_DEV, 1000)).hasMessageContaining("symbolic link");
        assertThatThrownBy(() -> nodes.remove(node)).hasMessageContaining("symbolic link");
        assertThat(Files.readString(victim.resolve("mvt0"))).isEqualTo("secret");
    }

    @Test
    void aTapRootWritableByOthersIsRefused() throws Exception {
        Files.createDirectories(root);
        POSIX_CALLS.chmod(root.toString(), 0777);
        assertThatThrownBy(nodes::checkRoot).hasMessageContaining("has mode 0777");
        assertThatThrownBy(() -> nodes.make(root.resolve("1/2/d-12345678/e"), NULL_DEV, 1000)).hasMessageContaining("0777");
    }

    @Test
    void aPathOutsideTheRootIsRefused() {
        assertThatThrownBy(() -> nodes.make(root.resolve("../elsewhere/x"), NULL_DEV, 1000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not inside");
    }
}
