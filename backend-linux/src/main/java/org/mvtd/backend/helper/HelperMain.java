package org.mvtd.backend.helper;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.mvtd.backend.link.Journal;
import org.mvtd.backend.link.JournalEntry;
import org.mvtd.backend.link.OwnerMark;
import org.mvtd.backend.link.ChangeLog;
import org.mvtd.backend.link.Kernel;
import org.mvtd.backend.link.PosixTapNodes;
import org.mvtd.backend.link.Restorer;
import org.mvtd.backend.rtnl.RtnlKernel;
import org.mvtd.backend.link.TapNodes;
import org.mvtd.backend.protocol.JournalJson;
import org.mvtd.backend.sys.LibC;
import org.mvtd.backend.sys.Sys;

/**
 * The privileged helper process: refuses to run unless root, finishes the undo of any apply a previous
 * helper left half done, then speaks PROTOCOL.md over stdin/stdout. Logs go to stderr.
 *
 * <p>It takes no arguments at all: under pkexec the unprivileged caller chooses them, and launchers may
 * pass them on. Tests point the journal and the tap nodes elsewhere with the system properties
 * {@code mvtd.helper.journal} and {@code mvtd.helper.tapDir}, which only whoever writes the java command
 * line (root, the launcher) can set.
 */
public final class HelperMain {
    /** System property: the journal directory (tests). */
    public static final String JOURNAL_PROPERTY = "mvtd.helper.journal";
    /** System property: where guests' tap nodes go (tests). */
    public static final String TAP_DIR_PROPERTY = "mvtd.helper.tapDir";

    private HelperMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), UnaryOperator.identity()));
    }

    /**
     * Runs the helper; {@code decorate} lets a test harness wrap the real kernel (fault injection).
     * Returns the exit status.
     */
    public static int run(String[] args, Map<String, String> env, UnaryOperator<Kernel> decorate) {
        // the few calls through the helper's own binding: jnr-posix would first generate its whole POSIX binding
        // (a quarter of a second of every start)
        LibC posix = Sys.libc();
        // first: pkexec passes the caller's umask on, and nothing we create may be open to others
        posix.umask(077);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        if (posix.geteuid() != 0) {
            err.println("macvtap-designer-helper: must run as root (it changes network links and /dev nodes);"
                    + " it is running as uid " + posix.geteuid() + ". Start it through pkexec or sudo.");
            return 1;
        }
        if (args.length > 0) {
            err.println("macvtap-designer-helper: takes no arguments (it speaks JSON lines on stdin, see PROTOCOL.md)");
            return 1;
        }
        Optional<Caller> caller = Caller.atStart(env, parent());
        Path journalDir = Path.of(System.getProperty(JOURNAL_PROPERTY, HelperConfig.DEFAULT_JOURNAL_DIR.toString()));
        Path tapDir = Path.of(System.getProperty(TAP_DIR_PROPERTY, HelperConfig.DEFAULT_TAP_DIR.toString()));
        try {
            // before the journal's restores: they prove ownership with it
            OwnerMark.install(OwnerMark.load(journalDir));
        } catch (IOException e) {
            err.println("macvtap-designer-helper: refusing the journal in " + journalDir + " (it holds the generation key): " + e.getMessage());
            return 1;
        }
        Kernel kernel = decorate.apply(RtnlKernel.local());
        PosixTapNodes nodes = new PosixTapNodes(tapDir);
        Journal journal = new Journal(journalDir, JournalJson::read);
        List<String> recovered;
        try {
            nodes.checkRoot();
        } catch (IOException e) {
            err.println("macvtap-designer-helper: refusing the tap-node directory: " + e.getMessage());
            return 1;
        }
        try {
            recovered = recover(journal, kernel, nodes, tapDir, err);
        } catch (IOException e) {
            err.println("macvtap-designer-helper: refusing the journal in " + journalDir + ": " + e.getMessage());
            return 1;
        }
        HelperConfig cfg = new HelperConfig(kernel, nodes, journal, tapDir, caller, uid -> posix.getpwuid(uid) != null);
        try {
            HelperSession session = new HelperSession(cfg, new BufferedInputStream(new FileInputStream(FileDescriptor.in)),
                    new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)), recovered);
            // a read on stdin cannot be interrupted: an idle session ends the process, as end of input would
            IdleWatch.start(session, IdleWatch.DEFAULT_LIMIT, () -> {
                err.println("macvtap-designer-helper: idle for " + IdleWatch.DEFAULT_LIMIT.toMinutes() + " minutes, exiting");
                System.exit(0);
            });
            return session.run();
        } catch (IOException e) {
            err.println("macvtap-designer-helper: " + e.getMessage());
            return 1;
        }
    }

    /**
     * Finishes the undo of applies a killed helper left; returns the design ids restored. Stale temporary files
     * go first; an entry that cannot be trusted, or whose restore fails, is quarantined with the reason and
     * reported once here: it is never replayed at every start.
     */
    static List<String> recover(Journal journal, Kernel kernel, TapNodes nodes, Path tapDir, PrintStream err) throws IOException {
        int stale = journal.removeStaleTemporaries();
        if (stale > 0) {
            err.println("macvtap-designer-helper: removed " + stale + " temporary journal file(s) a killed helper left");
        }
        long netns = TapLayout.netnsInode();
        List<String> done = new ArrayList<>();
        for (Journal.Pending p : journal.pending()) {
            JournalEntry e = p.entry();
            Restorer.Result r = new Restorer(kernel, nodes, TapLayout.sessionDir(tapDir, netns, e.uid())).restore(e);
            ChangeLog.system().restored(e, r);
            if (r.failed().isEmpty()) {
                journal.clear(e.designId());
                done.add(e.designId());
                err.println("macvtap-designer-helper: undid the unfinished apply of " + e.designId()
                        + (r.lost().isEmpty() ? "" : "; " + String.join("; ", r.lost())));
            } else {
                String reason = "could not fully undo the apply of " + e.designId() + ": " + String.join("; ", r.all());
                journal.quarantine(p, reason);
                err.println("macvtap-designer-helper: " + reason + " (entry quarantined in " + journal.dir()
                        + "/quarantine; it will not be retried)");
            }
        }
        return done;
    }

    /** The process that started us: its real uid (first field of {@code Uid:}) and name, from /proc. */
    static Optional<Caller.Parent> parent() {
        try {
            long ppid = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
            if (ppid <= 0) {
                return Optional.empty();
            }
            Path proc = Path.of("/proc", Long.toString(ppid));
            String comm = java.nio.file.Files.readString(proc.resolve("comm")).strip();
            for (String line : java.nio.file.Files.readAllLines(proc.resolve("status"))) {
                if (line.startsWith("Uid:")) {
                    return Optional.of(new Caller.Parent(Integer.parseInt(line.substring(4).strip().split("\\s+")[0]), comm));
                }
            }
        } catch (IOException | RuntimeException e) {
            // no /proc or the parent is gone: no caller known
        }
        return Optional.empty();
    }
}
