package org.mvtd.app.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mvtd.backend.lab.Disagreement;
import org.mvtd.backend.lab.LabResult;
import org.mvtd.model.reach.Pair;

/**
 * The {@code lab} command's text: predicted and observed facts side by side, one ordered pair a line,
 * as four letters (U unicast, B broadcast, P ping, 6 ping6; '-' where absent), with differing pairs marked.
 */
final class LabTable {
    static final String MARK = "<< differs";

    private LabTable() {
    }

    static String render(LabResult result) {
        Map<String, Pair> seen = result.observed().pairs().stream()
                .collect(Collectors.toMap(LabTable::key, Function.identity(), (a, b) -> a));
        Set<String> differing = new HashSet<>();
        result.disagreements().forEach(d -> differing.add(d.from() + "\u0000" + d.to()));
        List<Pair> rows = result.predicted().pairs();
        int wFrom = Math.max(4, rows.stream().mapToInt(p -> p.from().length()).max().orElse(0));
        int wTo = Math.max(2, rows.stream().mapToInt(p -> p.to().length()).max().orElse(0));
        StringBuilder out = new StringBuilder();
        String fmt = "%-" + wFrom + "s  %-" + wTo + "s  %-6s  %-6s%s";
        out.append(String.format(fmt, "FROM", "TO", "ENGINE", "KERNEL", "").stripTrailing()).append(System.lineSeparator());
        for (Pair p : rows) {
            Pair o = seen.get(key(p));
            boolean differs = differing.contains(key(p));
            out.append(String.format(fmt, p.from(), p.to(), letters(p), o == null ? "?" : letters(o),
                    differs ? "  " + MARK : "").stripTrailing()).append(System.lineSeparator());
        }
        if (!result.ping6Unjudged().isEmpty()) {
            out.append(String.format("%nping6 into %s not judged: its macvtap's multicast filter (a hash) let in a"
                    + " solicited-node group it never joined, which no design predicts.%n",
                    String.join(", ", new java.util.TreeSet<>(result.ping6Unjudged()))));
        }
        List<Disagreement> ds = result.disagreements();
        if (ds.isEmpty()) {
            out.append(String.format("%nThe kernel agrees with the engine on all %d pairs.%n", rows.size()));
        } else {
            out.append(String.format("%n%d disagreement%s (the kernel is right):%n", ds.size(), ds.size() == 1 ? "" : "s"));
            ds.forEach(d -> out.append("  ").append(d.describe()).append(System.lineSeparator()));
        }
        return out.toString();
    }

    static String letters(Pair p) {
        return (p.unicast() ? "U" : "-") + (p.broadcast() ? "B" : "-") + (p.ping() ? "P" : "-") + (p.ping6() ? "6" : "-");
    }

    private static String key(Pair p) {
        return p.from() + "\u0000" + p.to();
    }
}
