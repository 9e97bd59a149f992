package org.mvtd.backend.lab;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mvtd.backend.sys.Privileges;
import org.mvtd.model.Design;
import org.mvtd.model.testing.Examples;

/**
 * Measures the ways a guest's macvtap can admit the guest's IPv6 multicast (issue 14, item 4): apply as it is,
 * then each alternative set on every guest macvtap after apply, with static and EUI-64 link-local guest
 * addresses, on every example; prints the pairs whose IPv4 and IPv6 agree with the engine. Root. Run with the
 * test class path (surefire's, e.g. the surefire.test.class.path property in target/surefire-reports/TEST-*.xml),
 * from the repository root: {@code java -Dsurefire.test.class.path=CP -cp CP org.mvtd.backend.lab.GuestTapOptions};
 * {@code -Dvariants=NAME,NAME} picks variants.
 */
public final class GuestTapOptions {
    private GuestTapOptions() {
    }

    public static void main(String[] args) throws Exception {
        List<String> missing = Privileges.missingForLab();
        if (!missing.isEmpty()) {
            System.out.println("skipped: " + String.join("; ", missing));
            return;
        }
        Map<String, List<List<String>>> variants = new LinkedHashMap<>();
        variants.put("as applied", List.of());
        variants.put("allmulticast off", List.of(List.of("allmulticast", "off")));
        variants.put("allmulticast on", List.of(List.of("allmulticast", "on")));
        variants.put("eui64 (allmulticast off)", List.of(List.of("allmulticast", "off"), List.of("down"),
                List.of("addrgenmode", "eui64"), List.of("up")));
        String only = System.getProperty("variants");
        Path cache = Path.of("backend-linux/target/guest-cache").toAbsolutePath();
        for (Map.Entry<String, List<List<String>>> v : variants.entrySet()) {
            if (only != null && !List.of(only.split(",")).contains(v.getKey())) {
                continue;
            }
            for (GuestProber.V6 kind : GuestProber.V6.values()) {
                long pairs = 0;
                long four = 0;
                long six = 0;
                long t0 = System.nanoTime();
                for (Path f : Examples.files()) {
                    Design d = Examples.load(f).design();
                    try (GuestLab lab = GuestLab.build(d, GuestLab.Options.standard(65534).withCache(cache).withV6(kind)
                            .withAfterApply(v.getValue()))) {
                        GuestRun r = lab.measure();
                        pairs += r.pairs().size();
                        four += r.ping4Agreeing();
                        six += r.ping6Agreeing();
                        r.disagreements().forEach(p -> System.out.println("  " + f.getFileName() + ": " + p.describe()));
                    }
                }
                System.out.printf("%-24s IPv6 %-10s pairs %3d  IPv4 agrees %3d  IPv6 agrees %3d  (%d ms)%n", v.getKey(), kind,
                        pairs, four, six, (System.nanoTime() - t0) / 1_000_000);
            }
        }
    }
}
