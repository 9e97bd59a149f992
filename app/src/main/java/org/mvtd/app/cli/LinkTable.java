package org.mvtd.app.cli;

import java.io.PrintWriter;
import java.util.List;
import org.mvtd.backend.link.LinkStats;
import org.mvtd.backend.monitor.LinkState;

/** The watch table: one row per link, redrawn in place with ANSI cursor moves, or appended when plain. */
final class LinkTable {
    private static final String HEADER = String.format("%-15s %-15s %-7s %-5s %-6s %-17s %12s %9s %6s %6s %12s %9s %6s %6s",
            "LINK", "STATE", "CARRIER", "ADMIN", "MTU", "MAC", "RX-BYTES", "RX-PKTS", "RX-DRP", "RX-ERR",
            "TX-BYTES", "TX-PKTS", "TX-DRP", "TX-ERR");
    private final PrintWriter out;
    private final boolean ansi;
    private int drawn;

    LinkTable(PrintWriter out, boolean ansi) {
        this.out = out;
        this.ansi = ansi;
    }

    void draw(List<LinkState> rows) {
        if (ansi && drawn > 0) {
            out.print("\u001b[" + drawn + "A");
        }
        line(HEADER);
        for (LinkState s : rows) {
            line(row(s));
        }
        drawn = rows.size() + 1;
        if (!ansi) {
            out.println();
        }
        out.flush();
    }

    private void line(String text) {
        out.print(ansi ? "\r\u001b[2K" + text + "\n" : text + "\n");
    }

    static String row(LinkState s) {
        if (!s.present()) {
            return String.format("%-15s %-15s", s.name(), "absent");
        }
        LinkStats t = s.stats();
        return String.format("%-15s %-15s %-7s %-5s %-6d %-17s %12d %9d %6d %6d %12d %9d %6d %6d", s.name(), s.operstate(),
                s.carrier() ? "yes" : "no", s.adminUp() ? "up" : "down", s.mtu(), s.mac() == null ? "-" : s.mac(),
                t.rxBytes(), t.rxPackets(), t.rxDropped(), t.rxErrors(), t.txBytes(), t.txPackets(), t.txDropped(), t.txErrors());
    }
}
