package org.mvtd.backend.helper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.mvtd.backend.link.LinkInfo;
import jnr.posix.POSIX;
import jnr.posix.POSIXFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mvtd.backend.link.FakeKernel;
import org.mvtd.backend.link.FakeTapNodes;
import org.mvtd.backend.link.Journal;
import org.mvtd.backend.link.JournalEntry;
import org.mvtd.backend.link.LinkOp;
import org.mvtd.backend.link.LinkSnapshot;
import org.mvtd.backend.protocol.JournalJson;
import org.mvtd.model.LinkType;
import org.mvtd.model.MacvlanMode;

/** F1/F8: the journal is input to root; it is read strictly, trusted only when root's, and never replayed forever. */
class JournalRecoveryTest {
    private static final POSIX POSIX_CALLS = POSIXFactory.getNativePOSIX();
    private static final Path TAPS = Path.of("/dev/mvtd-test");
    private static final String ID = "lab-0a1b2c3d";
    private final FakeKernel kernel = FakeKernel.withDevices("eth0");
    private final FakeTapNodes nodes = new FakeTapNodes();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
    private Path dir;
    private Journal journal;

    @BeforeEach
    void setUp() {
        dir = ScratchDirs.create("mvtd-journal");
        journal = new Journal(dir, JournalJson::read);
    }

    /** A helper starting after this one was killed: the kernel released the killed helper's locks. */
    private List<String> recover() throws Exception {
        journal.releaseAll();
        return HelperMain.recover(journal, kernel, nodes, TAPS, err);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    private Path plant(String json) throws Exception {
        Path p = dir.resolve("apply-" + ID + ".json");
        Files.writeString(p, json);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
        return p;
    }

    private List<Path> quarantined() throws Exception {
        Path q = dir.resolve("quarantine");
        try (var s = Files.list(q)) {
            return s.sorted().toList();
        }
    }

    @Test
    void whatTheHelperWritesTheStrictReaderReadsBack() throws Exception {
        JournalEntry e = new JournalEntry(ID, 268435457L, List.of(LinkSnapshot.absent("mvt0"),
                new LinkSnapshot("mvt1", true, "macvtap", "eth0", "vepa", "52:54:00:00:00:02", true, 1000, 7, 2,
                        "macvtap-designer:" + ID + ":mvt1:1000")), 1000, 6);
        journal.write(e);
        journal.releaseAll();
        assertThat(journal.pending()).extracting(Journal.Pending::entry).containsExactly(e);
        assertThat(SafeDirModes.of(dir.resolve("apply-" + ID + ".json"))).isEqualTo(0600);
    }

    @Test
    void aCraftedEntryIsQuarantinedAndNothingReachesTheKernelOrTheDisk() throws Exception {
        // the review's entry: a name that climbs out of the tap dir to a root-only file, and a name carrying a
        // second ip -batch line; both are refused by the names' allow-list before any restore runs
        Path victim = Files.writeString(ScratchDirs.create("mvtd-victim").resolve("shadow"), "root only");
        String climb = "../../../../../../.." + victim.getParent() + "/shadow";
        plant("{\"designId\":\"" + ID + "\",\"group\":1,\"uid\":0,\"before\":[{\"name\":\"" + climb
                + "\",\"present\":false,\"up\":false,\"nodeUid\":-1}]}");
        assertThat(recover()).isEmpty();
        assertThat(kernel.changes()).isZero();
        assertThat(Files.readString(victim)).isEqualTo("root only");
        assertThat(err()).isEmpty();
        assertThat(quarantined()).extracting(p -> p.getFileName().toString()).anyMatch(n -> n.endsWith(".reason"));
        String reason = Files.readString(quarantined().stream().filter(p -> p.toString().endsWith(".reason")).findFirst().orElseThrow());
        assertThat(reason).contains("before[0].name");

        plant("{\"designId\":\"" + ID + "\",\"group\":1,\"uid\":0,\"before\":[{\"name\":\"mvt0\",\"present\":true,"
                + "\"type\":\"macvtap\",\"lower\":\"eth0 name pwned0\",\"mode\":\"vepa\",\"up\":false,\"nodeUid\":-1}]}");
        assertThat(recover()).isEmpty();
        assertThat(kernel.changes()).isZero();
        assertThat(kernel.link("pwned0")).isEmpty();
    }

    @Test
    void unknownKeysWrongTypesAndAnotherDesignsIdAreRefused() throws Exception {
        for (String bad : List.of(
                "{\"designId\":\"" + ID + "\",\"group\":1,\"uid\":0,\"before\":[],\"run\":\"rm -rf /\"}",
                "{\"designId\":\"" + ID + "\",\"group\":\"1\",\"uid\":0,\"before\":[]}",
                "{\"designId\":\"other-0a1b2c3d\",\"group\":1,\"uid\":0,\"before\":[]}",
                "{\"designId\":\"" + ID + "\",\"group\":1,\"uid\":0,\"before\":[{\"name\":\"mvt0\",\"present\":false,"
                        + "\"type\":\"macvtap\",\"up\":false,\"nodeUid\":-1}]}",
                "not json")) {
            plant(bad);
            assertThat(journal.pending()).as(bad).isEmpty();
            assertThat(Files.exists(dir.resolve("apply-" + ID + ".json"))).as(bad).isFalse();
        }
        assertThat(quarantined()).hasSize(10);
    }

    @Test
    void anEntryThatIsNotRootsOrIsReadableByOthersIsNotTrusted() throws Exception {
        assumeTrue(POSIX_CALLS.geteuid() == 0, "skipped: needs root to give a file to another uid (CI runs as root)");
        String good = "{\"designId\":\"" + ID + "\",\"group\":1,\"uid\":0,\"before\":[{\"name\":\"mvt0\",\"present\":false,"
                + "\"up\":false,\"nodeUid\":-1}]}";
        Path p = plant(good);
        assertThat(POSIX_CALLS.chown(p.toString(), 65534, 65534)).isZero();
        assertThat(journal.pending()).isEmpty();
        p = plant(good);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-rw-rw-"));
        assertThat(journal.pending()).isEmpty();
        assertThat(Files.readString(quarantined().get(1))).contains("not by root");
        assertThat(Files.readString(quarantined().get(3))).contains("only 0600 files are trusted");
    }

    @Test
    void aJournalDirectoryOfAnotherUserOrOpenToAllIsRefusedWhole() throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThatThrownBy(this::recover).hasMessageContaining("has mode 0777");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        assumeTrue(POSIX_CALLS.geteuid() == 0, "skipped: needs root to give a directory to another uid (CI runs as root)");
        assertThat(POSIX_CALLS.chown(dir.toString(), 65534, 65534)).isZero();
        assertThatThrownBy(this::recover).hasMessageContaining("owned by uid 65534");
    }

