package org.mvtd.backend.lab;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * The real frames the lab sends, so that receivers' IP stacks judge them: IPv4/UDP datagrams to the lab
 * port (unicast probes, their tag as payload) and ARP requests (broadcast probes). Addresses are IPv4 as
 * unsigned 32-bit values in a long. Pure: encoding and decoding only.
 */
final class LabFrames {
    /** The UDP port every IP-stack node listens on. */
    static final int PORT = 47_047;
    static final int ETH_IPV4 = 0x0800;
    static final int ETH_ARP = 0x0806;
    private static final int ETH = 14;
    private static final int IP = 20;
    private static final int UDP = 8;
    private static final int MIN_FRAME = 60;

    private LabFrames() {
    }

    /** An IPv4/UDP frame from {@code srcIp} to {@code dstIp}:{@link #PORT}; UDP checksum 0 (none, as IPv4 allows). */
    static byte[] udp(Mac dst, Mac src, long srcIp, long dstIp, byte[] payload) {
        Objects.requireNonNull(payload, "payload");
        int len = Math.max(MIN_FRAME, ETH + IP + UDP + payload.length);
        ByteBuffer b = ByteBuffer.allocate(len);
        b.put(dst.bytes()).put(src.bytes()).putShort((short) ETH_IPV4);
        int ipStart = b.position();
        b.put((byte) 0x45).put((byte) 0).putShort((short) (IP + UDP + payload.length)).putShort((short) 0)
                .putShort((short) 0x4000).put((byte) 64).put((byte) 17).putShort((short) 0)
                .putInt((int) srcIp).putInt((int) dstIp);
        b.putShort(ipStart + 10, checksum(b.array(), ipStart, IP));
        b.putShort((short) PORT).putShort((short) PORT).putShort((short) (UDP + payload.length)).putShort((short) 0);
        b.put(payload);
        return b.array();
    }

    /** A broadcast ARP request: who has {@code targetIp}, tell {@code senderIp} at {@code src}. */
    static byte[] arpRequest(Mac src, long senderIp, long targetIp) {
        ByteBuffer b = ByteBuffer.allocate(MIN_FRAME);
        b.put(Mac.BROADCAST.bytes()).put(src.bytes()).putShort((short) ETH_ARP);
        b.putShort((short) 1).putShort((short) ETH_IPV4).put((byte) 6).put((byte) 4).putShort((short) 1);
        b.put(src.bytes()).putInt((int) senderIp).put(new byte[6]).putInt((int) targetIp);
        return b.array();
    }

    /** Where the UDP payload of a frame to the lab port starts, or -1 when the frame is no such datagram. */
    static int udpPayload(byte[] f, int len) {
        if (len < ETH + IP + UDP || etherType(f) != ETH_IPV4 || (f[ETH] & 0xff) != 0x45 || f[ETH + 9] != 17) {
            return -1;
        }
        int port = ((f[ETH + IP + 2] & 0xff) << 8) | (f[ETH + IP + 3] & 0xff);
        return port == PORT ? ETH + IP + UDP : -1;
    }

    /** The sender address of a broadcast ARP request, or -1 when the frame is none. */
    static long arpRequestSender(byte[] f, int len) {
        if (len < ETH + 28 || etherType(f) != ETH_ARP || !Mac.BROADCAST.matches(f, 0) || f[ETH + 7] != 1) {
            return -1;
        }
        return ByteBuffer.wrap(f, ETH + 14, 4).getInt() & 0xffffffffL;
    }

    static String ip(long a) {
        return ((a >> 24) & 0xff) + "." + ((a >> 16) & 0xff) + "." + ((a >> 8) & 0xff) + "." + (a & 0xff);
    }

    static long parseIp(String s) {
        String[] p = s.split("\\.");
        if (p.length != 4) {
            throw new IllegalArgumentException("not an IPv4 address: " + s);
        }
        long a = 0;
        for (String x : p) {
            int v = Integer.parseInt(x);
            if (v < 0 || v > 255) {
                throw new IllegalArgumentException("not an IPv4 address: " + s);
            }
            a = (a << 8) | v;
        }
        return a;
    }

    private static int etherType(byte[] f) {
        return ((f[12] & 0xff) << 8) | (f[13] & 0xff);
    }

    private static short checksum(byte[] b, int off, int len) {
        long sum = 0;
        for (int i = off; i < off + len; i += 2) {
            sum += ((b[i] & 0xff) << 8) | (b[i + 1] & 0xff);
        }
        while ((sum >> 16) != 0) {
            sum = (sum & 0xffff) + (sum >> 16);
        }
        return (short) ~sum;
    }
}
