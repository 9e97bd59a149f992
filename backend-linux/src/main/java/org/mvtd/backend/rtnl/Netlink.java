package org.mvtd.backend.rtnl;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Building blocks of rtnetlink link requests: the message with its {@code ifinfomsg}, and attributes (native order). */
public final class Netlink {
    // The kernel's numbers (uapi linux/netlink.h, rtnetlink.h, if_link.h, if.h), named once for requests and benchmarks.
    public static final int RTM_NEWLINK = 16;
    public static final int RTM_DELLINK = 17;
    public static final int RTM_SETLINK = 19;
    public static final int NLM_F_REQUEST = 0x1;
    public static final int NLM_F_ACK = 0x4;
    public static final int NLM_F_ECHO = 0x8;
    public static final int NLM_F_EXCL = 0x200;
    public static final int NLM_F_CREATE = 0x400;
    public static final int IFLA_ADDRESS = 1;
    public static final int IFLA_IFNAME = 3;
    public static final int IFLA_LINK = 5;
    public static final int IFLA_LINKINFO = 18;
    public static final int IFLA_IFALIAS = 20;
    public static final int IFLA_AF_SPEC = 26;
    public static final int IFLA_GROUP = 27;
    public static final int IFLA_INFO_KIND = 1;
    public static final int IFLA_INFO_DATA = 2;
    public static final int IFLA_MACVLAN_MODE = 1;
    public static final int AF_INET6 = 10;
    public static final int IFLA_INET6_ADDR_GEN_MODE = 8;
    public static final int IFF_UP = 0x1;
    public static final int IFF_ALLMULTI = 0x200;

    private Netlink() {
    }

    /** A link request (nlmsghdr + ifinfomsg + attributes) with NLM_F_REQUEST | NLM_F_ACK and {@code extraFlags}. */
    public static byte[] linkRequest(int type, int extraFlags, int seq, int ifindex, int ifFlags, int ifChange, byte[]... attrs) {
        byte[] body = concat(attrs);
        ByteBuffer b = ByteBuffer.allocate(32 + body.length).order(ByteOrder.nativeOrder());
        b.putInt(32 + body.length).putShort((short) type).putShort((short) (NLM_F_REQUEST | NLM_F_ACK | extraFlags))
                .putInt(seq).putInt(0);
        b.put((byte) 0).put((byte) 0).putShort((short) 0).putInt(ifindex).putInt(ifFlags).putInt(ifChange); // ifinfomsg
        b.put(body);
        return b.array();
    }

    /** One attribute (nlattr), padded to 4 bytes. */
    public static byte[] attr(int type, byte[] payload) {
        int len = 4 + payload.length;
        ByteBuffer b = ByteBuffer.allocate((len + 3) & ~3).order(ByteOrder.nativeOrder());
        b.putShort((short) len).putShort((short) type).put(payload);
        return b.array();
    }

    /** A u32 in native order. */
    public static byte[] u32(int v) {
        return ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putInt(v).array();
    }

    /** A NUL-terminated UTF-8 string. */
    public static byte[] cstr(String s) {
        byte[] a = s.getBytes(StandardCharsets.UTF_8);
        byte[] z = new byte[a.length + 1];
        System.arraycopy(a, 0, z, 0, a.length);
        return z;
    }

    /** The parts one after another. */
    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
