package org.mvtd.backend.lab;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * One probe frame: Ethernet header with the local-experimental EtherType 0x88B5, then a tag that
 * identifies it exactly: magic, run tag, kind, sender and target node indices, sequence number and the
 * send time (for the measured settle). Padded to the 60-byte Ethernet minimum.
 *
 * @param to target node index for unicast probes; -1 for broadcasts
 */
public record ProbeFrame(Mac dst, Mac src, long runTag, Kind kind, int from, int to, int seq, long sentNanos) {
    public static final int ETHERTYPE = 0x88B5;
    public static final int LENGTH = 60;
    private static final int MAGIC = 0x4d565444; // "MVTD"
    private static final int HEADER = 14;

    /** What a probe asks. */
    public enum Kind {
        UNICAST, BROADCAST,
        /** Sent after the quiet period along a path already seen working: proves earlier frames have landed. */
        MARKER,
        /** A broadcast into a lower device from its far end: proves the device's broadcast queue is drained. */
        SENTINEL
    }

    public ProbeFrame {
        Objects.requireNonNull(dst, "dst");
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(kind, "kind");
    }

    public byte[] encode() {
        ByteBuffer b = ByteBuffer.allocate(LENGTH);
        b.put(dst.bytes()).put(src.bytes()).putShort((short) ETHERTYPE);
        b.putInt(MAGIC).putLong(runTag).put((byte) kind.ordinal()).putInt(from).putInt(to).putInt(seq).putLong(sentNanos);
        return b.array();
    }

    /** Decodes a received frame; null when it is not a probe of run {@code runTag}. */
    public static ProbeFrame decode(byte[] buf, int length, long runTag) {
        if (length < HEADER + 33) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(buf, 0, length);
        byte[] dst = new byte[6];
        byte[] src = new byte[6];
        b.get(dst).get(src);
        if (Short.toUnsignedInt(b.getShort()) != ETHERTYPE || b.getInt() != MAGIC || b.getLong() != runTag) {
            return null;
        }
        int k = b.get();
        if (k < 0 || k >= Kind.values().length) {
            return null;
        }
        return new ProbeFrame(new Mac(dst), new Mac(src), runTag, Kind.values()[k], b.getInt(), b.getInt(), b.getInt(),
                b.getLong());
    }
}
