package org.mvtd.backend.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mvtd.backend.ip.Ip;
import org.mvtd.backend.ip.IpResult;

/**
 * Waits until the kernel has finished bringing links up. Carrier-on is applied by the kernel's linkwatch
 * work, which is rate-limited: until it runs, an up veth with LOWER_UP still reports operstate DOWN and
 * drops what it transmits. So the lab polls {@code ip -j link show} until every link that is up with
 * LOWER_UP also says operstate UP (UNKNOWN for drivers without carrier, like the bridge), asking for
 * each pending link by name, which makes the kernel apply its state at once.
 */
final class LinkReadiness {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LinkReadiness() {
    }

    /** The links of one {@code ip -j link show} output that are up with carrier but not yet operationally up. */
    static List<String> pending(String json) throws IOException {
        List<String> out = new ArrayList<>();
        for (JsonNode link : JSON.readTree(json)) {
            Set<String> flags = new HashSet<>();
            link.path("flags").forEach(f -> flags.add(f.asText()));
            String oper = link.path("operstate").asText();
            if (flags.contains("UP") && flags.contains("LOWER_UP") && !flags.contains("LOOPBACK")
                    && !oper.equals("UP") && !oper.equals("UNKNOWN")) {
                out.add(link.path("ifname").asText());
            }
        }
        return out;
    }

    /** Polls every namespace until nothing is pending; returns the milliseconds waited. */
    static long await(List<String> namespaces, long boundMillis) throws LabException, InterruptedException {
        long t0 = System.nanoTime();
        List<String> left = new ArrayList<>(namespaces);
        List<String> last = List.of();
        while (!left.isEmpty()) {
            List<String> still = new ArrayList<>();
            for (String ns : left) {
                IpResult r = Ip.in(ns).tryRun("-j", "link", "show");
                try {
                    List<String> p = r.ok() ? pending(r.stdout()) : List.of("ip failed: " + r.stderr().strip());
                    if (!p.isEmpty()) {
                        still.add(ns);
                        last = p;
                        if (r.ok()) {
                            // RTM_GETLINK for one device runs the device's pending linkwatch work at once
                            // (linkwatch_sync_dev); a dump does not. One batch asks for each pending link.
                            Ip.in(ns).batch(p.stream().map(n -> "link show dev " + n).filter(IpLines::batchSafe).toList(), true);
                            p.stream().filter(n -> !IpLines.batchSafe(n)).forEach(n -> Ip.in(ns).tryRun("link", "show", "dev", n));
                        }
                    }
                } catch (IOException e) {
                    throw new LabException("cannot read link states of " + ns + ": " + e.getMessage(), e);
                }
            }
            left = still;
            if (left.isEmpty()) {
                break;
            }
            if ((System.nanoTime() - t0) / 1_000_000 > boundMillis) {
                throw new LabException("links did not come up within " + boundMillis + " ms in " + left + ": " + last);
            }
            Thread.sleep(10);
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
