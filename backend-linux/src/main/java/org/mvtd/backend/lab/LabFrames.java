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
    static final int ETH_IPV6 = 0x86DD;
    private static final int ICMPV6 = 58;
    private static final int IP6 = 40;
    private static final int NS = 32;
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

    /**
     * A Neighbour Solicitation from {@code srcIp} (16 bytes) at {@code src} for {@code target}, sent to the
     * target's solicited-node group (ff02::1:ffXX:XXXX, MAC 33:33:ff:XX:XX:XX) with hop limit 255.
     */
    static byte[] neighbourSolicitation(Mac src, byte[] srcIp, byte[] target) {
        byte[] group = solicitedNode(target);
        ByteBuffer b = ByteBuffer.allocate(ETH + IP6 + NS);
        b.put(new byte[] {0x33, 0x33, (byte) 0xff, target[13], target[14], target[15]}).put(src.bytes())
                .putShort((short) ETH_IPV6);
        b.putInt(0x6000_0000).putShort((short) NS).put((byte) ICMPV6).put((byte) 255).put(srcIp).put(group);
        int icmp = b.position();
        b.put((byte) 135).put((byte) 0).putShort((short) 0).putInt(0).put(target).put((byte) 1).put((byte) 1).put(src.bytes());
        ByteBuffer pseudo = ByteBuffer.allocate(40 + NS);
        pseudo.put(srcIp).put(group).putInt(NS).putInt(ICMPV6).put(b.array(), icmp, NS);
        b.putShort(icmp + 2, checksum(pseudo.array(), 0, pseudo.capacity()));
        return b.array();
    }

    /** The MAC of the solicited-node group of {@code ip6} (uncompressed text), as {@code ip maddr} prints it. */
    static String solicitedNodeMac(String ip6) {
        String[] w = ip6.split(":");
        int lo = Integer.parseInt(w[7], 16);
        int mid = Integer.parseInt(w[6], 16) & 0xff;
        return String.format("33:33:ff:%02x:%02x:%02x", mid, lo >> 8, lo & 0xff);
    }

    /** The solicited-node multicast group of {@code ip}. */
    static byte[] solicitedNode(byte[] ip) {
        byte[] g = new byte[16];
        g[0] = (byte) 0xff;
        g[1] = 0x02;
        g[11] = 0x01;
        g[12] = (byte) 0xff;
        System.arraycopy(ip, 13, g, 13, 3);
        return g;
    }

    /**
     * The source and target addresses (32 bytes) of a Neighbour Solicitation sent to the target's
     * solicited-node MAC, or null when the frame is none.
     */
    static byte[] solicitation(byte[] f, int len) {
        int icmp = ETH + IP6;
        if (len < icmp + 24 || etherType(f) != ETH_IPV6 || f[ETH + 6] != ICMPV6 || (f[icmp] & 0xff) != 135) {
            return null;
        }
        byte[] out = new byte[32];
        System.arraycopy(f, ETH + 8, out, 0, 16);
        System.arraycopy(f, icmp + 8, out, 16, 16);
        boolean toGroup = f[0] == 0x33 && f[1] == 0x33 && f[2] == (byte) 0xff && f[3] == out[29] && f[4] == out[30]
                && f[5] == out[31];
        return toGroup ? out : null;
    }

    /** The EUI-64 link-local address a guest derives from its MAC (RFC 4291 appendix A). */
    static byte[] eui64LinkLocal(Mac mac) {
        byte[] m = mac.bytes();
        return new byte[] {(byte) 0xfe, (byte) 0x80, 0, 0, 0, 0, 0, 0, (byte) (m[0] ^ 2), m[1], m[2], (byte) 0xff,
                (byte) 0xfe, m[3], m[4], m[5]};
    }

    /** A lab link-local address fe80::1:HI:LO for node {@code k}: unique, and so is its solicited-node group. */
    static byte[] labLinkLocal(int k) {
        return new byte[] {(byte) 0xfe, (byte) 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, (byte) (k >> 16), (byte) (k >> 8),
                (byte) k};
    }

    static String ip6(byte[] a) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i += 2) {
            sb.append(i == 0 ? "" : ":").append(Integer.toHexString(((a[i] & 0xff) << 8) | (a[i + 1] & 0xff)));
        }
        return sb.toString();
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
