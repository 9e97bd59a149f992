package org.mvtd.backend.lab;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Random;

/** A 48-bit MAC address. */
public record Mac(byte[] bytes) {
    public static final Mac BROADCAST = new Mac(new byte[] {-1, -1, -1, -1, -1, -1});

    public Mac {
        if (bytes.length != 6) {
            throw new IllegalArgumentException("a MAC has 6 bytes, not " + bytes.length);
        }
        bytes = bytes.clone();
    }

    /** Parses "52:54:00:b8:9c:58" (either case). */
    public static Mac parse(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length != 6) {
            throw new IllegalArgumentException("not a MAC address: '" + text + "'");
        }
        byte[] b = new byte[6];
        for (int i = 0; i < 6; i++) {
            if (parts[i].length() != 2) {
                throw new IllegalArgumentException("not a MAC address: '" + text + "'");
            }
            b[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return new Mac(b);
    }

    /** A random locally administered unicast address (first octet's low bits 10). */
    public static Mac randomLocal(Random rnd) {
        byte[] b = new byte[6];
        rnd.nextBytes(b);
        b[0] = (byte) ((b[0] & 0xfc) | 0x02);
        return new Mac(b);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public boolean isBroadcast() {
        return Arrays.equals(bytes, BROADCAST.bytes);
    }

    public boolean matches(byte[] frame, int offset) {
        return Arrays.equals(bytes, 0, 6, frame, offset, offset + 6);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mac m && Arrays.equals(bytes, m.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return HexFormat.ofDelimiter(":").formatHex(bytes).toLowerCase(Locale.ROOT);
    }
}
