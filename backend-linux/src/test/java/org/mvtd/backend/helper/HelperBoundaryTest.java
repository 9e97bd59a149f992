package org.mvtd.backend.helper;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mvtd.backend.client.HelperClient;
import org.mvtd.backend.client.Results;
import org.mvtd.backend.link.DesignId;
import org.mvtd.backend.link.Designs;
import org.mvtd.backend.link.Netns;
import org.mvtd.model.Design;

/** F1/F6 with the real helper process in namespaces (root): modes under umask 0, nodes per namespace and uid. */
class HelperBoundaryTest {
    private static final int GUEST_UID = 65534;
    private Netns a;
    private Netns b;
    private Path taps;
    private Path journalRoot;

    @AfterEach
    void tearDown() throws Exception {
        for (Netns ns : new Netns[] {a, b}) {
            if (ns != null) {
                ns.close();
            }
        }
        ScratchDirs.deleteTree(taps);
    }

    private static long inode(Netns ns) throws Exception {
        return ((Number) Files.getAttribute(Path.of("/run/netns", ns.name()), "unix:ino")).longValue();
    }

    @Test
    void startedWithUmaskZeroEveryDirectoryAndNodeHasItsOwnMode() throws Exception {
        Netns.assumeRoot();
        a = Netns.create("um");
        taps = Path.of("/dev", a.name());
        journalRoot = ScratchDirs.create("mvtd-umask");
        Path journal = journalRoot.resolve("var/journal");
        HelperProcess helper = new HelperProcess(a, journal, taps);
        Design d = Designs.small("lab");
        String node;
        try (HelperClient c = HelperClient.connect(helper.transportUnderUmaskZero(), OptionalInt.of(GUEST_UID))) {
            node = c.apply(d, "kvm1", null).nodes().get("mvt0");
        }
        assertThat(SafeDirModes.of(journal)).as("journal dir").isEqualTo(0700);
        assertThat(SafeDirModes.of(journal.getParent())).as("its parent, made by the helper").isEqualTo(0700);
        for (Path p = Path.of(node).getParent(); p.startsWith(taps); p = p.getParent()) {
            assertThat(SafeDirModes.of(p)).as(p.toString()).isEqualTo(0755);
        }
        assertThat(SafeDirModes.of(Path.of(node))).isEqualTo(0600);
        assertThat(Files.getAttribute(Path.of(node), "unix:uid")).isEqualTo(GUEST_UID);
    }

    @Test
    void twoNamespacesApplyingOneDesignGetTheirOwnNodesAndTeardownLeavesNoDirectory() throws Exception {
        Netns.assumeRoot();
        a = Netns.create("nsa");
        b = Netns.create("nsb");
        taps = Path.of("/dev", a.name() + "-taps");
        HelperProcess ha = new HelperProcess(a, ScratchDirs.create("mvtd-journal"), taps);
        HelperProcess hb = new HelperProcess(b, ScratchDirs.create("mvtd-journal"), taps);
        Design d = Designs.small("lab");
        try (HelperClient ca = HelperClient.connect(ha.transport(), OptionalInt.of(GUEST_UID));
             HelperClient cb = HelperClient.connect(hb.transport(), OptionalInt.of(GUEST_UID))) {
            Results.ApplyResult ra = ca.apply(d, "kvm1", null);
            Results.ApplyResult rb = cb.apply(d, "kvm1", null);
            String id = DesignId.of("lab").value();
            assertThat(ra.nodes().get("mvt0")).isEqualTo(taps.resolve(inode(a) + "/" + GUEST_UID + "/" + id + "/mvt0").toString());
            assertThat(rb.nodes().get("mvt0")).isEqualTo(taps.resolve(inode(b) + "/" + GUEST_UID + "/" + id + "/mvt0").toString());
            assertThat(Files.exists(Path.of(ra.nodes().get("mvt0")))).isTrue();
            assertThat(Files.exists(Path.of(rb.nodes().get("mvt0")))).isTrue();
            // each namespace's plan still sees its own node as right: nothing to do
            assertThat(ca.plan(d, "kvm1").nothingToDo()).isTrue();
            assertThat(cb.plan(d, "kvm1").nothingToDo()).isTrue();
            ca.teardown(d, "kvm1");
            assertThat(Files.exists(Path.of(rb.nodes().get("mvt0")))).as("b's node survives a's teardown").isTrue();
            cb.teardown(d, "kvm1");
        }
        assertThat(Files.exists(taps)).as("teardown removes the empty directories it made (issue 14 item 6)").isFalse();
    }

    @Test
    void theHelperRefusesToStartOnASymlinkedTapRootOrAnOpenJournal() throws Exception {
        Netns.assumeRoot();
        a = Netns.create("ref");
        Path scratch = ScratchDirs.create("mvtd-refuse");
        taps = Path.of("/dev", a.name());
        Files.createSymbolicLink(taps, scratch);
        HelperProcess linked = new HelperProcess(a, ScratchDirs.create("mvtd-journal"), taps);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HelperClient.connect(linked.transport(), OptionalInt.empty()))
                .hasMessageContaining("refusing the tap-node directory").hasMessageContaining("symbolic link");
        Files.delete(taps);
        Path open = ScratchDirs.create("mvtd-journal");
        Files.setPosixFilePermissions(open, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
        HelperProcess careless = new HelperProcess(a, open, taps);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HelperClient.connect(careless.transport(), OptionalInt.empty()))
                .hasMessageContaining("refusing the journal").hasMessageContaining("has mode 0777");
        assertThat(scratch.toFile().list()).as("nothing was made through the link").isEmpty();
    }
}
