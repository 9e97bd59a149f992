package org.mvtd.backend.rtnl;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.mvtd.backend.link.LinkStats;
import org.mvtd.backend.link.OperState;

/**
 * Reads a datagram of rtnetlink messages (netlink(7), rtnetlink(7)): link messages are decoded, the end of a
 * dump and errors are reported, anything else is skipped. Every length is checked against the datagram, so a
 * truncated or hostile buffer is an {@link IllegalArgumentException}, never a read out of bounds.
 */
public final class RtnlParser {
    static final int NLMSG_HDRLEN = 16;
    static final int IFINFOMSG_LEN = 16;
    static final int NLMSG_ERROR = 2;
    static final int NLMSG_DONE = 3;
    static final int RTM_NEWLINK = 16;
    static final int RTM_DELLINK = 17;
    static final int NLM_F_DUMP_INTR = 0x10;

    static final int IFLA_ADDRESS = 1;
    static final int IFLA_IFNAME = 3;
    static final int IFLA_MTU = 4;
    static final int IFLA_LINK = 5;
    static final int IFLA_OPERSTATE = 16;
    static final int IFLA_LINKINFO = 18;
    static final int IFLA_IFALIAS = 20;
    static final int IFLA_STATS64 = 23;
    static final int IFLA_GROUP = 27;
    static final int IFLA_LINK_NETNSID = 37;
    static final int IFLA_INFO_KIND = 1;
    static final int IFLA_INFO_DATA = 2;
    static final int IFLA_MACVLAN_MODE = 1;
    private static final int NLA_TYPE_MASK = 0x3fff;

    private RtnlParser() {
    }

    /**
     * What one datagram held.
     *
     * @param done      an NLMSG_DONE ended a dump
     * @param error     the errno of an NLMSG_ERROR that is not a plain ack (0 when none)
     * @param interrupted a dump message carried NLM_F_DUMP_INTR: the table changed while dumping
     */
    public record Batch(List<RtnlLink> links, boolean done, int error, boolean interrupted) {
        public Batch {
            links = List.copyOf(links);
        }
    }

    /** Parses {@code len} bytes of {@code buf} (native byte order, as the kernel writes them). */
    public static Batch parse(byte[] buf, int len) {
        Objects.requireNonNull(buf, "buf");
        if (len < 0 || len > buf.length) {
            throw new IllegalArgumentException("length " + len + " outside a buffer of " + buf.length);
        }
        ByteBuffer b = ByteBuffer.wrap(buf, 0, len).order(ByteOrder.nativeOrder());
        List<RtnlLink> links = new ArrayList<>();
        boolean done = false;
        boolean interrupted = false;
        int error = 0;
        int off = 0;
        while (off + NLMSG_HDRLEN <= len) {
            int msgLen = b.getInt(off);
            int type = Short.toUnsignedInt(b.getShort(off + 4));
            int flags = Short.toUnsignedInt(b.getShort(off + 6));
            if (msgLen < NLMSG_HDRLEN || msgLen > len - off) {
                throw new IllegalArgumentException("netlink message at " + off + " claims " + msgLen + " bytes of " + (len - off));
            }
            interrupted |= (flags & NLM_F_DUMP_INTR) != 0;
            switch (type) {
                case NLMSG_DONE -> done = true;
                case NLMSG_ERROR -> {
                    if (msgLen < NLMSG_HDRLEN + 4) {
                        throw new IllegalArgumentException("truncated NLMSG_ERROR at " + off);
                    }
                    int err = -b.getInt(off + NLMSG_HDRLEN);
                    if (err != 0) {
                        error = err;
                    }
                }
                case RTM_NEWLINK, RTM_DELLINK -> links.add(link(b, off, msgLen, type == RTM_DELLINK));
                default -> {
                    // other message types (none are asked for): skipped
                }
            }
            off += align(msgLen);
        }
        return new Batch(links, done, error, interrupted);
    }

    private static RtnlLink link(ByteBuffer b, int off, int msgLen, boolean deleted) {
        int body = off + NLMSG_HDRLEN;
        if (msgLen < NLMSG_HDRLEN + IFINFOMSG_LEN) {
            throw new IllegalArgumentException("truncated ifinfomsg at " + off);
        }
        int hwType = Short.toUnsignedInt(b.getShort(body + 2));
        int ifindex = b.getInt(body + 4);
        int flags = b.getInt(body + 8);
        Attrs attrs = new Attrs();
        walk(b, body + IFINFOMSG_LEN, off + msgLen, "attribute", (aType, v, vLen) -> attrs.read(b, aType, v, vLen));
        if (attrs.name == null) {
            throw new IllegalArgumentException("link message for ifindex " + ifindex + " without IFLA_IFNAME");
        }
        String alias = attrs.alias == null || attrs.alias.isEmpty() ? null : attrs.alias;
        return new RtnlLink(deleted, ifindex, hwType, flags, attrs.name, attrs.kind, attrs.mode, attrs.link, attrs.elsewhere,
                attrs.mac, attrs.operstate, attrs.mtu, attrs.group, alias, attrs.stats);
    }

