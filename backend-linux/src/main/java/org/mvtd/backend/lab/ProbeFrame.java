package org.mvtd.backend.lab;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * The tag a unicast probe carries as its UDP payload (see {@link LabFrames}): magic, run tag, kind,
 * sender and target node indices, sequence number and the send time (for the measured settle).
 * Broadcast probes are real ARP requests and carry no tag: their sender is read from the ARP sender address.
 *
 * @param to target node index
 */
public record ProbeFrame(Kind kind, int from, int to, int seq, long sentNanos) {
    public static final int PAYLOAD = 33;
    private static final int MAGIC = 0x4d565444; // "MVTD"

    /** What a tagged probe is for. */
    public enum Kind {
        UNICAST,
        /** Sent after the quiet period along a path already seen working: proves earlier frames have landed. */
        MARKER
    }

    public ProbeFrame {
        Objects.requireNonNull(kind, "kind");
    }

    public byte[] payload(long runTag) {
        ByteBuffer b = ByteBuffer.allocate(PAYLOAD);
        b.putInt(MAGIC).putLong(runTag).put((byte) kind.ordinal()).putInt(from).putInt(to).putInt(seq).putLong(sentNanos);
        return b.array();
    }

    /** Decodes a UDP payload at {@code offset}; null when it is not a probe of run {@code runTag}. */
    public static ProbeFrame fromPayload(byte[] buf, int offset, int length, long runTag) {
        if (offset < 0 || length - offset < PAYLOAD) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(buf, offset, length - offset);
        if (b.getInt() != MAGIC || b.getLong() != runTag) {
            return null;
        }
        int k = b.get();
        if (k < 0 || k >= Kind.values().length) {
            return null;
        }
        return new ProbeFrame(Kind.values()[k], b.getInt(), b.getInt(), b.getInt(), b.getLong());
    }
}
