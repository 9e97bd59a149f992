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
import org.mvtd.backend.link.IpKernel;
import org.mvtd.backend.link.Journal;
import org.mvtd.backend.link.JournalEntry;
import org.mvtd.backend.link.Kernel;
import org.mvtd.backend.link.PosixTapNodes;
import org.mvtd.backend.link.Restorer;
import org.mvtd.backend.link.TapNodes;

/**
 * The privileged helper process: refuses to run unless root, finishes the undo of any apply a previous
 * helper left half done, then speaks PROTOCOL.md over stdin/stdout. Logs go to stderr.
 *
 * <p>Options ({@code --journal DIR}, {@code --tap-dir DIR}) exist for tests and are refused when the
 * helper was started through pkexec or sudo: there the caller, not root, chose the arguments.
 */
public final class HelperMain {
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
        OptionalInt caller = callerUid(env);
        Path journalDir = HelperConfig.DEFAULT_JOURNAL_DIR;
        Path tapDir = HelperConfig.DEFAULT_TAP_DIR;
        if (args.length > 0 && caller.isPresent()) {
            err.println("macvtap-designer-helper: takes no options when started through pkexec or sudo");
            return 1;
        }
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if ((a.equals("--journal") || a.equals("--tap-dir")) && i + 1 < args.length) {
                Path p = Path.of(args[++i]);
                if (a.equals("--journal")) {
                    journalDir = p;
                } else {
                    tapDir = p;
                }
            } else {
                err.println("macvtap-designer-helper: unknown option '" + a + "' (known: --journal DIR, --tap-dir DIR)");
                return 1;
            }
        }
        Kernel kernel = decorate.apply(IpKernel.local());
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

    /** The desktop user behind pkexec or sudo, if any. */
    static OptionalInt callerUid(Map<String, String> env) {
        for (String key : new String[] {"PKEXEC_UID", "SUDO_UID"}) {
            String v = env.get(key);
            if (v != null && v.matches("\\d{1,10}")) {
                long n = Long.parseLong(v);
                if (n <= Integer.MAX_VALUE) {
                    return OptionalInt.of((int) n);
                }
            }
        }
        return OptionalInt.empty();
    }
}
