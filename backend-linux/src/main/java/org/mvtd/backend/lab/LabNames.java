package org.mvtd.backend.lab;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of one lab run's namespaces: {@code mvtdlab-<runid>-s0} (switch), {@code -h0} (host),
 * {@code -t0} (station). The run id is 8 random hex digits, so concurrent runs never collide and a
 * leftover namespace names the run (and through its owner marker, the process) that made it.
 */
public record LabNames(String runId) {
    public static final String PREFIX = "mvtdlab-";
    private static final Pattern RUN_ID = Pattern.compile("[0-9a-f]{8}");
    private static final Pattern NS = Pattern.compile(Pattern.quote(PREFIX) + "([0-9a-f]{8})-[sht][0-9]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    public LabNames {
        Objects.requireNonNull(runId, "runId");
        if (!RUN_ID.matcher(runId).matches()) {
            throw new IllegalArgumentException("run id must be 8 lower-case hex digits: " + runId);
        }
    }

    public static LabNames fresh() {
        byte[] b = new byte[4];
        RANDOM.nextBytes(b);
        return new LabNames(HexFormat.of().formatHex(b));
    }

    public String switchNs(int i) {
        return PREFIX + runId + "-s" + i;
    }

    public String hostNs(int i) {
        return PREFIX + runId + "-h" + i;
    }

    public String stationNs(int i) {
        return PREFIX + runId + "-t" + i;
    }

    /** The run id of a lab namespace name, or empty for any other name. */
    public static Optional<String> runOf(String namespace) {
        Matcher m = NS.matcher(namespace);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
