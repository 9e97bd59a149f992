package org.mvtd.backend.link;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mvtd.backend.sys.SysException;
import org.mvtd.backend.sys.SyslogSocket;

/**
 * The system's record of every change the helper makes: who asked (uid), for which design, which links. Each line
 * goes to the system log ({@code /dev/log}); without one, to the helper's stderr. Long link lists are split so
 * no message exceeds about 1 KB (syslog daemons cut longer datagrams).
 */
public final class ChangeLog {
    /** Where lines go: the system log, stderr, or a test's list. */
    public interface Sink {
        void write(boolean warning, String line);
    }

    static final int MAX_LINE = 1000;
    private final Sink sink;

    public ChangeLog(Sink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    private static ChangeLog system;

    /** The system log when {@code /dev/log} takes datagrams, else stderr; one socket per process. */
    public static synchronized ChangeLog system() {
        if (system == null) {
            system = new ChangeLog(systemSink(Path.of("/dev/log"), System.err));
        }
        return system;
    }

    static Sink systemSink(Path devLog, PrintStream fallback) {
        if (Files.exists(devLog)) {
            try {
                SyslogSocket s = SyslogSocket.open(devLog.toString(), "macvtap-designer-helper");
                return (warning, line) -> {
                    try {
                        s.send(warning ? SyslogSocket.WARNING : SyslogSocket.NOTICE, line);
                    } catch (SysException e) {
                        fallback.println("macvtap-designer-helper: " + line);
                    }
                };
            } catch (SysException e) {
                // no socket: fall through to stderr
            }
        }
        return (warning, line) -> fallback.println("macvtap-designer-helper: " + line);
    }

    /** A successful apply: every step, by link. */
    public void applied(Plan plan) {
        List<String> what = plan.steps().stream().map(s -> s.kind().wireName() + " " + s.name()).toList();
        write(false, who(plan.uid(), plan.designId()) + " host=" + plan.host() + " applied " + plan.steps().size()
                + " steps" + (plan.foreignSteps().isEmpty() ? "" : " (" + plan.foreignSteps().size() + " on links not ours, confirmed)"), what);
    }

    /** A failed apply and what its undo could not restore. */
    public void failed(Plan plan, Step step, String reason, List<String> undoProblems) {
        write(true, who(plan.uid(), plan.designId()) + " host=" + plan.host() + " apply failed at "
                + (step == null ? "?" : step.kind().wireName() + " " + step.name()) + ": " + reason + "; undone"
                + (undoProblems.isEmpty() ? "" : " except: " + String.join("; ", undoProblems)), List.of());
    }

    /** A teardown: the links deleted, and those that were another user's (root only). */
    public void toreDown(DesignId id, int uid, List<String> deleted, List<String> othersTaken) {
        write(!othersTaken.isEmpty(), who(uid, id) + " teardown deleted " + deleted.size() + " links"
                + (othersTaken.isEmpty() ? "" : "; as root, including links made for other users: " + String.join(", ", othersTaken)),
                deleted);
    }

    /** An unfinished apply found at start and undone. */
    public void restored(JournalEntry entry, Restorer.Result r) {
        List<String> names = entry.before().stream().map(LinkSnapshot::name).toList();
        write(!r.all().isEmpty(), who(entry.uid(), new DesignId(entry.designId())) + " restored an interrupted apply"
                + (r.all().isEmpty() ? "" : "; could not: " + String.join("; ", r.all())), names);
    }

    private static String who(int uid, DesignId id) {
        return "uid=" + uid + " design=" + id.value();
    }

    private void write(boolean warning, String head, List<String> links) {
        if (links.isEmpty()) {
            sink.write(warning, cut(head));
            return;
        }
        List<String> lines = new ArrayList<>();
        StringBuilder sb = new StringBuilder(cut(head)).append(": ");
        int start = sb.length();
        for (String l : links) {
            if (sb.length() > start && sb.length() + l.length() + 2 > MAX_LINE) {
                lines.add(sb.toString());
                sb = new StringBuilder(cut(head)).append(" (continued): ");
                start = sb.length();
            }
            sb.append(sb.length() > start ? ", " : "").append(l);
        }
        lines.add(sb.toString());
        lines.forEach(line -> sink.write(warning, line));
    }

    private static String cut(String s) {
        String oneLine = s.replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() > MAX_LINE ? oneLine.substring(0, MAX_LINE) + "..." : oneLine;
    }
}
