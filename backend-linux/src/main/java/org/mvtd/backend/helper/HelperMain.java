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
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import jnr.posix.POSIX;
import jnr.posix.POSIXFactory;
import org.mvtd.backend.link.Journal;
import org.mvtd.backend.link.JournalEntry;
import org.mvtd.backend.link.Kernel;
import org.mvtd.backend.link.PosixTapNodes;
import org.mvtd.backend.link.Restorer;
import org.mvtd.backend.rtnl.RtnlKernel;
import org.mvtd.backend.link.TapNodes;

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
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        POSIX posix = POSIXFactory.getNativePOSIX();
        if (posix.geteuid() != 0) {
            err.println("macvtap-designer-helper: must run as root (it changes network links and /dev nodes);"
                    + " it is running as uid " + posix.geteuid() + ". Start it through pkexec or sudo.");
            return 1;
        }
        if (args.length > 0) {
            err.println("macvtap-designer-helper: takes no arguments (it speaks JSON lines on stdin, see PROTOCOL.md)");
            return 1;
        }
        OptionalInt caller = callerUid(env, parentRealUid());
        Path journalDir = Path.of(System.getProperty(JOURNAL_PROPERTY, HelperConfig.DEFAULT_JOURNAL_DIR.toString()));
        Path tapDir = Path.of(System.getProperty(TAP_DIR_PROPERTY, HelperConfig.DEFAULT_TAP_DIR.toString()));
        Kernel kernel = decorate.apply(RtnlKernel.local());
        TapNodes nodes = new PosixTapNodes();
        Journal journal = new Journal(journalDir);
        List<String> recovered;
        try {
            recovered = recover(journal, kernel, nodes, tapDir, err);
        } catch (IOException e) {
            err.println("macvtap-designer-helper: cannot read the journal in " + journalDir + ": " + e.getMessage());
            return 1;
        }
        HelperConfig cfg = new HelperConfig(kernel, nodes, journal, tapDir, caller, uid -> posix.getpwuid(uid) != null);
        try {
            return new HelperSession(cfg, new BufferedInputStream(new FileInputStream(FileDescriptor.in)),
                    new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)), recovered).run();
        } catch (IOException e) {
            err.println("macvtap-designer-helper: " + e.getMessage());
            return 1;
        }
    }

    /** Finishes the undo of applies a killed helper left; returns the design ids restored. */
    static List<String> recover(Journal journal, Kernel kernel, TapNodes nodes, Path tapDir, PrintStream err) throws IOException {
        List<String> done = new ArrayList<>();
        for (JournalEntry e : journal.pending()) {
            Restorer.Result r = new Restorer(kernel, nodes, tapDir).restore(e);
            org.mvtd.backend.link.ChangeLog.system().restored(e, r);
            if (r.failed().isEmpty()) {
                journal.clear(e.designId());
                done.add(e.designId());
                err.println("macvtap-designer-helper: undid the unfinished apply of " + e.designId()
                        + (r.lost().isEmpty() ? "" : "; " + String.join("; ", r.lost())));
            } else {
                err.println("macvtap-designer-helper: could not fully undo the apply of " + e.designId() + ": "
                        + String.join("; ", r.all()) + " (will try again at the next start)");
            }
        }
        return done;
    }

    /**
     * The desktop user behind pkexec or sudo: PKEXEC_UID, else SUDO_UID, else the real uid of the parent
     * process when it is not root (pkexec execs the launcher in place, so the parent is the asking app even
     * when a launcher cleared the environment). Empty when root itself started us: then hello may name a uid.
     */
    static OptionalInt callerUid(Map<String, String> env, OptionalInt parentRealUid) {
        for (String key : new String[] {"PKEXEC_UID", "SUDO_UID"}) {
            String v = env.get(key);
            if (v != null && v.matches("\\d{1,10}")) {
                long n = Long.parseLong(v);
                if (n <= Integer.MAX_VALUE) {
                    return OptionalInt.of((int) n);
                }
            }
        }
        return parentRealUid.isPresent() && parentRealUid.getAsInt() != 0 ? parentRealUid : OptionalInt.empty();
    }

    /** The real uid of our parent process, from /proc (first field of its {@code Uid:} line). */
    static OptionalInt parentRealUid() {
        try {
            long ppid = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
            if (ppid <= 0) {
                return OptionalInt.empty();
            }
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc", Long.toString(ppid), "status"))) {
                if (line.startsWith("Uid:")) {
                    return OptionalInt.of(Integer.parseInt(line.substring(4).strip().split("\\s+")[0]));
                }
            }
        } catch (IOException | RuntimeException e) {
            // no /proc or the parent is gone: no caller known
        }
        return OptionalInt.empty();
    }
}
