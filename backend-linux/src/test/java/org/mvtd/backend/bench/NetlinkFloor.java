package org.mvtd.backend.bench;

import static org.mvtd.backend.rtnl.Netlink.AF_INET6;
import static org.mvtd.backend.rtnl.Netlink.IFF_UP;
import static org.mvtd.backend.rtnl.Netlink.IFLA_AF_SPEC;
import static org.mvtd.backend.rtnl.Netlink.IFLA_GROUP;
import static org.mvtd.backend.rtnl.Netlink.IFLA_IFALIAS;
import static org.mvtd.backend.rtnl.Netlink.IFLA_IFNAME;
import static org.mvtd.backend.rtnl.Netlink.IFLA_INET6_ADDR_GEN_MODE;
import static org.mvtd.backend.rtnl.Netlink.IFLA_INFO_DATA;
import static org.mvtd.backend.rtnl.Netlink.IFLA_INFO_KIND;
import static org.mvtd.backend.rtnl.Netlink.IFLA_LINK;
import static org.mvtd.backend.rtnl.Netlink.IFLA_LINKINFO;
import static org.mvtd.backend.rtnl.Netlink.IFLA_MACVLAN_MODE;
import static org.mvtd.backend.rtnl.Netlink.NLM_F_CREATE;
import static org.mvtd.backend.rtnl.Netlink.NLM_F_EXCL;
import static org.mvtd.backend.rtnl.Netlink.RTM_NEWLINK;

import static org.mvtd.backend.rtnl.Netlink.attr;
import static org.mvtd.backend.rtnl.Netlink.concat;
import static org.mvtd.backend.rtnl.Netlink.cstr;
import static org.mvtd.backend.rtnl.Netlink.u32;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mvtd.backend.rtnl.Netlink;
import org.mvtd.backend.sys.Poller;
import org.mvtd.backend.sys.RtnlSocket;

/**
 * The kernel's own floor for an apply: the helper's three requests per macvtap (add with group; alias and
 * {@code addrgenmode none}; up) sent from this process as raw RTM_NEWLINK messages, so no iproute2 process,
 * line parsing or name lookup is paid. Either one request at a time, each waiting for its ack (what
 * {@code ip -batch} does), or pipelined: many requests per datagram, acks drained at the end. Whatever this
 * costs, no way of creating the links can cost less; it tells how far the benchmark's targets are reachable
 * on the machine at hand.
 */
final class NetlinkFloor {
    private static final int NLMSG_ERROR = 2;
    private static final int MACVLAN_MODE_BRIDGE = 4;
    private static final int IN6_ADDR_GEN_MODE_NONE = 1;
    private static final int DATAGRAM = 32 * 1024;

    private NetlinkFloor() {
    }

    /** Time of each phase and the whole, in nanoseconds. */
    record Times(long add, long mark, long up) {
        long total() {
            return add + mark + up;
        }
    }

    /** Creates {@code prefix0..n-1} on {@code lowerIndex} in group {@code group}, marks them and brings them up. */
    static Times run(String netns, int lowerIndex, String prefix, int n, long group, boolean pipelined) throws Exception {
        return run(netns, lowerIndex, prefix, n, group, pipelined, false);
    }

    /** As above; with {@code groupUp} the n ups are one request for the whole group, as the helper sends them. */
    static Times run(String netns, int lowerIndex, String prefix, int n, long group, boolean pipelined, boolean groupUp)
            throws Exception {
        try (RtnlSocket sock = RtnlSocket.open(netns, 0, 16 << 20)) {
            Poller poll = new Poller(List.of(sock.fd()));
            List<byte[]> adds = new ArrayList<>(n);
            List<byte[]> marks = new ArrayList<>(n);
            List<byte[]> ups = new ArrayList<>(n);
            int seq = 0;
            for (int i = 0; i < n; i++) {
                String name = prefix + i;
                byte[] data = attr(IFLA_MACVLAN_MODE, u32(MACVLAN_MODE_BRIDGE));
                byte[] info = concat(attr(IFLA_INFO_KIND, cstr("macvtap")), attr(IFLA_INFO_DATA, data));
                adds.add(message(++seq, NLM_F_CREATE | NLM_F_EXCL, 0, 0, attr(IFLA_IFNAME, cstr(name)),
                        attr(IFLA_LINK, u32(lowerIndex)), attr(IFLA_GROUP, u32((int) group)), attr(IFLA_LINKINFO, info)));
                byte[] inet6 = attr(AF_INET6, attr(IFLA_INET6_ADDR_GEN_MODE, new byte[] {IN6_ADDR_GEN_MODE_NONE}));
                marks.add(message(++seq, 0, 0, 0, attr(IFLA_IFNAME, cstr(name)),
                        attr(IFLA_IFALIAS, ("macvtap-designer:floor:" + name).getBytes(StandardCharsets.US_ASCII)),
                        attr(IFLA_AF_SPEC, inet6)));
                ups.add(message(++seq, 0, IFF_UP, IFF_UP, attr(IFLA_IFNAME, cstr(name))));
            }
            if (groupUp) {
                ups = List.of(message(++seq, 0, IFF_UP, IFF_UP, attr(IFLA_GROUP, u32((int) group))));
            }
            long t0 = System.nanoTime();
            send(sock, poll, adds, pipelined);
            long t1 = System.nanoTime();
            send(sock, poll, marks, pipelined);
            long t2 = System.nanoTime();
            send(sock, poll, ups, pipelined);
            long t3 = System.nanoTime();
            return new Times(t1 - t0, t2 - t1, t3 - t2);
        }
    }

    private static void send(RtnlSocket sock, Poller poll, List<byte[]> requests, boolean pipelined) throws Exception {
        if (!pipelined) {
            for (byte[] r : requests) {
                sock.send(r);
                awaitAcks(sock, poll, 1);
            }
            return;
        }
        ByteArrayOutputStream datagram = new ByteArrayOutputStream(DATAGRAM);
        for (byte[] r : requests) {
            if (datagram.size() + r.length > DATAGRAM) {
                sock.send(datagram.toByteArray());
                datagram.reset();
            }
            datagram.writeBytes(r);
        }
        if (datagram.size() > 0) {
            sock.send(datagram.toByteArray());
        }
        awaitAcks(sock, poll, requests.size());
    }

    private static void awaitAcks(RtnlSocket sock, Poller poll, int expected) throws Exception {
        byte[] buf = new byte[1 << 16];
        int acks = 0;
        while (acks < expected) {
            int len = sock.receive(buf);
            if (len < 0) {
                poll.await(5000);
                continue;
            }
            ByteBuffer b = ByteBuffer.wrap(buf, 0, len).order(ByteOrder.nativeOrder());
            for (int off = 0; off + 16 <= len; off += (b.getInt(off) + 3) & ~3) {
                if (b.getShort(off + 4) == NLMSG_ERROR) {
                    int err = -b.getInt(off + 16);
                    if (err != 0) {
                        throw new IllegalStateException("the kernel refused request " + b.getInt(off + 28) + ": errno " + err);
                    }
                    acks++;
                }
                if (b.getInt(off) < 16) {
                    throw new IllegalStateException("malformed netlink reply");
                }
            }
        }
    }

    private static byte[] message(int seq, int extraFlags, int ifFlags, int ifChange, byte[]... attrs) {
        return Netlink.linkRequest(RTM_NEWLINK, extraFlags, seq, 0, ifFlags, ifChange, attrs);
    }
}
