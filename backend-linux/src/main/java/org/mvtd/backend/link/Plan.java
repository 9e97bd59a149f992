package org.mvtd.backend.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * What an apply would do for one host of a design, against the live kernel.
 *
 * @param group the link group reserved for the design on this machine
 * @param uid   the user who will own guests' /dev nodes
 */
public record Plan(DesignId designId, String host, long group, int uid, List<Step> steps) {
    public Plan {
        Objects.requireNonNull(designId, "designId");
        Objects.requireNonNull(host, "host");
        steps = List.copyOf(steps);
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** The steps that change links not made by macvtap-designer (a passthru lower's MAC): confirm them as such. */
    public List<Step> foreignSteps() {
        return steps.stream().filter(s -> s.kind().foreign()).toList();
    }

    /**
     * A digest of what the plan does, so an apply can refuse when the kernel changed since the user
     * confirmed (PROTOCOL.md: {@code expect}).
     */
    public String digest() {
        StringBuilder sb = new StringBuilder().append(designId).append('\n').append(host).append('\n')
                .append(group).append('\n').append(uid).append('\n');
        for (Step s : steps) {
            sb.append(s.describe()).append('\n');
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
