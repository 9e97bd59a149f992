package org.mvtd.backend.lab;

import java.util.ArrayList;
import java.util.List;
import org.mvtd.backend.ip.Ip;
import org.mvtd.backend.ip.IpResult;

/**
 * Runs plan lines (iproute2 commands whose words are separated by single spaces; interface names never
 * hold whitespace) in as few processes as possible: runs of ordinary lines go to one {@code ip -batch},
 * while a line naming an interface with a character batch mode would reinterpret ('#' starts a comment,
 * quotes group words, backslash escapes) runs alone as a plain argument vector, in order.
 */
final class IpLines {
    private IpLines() {
    }

    static boolean batchSafe(String line) {
        return line.chars().noneMatch(c -> c == '#' || c == '\'' || c == '"' || c == '\\');
    }

    static void run(Ip ip, List<String> lines, String step) throws LabException {
        List<String> pending = new ArrayList<>();
        for (String line : lines) {
            if (batchSafe(line)) {
                pending.add(line);
                continue;
            }
            flush(ip, pending, step);
            IpResult r = ip.tryRun(line.split(" "));
            if (!r.ok()) {
                throw new LabException(step + " failed: 'ip " + line + "': " + r.stderr().strip());
            }
        }
        flush(ip, pending, step);
    }

    private static void flush(Ip ip, List<String> lines, String step) throws LabException {
        if (lines.isEmpty()) {
            return;
        }
        IpResult r = ip.batch(lines, false);
        if (!r.ok()) {
            throw new LabException(step + " failed: " + failedLine(lines, r.stderr()) + r.stderr().strip());
        }
        lines.clear();
    }

    /** iproute2 reports "Command failed -:N": name the line so the message says what was refused. */
    static String failedLine(List<String> lines, String stderr) {
        int at = stderr.indexOf("Command failed -:");
        if (at < 0) {
            return "";
        }
        String num = stderr.substring(at + 17).split("\\D", 2)[0];
        try {
            int n = Integer.parseInt(num);
            return n >= 1 && n <= lines.size() ? "'ip " + lines.get(n - 1) + "': " : "";
        } catch (NumberFormatException e) {
            return "";
        }
    }
}
