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

    /**
     * The alias that marks {@code endpoint} as made by us for this design at the request of {@code uid}:
     * {@code macvtap-designer:ID:ENDPOINT:UID}. Setting IFLA_IFALIAS needs CAP_NET_ADMIN over the namespace, so in
     * the helper's namespace only root (the helper) can write it; the helper writes only aliases it computes from
     * a checked design id, a checked name (no ':') and the uid the kernel vouched for.
     */
    public String alias(String endpoint, int uid) {
        if (uid < 0) {
            throw new IllegalArgumentException("negative uid " + uid);
        }
        return ALIAS_PREFIX + value + ":" + endpoint + ":" + uid;
    }

    /** The alias earlier versions wrote, without a uid: such links are root's to change. */
    String legacyAlias(String endpoint) {
        return ALIAS_PREFIX + value + ":" + endpoint;
    }

    /** True when {@code alias} marks a link named {@code name} as made for this design, by any uid. */
    public boolean owns(String name, String alias) {
        return owner(name, alias).isPresent();
    }

    /** True when {@code link} carries this design's alias for its own name (made for any uid). */
    public boolean owns(LinkInfo link) {
        return owns(link.name(), link.alias());
    }

    /**
     * The uid a link of this design was made for, from its alias: empty when it is not this design's (or not for
     * its own name); 0 for an alias of an earlier version, which carried no uid.
     */
    public java.util.OptionalInt owner(String name, String alias) {
        if (alias == null || name == null) {
            return java.util.OptionalInt.empty();
        }
        if (alias.equals(legacyAlias(name))) {
            return java.util.OptionalInt.of(0);
        }
        String head = legacyAlias(name) + ":";
        if (!alias.startsWith(head) || !alias.substring(head.length()).matches("0|[1-9][0-9]{0,9}")) {
            return java.util.OptionalInt.empty();
        }
        long uid = Long.parseLong(alias.substring(head.length()));
        return uid > Integer.MAX_VALUE ? java.util.OptionalInt.empty() : java.util.OptionalInt.of((int) uid);
    }

    public java.util.OptionalInt owner(LinkInfo link) {
        return owner(link.name(), link.alias());
    }

    /**
     * True when {@code uid} may change or delete {@code link}: it is this design's and was made for {@code uid},
     * or {@code uid} is root (who may take any user's links, and is told so).
     */
    public boolean mayChange(LinkInfo link, int uid) {
        java.util.OptionalInt o = owner(link);
        return o.isPresent() && (uid == 0 || o.getAsInt() == uid);
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