    /** The attributes of one link message as they are read. */
    private static final class Attrs {
        String name;
        String kind;
        String mode;
        int link;
        boolean elsewhere;
        String mac;
        String operstate = "UNKNOWN";
        int mtu;
        long group;
        String alias;
        LinkStats stats;

        void read(ByteBuffer b, int aType, int v, int vLen) {
            switch (aType) {
                case IFLA_IFNAME -> name = string(b, v, vLen);
                case IFLA_ADDRESS -> mac = address(b, v, vLen);
                case IFLA_MTU -> mtu = u32(b, v, vLen, "IFLA_MTU");
                case IFLA_LINK -> link = u32(b, v, vLen, "IFLA_LINK");
                case IFLA_LINK_NETNSID -> elsewhere = true;
                case IFLA_OPERSTATE -> {
                    operstate = OperState.fromKernelValue(vLen >= 1 ? Byte.toUnsignedInt(b.get(v)) : 0).kernelName();
                }
                case IFLA_GROUP -> group = Integer.toUnsignedLong(u32(b, v, vLen, "IFLA_GROUP"));
                case IFLA_IFALIAS -> alias = string(b, v, vLen);
                case IFLA_STATS64 -> stats = stats64(b, v, vLen);
                case IFLA_LINKINFO -> linkInfo(b, v, v + vLen);
                default -> {
                    // attributes the helper does not use
                }
            }
        }

        /** Kind and macvlan mode from a nested IFLA_LINKINFO. */
        private void linkInfo(ByteBuffer b, int from, int end) {
            int[] data = {-1, -1};
            walk(b, from, end, "link info attribute", (aType, v, vLen) -> {
                if (aType == IFLA_INFO_KIND) {
                    kind = string(b, v, vLen);
                } else if (aType == IFLA_INFO_DATA) {
                    data[0] = v;
                    data[1] = v + vLen;
                }
            });
            if (data[0] >= 0 && ("macvlan".equals(kind) || "macvtap".equals(kind))) {
                walk(b, data[0], data[1], "macvlan attribute", (aType, v, vLen) -> {
                    if (aType == IFLA_MACVLAN_MODE) {
                        mode = macvlanMode(u32(b, v, vLen, "IFLA_MACVLAN_MODE"));
                    }
                });
            }
        }
    }

    /** Receives one attribute: its type (without the nested/byte-order bits) and where its value lies. */
    @FunctionalInterface
    private interface AttrVisitor {
        void visit(int type, int valueAt, int valueLen);
    }

    /** Visits the attributes between {@code from} and {@code end}, each length checked against {@code end}. */
    private static void walk(ByteBuffer b, int from, int end, String what, AttrVisitor visitor) {
        for (int a = from; a + 4 <= end; ) {
            int aLen = Short.toUnsignedInt(b.getShort(a));
            int aType = Short.toUnsignedInt(b.getShort(a + 2)) & NLA_TYPE_MASK;
            if (aLen < 4 || a + aLen > end) {
                throw new IllegalArgumentException(what + " " + aType + " at " + a + " claims " + aLen + " bytes");
            }
            visitor.visit(aType, a + 4, aLen - 4);
            a += align(aLen);
        }
    }

    /** The names iproute2 prints for {@code enum macvlan_mode}. */
    static String macvlanMode(int m) {
        return switch (m) {
            case 1 -> "private";
            case 2 -> "vepa";
            case 4 -> "bridge";
            case 8 -> "passthru";
            case 16 -> "source";
            default -> "unknown";
        };
    }

    private static LinkStats stats64(ByteBuffer b, int v, int vLen) {
        if (vLen < 64) {
            throw new IllegalArgumentException("IFLA_STATS64 of " + vLen + " bytes");
        }
        // struct rtnl_link_stats64: rx_packets, tx_packets, rx_bytes, tx_bytes, rx_errors, tx_errors, rx_dropped, tx_dropped
        long[] s = new long[8];
        for (int i = 0; i < 8; i++) {
            s[i] = b.getLong(v + 8 * i);
        }
        return new LinkStats(s[2], s[0], s[6], s[4], s[3], s[1], s[7], s[5]);
    }

    private static int u32(ByteBuffer b, int v, int vLen, String what) {
        if (vLen < 4) {
            throw new IllegalArgumentException(what + " of " + vLen + " bytes");
        }
        return b.getInt(v);
    }

    /** A NUL-terminated string attribute (the terminator may be missing). */
    private static String string(ByteBuffer b, int v, int vLen) {
        int n = 0;
        while (n < vLen && b.get(v + n) != 0) {
            n++;
        }
        byte[] s = new byte[n];
        b.get(v, s);
        return new String(s, StandardCharsets.UTF_8);
    }

    /** A link-layer address as iproute2 prints an Ethernet one: lower-case hex octets joined by ':'. */
    private static String address(ByteBuffer b, int v, int vLen) {
        if (vLen == 0) {
            return null;
        }
        byte[] a = new byte[vLen];
        b.get(v, a);
        return HexFormat.ofDelimiter(":").formatHex(a);
    }

    static int align(int n) {
        return (n + 3) & ~3;
    }
}