    @Test
    void aFailingRestoreIsReportedOnceAndNotReplayed() throws Exception {
        JournalEntry e = new JournalEntry(ID, 268435457L, List.of(
                new LinkSnapshot("mvt1", true, "macvtap", "eth0", "vepa", null, true, -1, 0, 2, null)), 0, 0);
        journal.write(e);
        java.util.concurrent.atomic.AtomicInteger tried = new java.util.concurrent.atomic.AtomicInteger();
        kernel.refuse(op -> tried.incrementAndGet() > 0);
        assertThat(recover()).isEmpty();
        assertThat(tried.get()).as("the first start tries the restore").isPositive();
        int first = tried.get();
        assertThat(err()).containsOnlyOnce("could not fully undo the apply of " + ID).contains("quarantined");
        assertThat(recover()).isEmpty();
        assertThat(tried.get()).as("the second start replays nothing").isEqualTo(first);
        assertThat(err()).containsOnlyOnce("could not fully undo");
        assertThat(journal.pending()).isEmpty();
    }

    @Test
    void anEntryARunningHelperHoldsIsNotTakenForAKilledApply() throws Exception {
        // the app's helper is applying; a CLI's helper starts meanwhile and must not undo that apply
        Journal running = new Journal(dir, JournalJson::read);
        running.write(new JournalEntry(ID, 268435457L, List.of(LinkSnapshot.absent("mvt0")), 0, 0));
        assertThat(HelperMain.recover(journal, kernel, nodes, TAPS, err)).isEmpty();
        assertThat(Files.exists(dir.resolve("apply-" + ID + ".json"))).isTrue();
        running.releaseAll(); // the running helper was killed now
        assertThat(HelperMain.recover(journal, kernel, nodes, TAPS, err)).containsExactly(ID);
        assertThat(Files.exists(dir.resolve("apply-" + ID + ".json"))).isFalse();
    }

    @Test
    void staleTemporariesOfAKilledHelperAreRemovedAtStart() throws Exception {
        Path tmp = Files.writeString(dir.resolve(".apply-" + ID + ".tmp"), "{\"half");
        Path other = Files.writeString(dir.resolve("notes.txt"), "keep");
        recover();
        assertThat(Files.exists(tmp)).isFalse();
        assertThat(Files.exists(other)).isTrue();
        assertThat(err()).contains("removed 1 temporary journal file");
    }

    @Test
    void aGoodEntryIsStillRestored() throws Exception {
        // the kill came after the create, before its alias: the journal's planned ifindex proves the link ours
        int floor = kernel.links().stream().mapToInt(LinkInfo::ifindex).max().orElseThrow();
        int eth0 = kernel.links().stream().filter(l -> l.name().equals("eth0")).findFirst().orElseThrow().ifindex();
        kernel.run(List.of(new LinkOp.Add("mvt0", eth0, "eth0", LinkType.MACVTAP, MacvlanMode.BRIDGE, null, 268435457L,
                floor + 1)), false);
        journal.write(new JournalEntry(ID, 268435457L, List.of(LinkSnapshot.absent("mvt0", floor + 1)), 0, floor));
        assertThat(recover()).containsExactly(ID);
        assertThat(kernel.link("mvt0")).isEmpty();
        assertThat(journal.pending()).isEmpty();
    }
}
