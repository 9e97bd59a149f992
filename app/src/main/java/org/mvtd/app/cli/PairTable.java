package org.mvtd.app.cli;

import java.io.PrintWriter;
import java.util.List;
import org.mvtd.model.reach.Pair;

/** The human form of {@code reach}: an aligned table, one pair a line, the why last. */
final class PairTable {
    private static final String[] HEAD = {"FROM", "TO", "UNICAST", "BROADCAST", "PING", "WHY"};
    private final List<Pair> pairs;

    PairTable(List<Pair> pairs) {
        this.pairs = pairs;
    }

    void print(PrintWriter out) {
        int wFrom = HEAD[0].length();
        int wTo = HEAD[1].length();
        for (Pair p : pairs) {
            wFrom = Math.max(wFrom, p.from().length());
            wTo = Math.max(wTo, p.to().length());
        }
        String fmt = "%-" + wFrom + "s  %-" + wTo + "s  %-7s  %-9s  %-4s  %s%n";
        out.printf(fmt, (Object[]) HEAD);
        for (Pair p : pairs) {
            out.printf(fmt, p.from(), p.to(), yesNo(p.unicast()), yesNo(p.broadcast()), yesNo(p.ping()), p.why());
        }
        long ping = pairs.stream().filter(Pair::ping).count();
        long uni = pairs.stream().filter(Pair::unicast).count();
        out.printf("%d pairs: %d ping, %d deliver unicast, %d deliver nothing%n", pairs.size(), ping, uni,
                pairs.stream().filter(p -> !p.unicast() && !p.broadcast()).count());
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }
}
