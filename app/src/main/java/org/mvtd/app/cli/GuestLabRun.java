package org.mvtd.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.mvtd.backend.lab.GuestLab;
import org.mvtd.backend.lab.GuestRun;
import org.mvtd.backend.lab.LabException;
import org.mvtd.model.Design;

/**
 * {@code lab FILE --guests}: the design built, applied through the helper and booted with real guests (the qemu
 * export, as the desktop user), every pair pinged in IPv4 and IPv6, compared with the engine's ping.
 */
final class GuestLabRun {
    /** Who the guests run as when no desktop user is known (root started the command directly). */
    static final int NOBODY = 65534;

    private GuestLabRun() {
    }

    /** The desktop user behind sudo or pkexec, else nobody: qemu never runs as root. */
    static int desktopUser(Map<String, String> env) {
        for (String key : List.of("SUDO_UID", "PKEXEC_UID")) {
            String v = env.get(key);
            if (v != null && v.matches("[0-9]{1,9}") && !v.equals("0")) {
                return Integer.parseInt(v);
            }
        }
        return NOBODY;
    }

    static int run(Design design, OptionalInt user, PrintWriter out) throws LabException {
        int uid = user.orElse(desktopUser(System.getenv()));
        GuestRun run;
        long teardown;
        List<String> left;
        try (GuestLab lab = GuestLab.build(design, GuestLab.Options.standard(uid))) {
            run = lab.measure();
            teardown = lab.teardown();
            left = lab.leftovers();
        }
        out.print(render(run));
        out.printf("%nguests as uid %d; build and apply %d ms, boot %d ms, ping %d ms, teardown %d ms%n", uid,
                run.timings().buildMillis(), run.timings().bootMillis(), run.timings().pingMillis(), teardown);
        if (!left.isEmpty()) {
            out.println("left after teardown:");
            left.forEach(l -> out.println("  " + l));
        }
        out.flush();
        return run.disagreements().isEmpty() && left.isEmpty() ? ExitCodes.OK : ExitCodes.PROBLEMS;
    }

    /** One line per pair (FROM TO ENGINE IPV4 IPV6, a mark on disagreements), then the totals. */
    static String render(GuestRun run) {
        int from = "FROM".length();
        int to = "TO".length();
        for (GuestRun.PairResult p : run.pairs()) {
            from = Math.max(from, p.from().length());
            to = Math.max(to, p.to().length());
        }
        String fmt = "%-" + from + "s  %-" + to + "s  %-7s %-7s %-7s %s%n";
        StringBuilder sb = new StringBuilder(String.format(fmt, "FROM", "TO", "ENGINE", "IPV4", "IPV6", "").stripTrailing())
                .append('\n');
        for (GuestRun.PairResult p : run.pairs()) {
            sb.append(String.format(fmt, p.from(), p.to(), word(p.predicted()), word(p.ping4()), word(p.ping6()),
                    p.agrees() ? "" : LabTable.MARK).stripTrailing()).append('\n');
        }
        sb.append('\n');
        run.unmeasured().forEach(u -> sb.append("not measured: ").append(u).append('\n'));
        List<GuestRun.PairResult> bad = run.disagreements();
        if (bad.isEmpty()) {
            sb.append("Real guests agree with the engine on all ").append(run.pairs().size()).append(" pairs, IPv4 and IPv6.\n");
        } else {
            sb.append(bad.size()).append(" pair").append(bad.size() == 1 ? "" : "s").append(" disagree (the kernel is right):\n");
            bad.forEach(p -> sb.append("  ").append(p.describe()).append('\n'));
        }
        return sb.toString();
    }

    private static String word(boolean ping) {
        return ping ? "ping" : "-";
    }
}
