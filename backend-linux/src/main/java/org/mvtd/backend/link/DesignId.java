package org.mvtd.backend.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * The id that marks a design's links: a slug of the design name (lower-case letters, digits and '-',
 * at most 24) plus '-' plus the first 8 hex digits of SHA-256 of the exact name, e.g. {@code classroom-1f3a09bc}.
 * Stable across edits of everything but the name. Its hash also proposes the link group.
 */
public record DesignId(String value) {
    public static final String ALIAS_PREFIX = "macvtap-designer:";

    public DesignId {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[a-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("not a design id: " + value);
        }
    }

    public static DesignId of(String designName) {
        String slug = designName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 24) {
            slug = slug.substring(0, 24).replaceAll("-+$", "");
        }
        if (slug.isEmpty()) {
            slug = "design";
        }
        return new DesignId(slug + "-" + HexFormat.of().formatHex(sha(designName), 0, 4));
    }

    /** The group first proposed for this design: 0x10000000 plus 28 bits of the name's hash. */
    public static long proposedGroup(String designName) {
        byte[] h = sha(designName);
        long bits = ((h[4] & 0xffL) << 24 | (h[5] & 0xffL) << 16 | (h[6] & 0xffL) << 8 | (h[7] & 0xffL)) & 0x0fffffffL;
        return 0x10000000L | bits;
    }

    /** The alias that marks {@code endpoint} as made by us for this design. */
    public String alias(String endpoint) {
        return ALIAS_PREFIX + value + ":" + endpoint;
    }

    /** True when {@code link} carries this design's alias for its own name. */
    public boolean owns(LinkInfo link) {
        return alias(link.name()).equals(link.alias());
    }

    /** True when {@code link} was made by macvtap-designer for any design. */
    public static boolean anyOwns(LinkInfo link) {
        return link.alias() != null && link.alias().startsWith(ALIAS_PREFIX);
    }

    private static byte[] sha(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
