package org.mvtd.model.rules;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for an interface address in CIDR form ({@code 192.0.2.10/24}, {@code 2001:db8::10/64}), used by
 * the validator, the engine and the editor. Parsed here, not by {@code InetAddress}, which would look a
 * mistyped address up in DNS; only literal IPv4 dotted quads and RFC 4291 IPv6 text are accepted.
 */
public final class IpAddresses {
    private static final Pattern DECIMAL = Pattern.compile("0|[1-9][0-9]{0,2}");
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");

    private IpAddresses() {
    }

    /** A parsed address with its prefix length. */
    public static final class Cidr {
        private final byte[] bytes;
        private final int prefix;

        private Cidr(byte[] bytes, int prefix) {
            this.bytes = bytes;
            this.prefix = prefix;
        }

        public boolean isV6() {
            return bytes.length == 16;
        }

        public int prefix() {
            return prefix;
        }

        /** Is {@code other}'s address inside this address's prefix (same family)? */
        public boolean covers(Cidr other) {
            return other.bytes.length == bytes.length && samePrefix(bytes, other.bytes, prefix);
        }

        /** Each address is on-link by the other's prefix: both ends then reach each other without a router. */
        public boolean onLinkWith(Cidr other) {
            return covers(other) && other.covers(this);
        }

        /** The address alone, in one spelling per address (for uniqueness). */
        public String addressKey() {
            StringBuilder sb = new StringBuilder(isV6() ? "6:" : "4:");
            for (byte b : bytes) {
                sb.append(String.format("%02x", b & 0xff));
            }
            return sb.toString();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Cidr c && c.prefix == prefix && Arrays.equals(c.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes) * 31 + prefix;
        }
    }

    /** The parsed address, or empty when {@link #problem} has something to say. */
    public static Optional<Cidr> parse(String text) {
        return problem(text).isPresent() ? Optional.empty() : Optional.of(parseUnchecked(text));
    }

    /** Why {@code text} is not a usable interface address with prefix, as a phrase that follows it, or empty. */
    public static Optional<String> problem(String text) {
        Objects.requireNonNull(text, "text");
        int slash = text.indexOf('/');
        if (slash < 0) {
            return Optional.of("has no prefix length: write it in CIDR form, such as 192.0.2.10/24 or 2001:db8::10/64");
        }
        byte[] bytes = text.indexOf(':') >= 0 ? v6(text.substring(0, slash)) : v4(text.substring(0, slash));
        if (bytes == null) {
            return Optional.of("is not an IPv4 address (four numbers 0-255) or an IPv6 address, followed by /prefix");
        }
        String p = text.substring(slash + 1);
        int max = bytes.length * 8;
        if (!DECIMAL.matcher(p).matches() || Integer.parseInt(p) > max) {
            return Optional.of("has a bad prefix length '" + p + "': use a whole number from 1 to " + max);
        }
        int prefix = Integer.parseInt(p);
        if (prefix == 0) {
            return Optional.of("has prefix length 0, which would put every address on-link");
        }
        return kindProblem(bytes, prefix);
    }

    private static Optional<String> kindProblem(byte[] b, int prefix) {
        int first = b[0] & 0xff;
        boolean zero = allBits(b, 0, b.length * 8, false);
        if (zero) {
            return Optional.of("is the unspecified address, which no interface may carry");
        }
        if (b.length == 4 && first >= 240) {
            return Optional.of("is in the reserved block 240.0.0.0/4 (or the limited broadcast), which no interface may carry");
        }
        if (b.length == 4 ? first >= 224 : first == 0xff) {
            return Optional.of("is a multicast address; an interface address is unicast");
        }
        if (b.length == 4 ? first == 127 : allBits(b, 0, 127, false)) {
            return Optional.of("is a loopback address, which lives on 'lo', not on this link");
        }
        int hostBits = b.length * 8 - prefix;
        if (b.length == 4 && hostBits >= 2) {
            if (allBits(b, prefix, 32, false)) {
                return Optional.of("is the network address of its /" + prefix + "; an interface needs a host address");
            }
            if (allBits(b, prefix, 32, true)) {
                return Optional.of("is the broadcast address of its /" + prefix + "; an interface needs a host address");
            }
        }
        if (b.length == 16 && hostBits >= 2 && allBits(b, prefix, 128, false)) {
            return Optional.of("is the subnet-router anycast address (the network address) of its /" + prefix
                    + "; an interface needs a host address");
        }
        return Optional.empty();
    }

    private static Cidr parseUnchecked(String text) {
        int slash = text.indexOf('/');
        String a = text.substring(0, slash);
        return new Cidr(a.indexOf(':') >= 0 ? v6(a) : v4(a), Integer.parseInt(text.substring(slash + 1)));
    }

    private static byte[] v4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            if (!DECIMAL.matcher(parts[i]).matches() || Integer.parseInt(parts[i]) > 255) {
                return null;
            }
            out[i] = (byte) Integer.parseInt(parts[i]);
        }
        return out;
    }

    private static byte[] v6(String s) {
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        String head = gap >= 0 ? s.substring(0, gap) : s;
        String tail = gap >= 0 ? s.substring(gap + 2) : "";
        int[] h = groups(head, gap < 0 || tail.isEmpty());
        int[] t = gap >= 0 ? groups(tail, true) : new int[0];
        if (h == null || t == null) {
            return null;
        }
        int total = h.length + t.length;
        if (gap < 0 ? total != 8 : total > 7) {
            return null;
        }
        byte[] out = new byte[16];
        for (int i = 0; i < h.length; i++) {
            put(out, i, h[i]);
        }
        for (int i = 0; i < t.length; i++) {
            put(out, 8 - t.length + i, t[i]);
        }
        return out;
    }

    /** 16-bit groups separated by ':'; the last may be a dotted quad (two groups) when {@code last} holds. */
    private static int[] groups(String s, boolean last) {
        if (s.isEmpty()) {
            return new int[0];
        }
        String[] parts = s.split(":", -1);
        int[] out = new int[parts.length * 2];
        int n = 0;
        for (int i = 0; i < parts.length; i++) {
            if (last && i == parts.length - 1 && parts[i].indexOf('.') >= 0) {
                byte[] q = v4(parts[i]);
                if (q == null) {
                    return null;
                }
                out[n++] = (q[0] & 0xff) << 8 | (q[1] & 0xff);
                out[n++] = (q[2] & 0xff) << 8 | (q[3] & 0xff);
            } else if (HEX_GROUP.matcher(parts[i]).matches()) {
                out[n++] = Integer.parseInt(parts[i], 16);
            } else {
                return null;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static void put(byte[] out, int group, int value) {
        out[2 * group] = (byte) (value >> 8);
        out[2 * group + 1] = (byte) value;
    }

    private static boolean allBits(byte[] b, int from, int to, boolean one) {
        for (int i = from; i < to; i++) {
            boolean bit = (b[i / 8] >> (7 - i % 8) & 1) == 1;
            if (bit != one) {
                return false;
            }
        }
        return true;
    }

    private static boolean samePrefix(byte[] a, byte[] b, int prefix) {
        for (int i = 0; i < prefix; i++) {
            if ((a[i / 8] >> (7 - i % 8) & 1) != (b[i / 8] >> (7 - i % 8) & 1)) {
                return false;
            }
        }
        return true;
    }
}
