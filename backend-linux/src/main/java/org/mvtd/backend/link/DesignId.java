package org.mvtd.backend.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The id that marks a design's links: a slug of the design name (lower-case letters, digits and '-',
 * at most 24) plus '-' plus the first 8 hex digits of SHA-256 of the exact name, e.g. {@code classroom-1f3a09bc}.
 * Stable across edits of everything but the name. Its hash also proposes the link group.
 */
public record DesignId(String value) {
    public static final String ALIAS_PREFIX = "macvtap-designer:";
    /** After {@code ENDPOINT:}: the uid, then the mark (absent in aliases of versions before it). */
    private static final Pattern TAIL = Pattern.compile("(0|[1-9][0-9]{0,9})(?::([0-9a-f]{16}))?");

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
     * {@code macvtap-designer:ID:ENDPOINT:UID:MARK}, MARK being this installation's {@link OwnerMark} over all of it
     * and the namespace. The helper writes only aliases it computes from a checked design id, a checked name
     * (no ':') and the uid the kernel vouched for.
     */
    public String alias(String endpoint, int uid) {
        if (uid < 0) {
            throw new IllegalArgumentException("negative uid " + uid);
        }
        return ALIAS_PREFIX + value + ":" + endpoint + ":" + uid + ":" + OwnerMark.current().tag(this, endpoint, uid);
    }

    /** The alias the first versions wrote, without uid or mark. */
    String legacyAlias(String endpoint) {
        return ALIAS_PREFIX + value + ":" + endpoint;
    }

    /** An alias of this design for a link {@code name}, taken apart: uid (0 for the first versions) and mark, if any. */
    private record Parsed(int uid, String mark) {
    }

    private Optional<Parsed> parse(String name, String alias) {
        if (alias == null || name == null) {
            return Optional.empty();
        }
        if (alias.equals(legacyAlias(name))) {
            return Optional.of(new Parsed(0, null));
        }
        String head = legacyAlias(name) + ":";
        if (!alias.startsWith(head)) {
            return Optional.empty();
        }
        Matcher m = TAIL.matcher(alias.substring(head.length()));
        if (!m.matches()) {
            return Optional.empty();
        }
        long uid = Long.parseLong(m.group(1));
        return uid > Integer.MAX_VALUE ? Optional.empty() : Optional.of(new Parsed((int) uid, m.group(2)));
    }

    /**
     * True when {@code alias} reads as this design's marker for a link named {@code name}, by any uid: what a
     * client, which has no key, shows as ours. The helper decides by {@link #owns(LinkInfo)}, which checks the mark.
     */
    public boolean owns(String name, String alias) {
        return owner(name, alias).isPresent();
    }

    /** True when {@code link} carries this design's marker for its own name and the helper can prove it made it. */
    public boolean owns(LinkInfo link) {
        return owner(link).isPresent();
    }

    /** The uid an alias of this design names (0 for the first versions, which named none), unchecked. */
    public OptionalInt owner(String name, String alias) {
        return parse(name, alias).map(p -> OptionalInt.of(p.uid())).orElse(OptionalInt.empty());
    }

    /**
     * The uid {@code link} was made for, when its marker proves the helper made it (a mark that verifies, or an
     * older unmarked alias where those count, see {@link OwnerMark}); else empty.
     */
    public OptionalInt owner(LinkInfo link) {
        Optional<Parsed> p = parse(link.name(), link.alias());
        if (p.isEmpty()) {
            return OptionalInt.empty();
        }
        OwnerMark mark = OwnerMark.current();
        boolean proven = p.get().mark() == null ? mark.unsignedTrusted()
                : p.get().mark().equals(mark.tag(this, link.name(), p.get().uid()));
        return proven ? OptionalInt.of(p.get().uid()) : OptionalInt.empty();
    }

    /** True when {@code link} reads as this design's but its marker proves nothing: older, copied or made up. */
    public boolean unproven(LinkInfo link) {
        return owns(link.name(), link.alias()) && !owns(link);
    }

    /**
     * True when {@code uid} may change or delete {@code link}: it is provably this design's and was made for
     * {@code uid}, or {@code uid} is root (who may take any user's links, and is told so).
     */
    public boolean mayChange(LinkInfo link, int uid) {
        OptionalInt o = owner(link);
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
