package org.mvtd.backend.rtnl;

import static org.mvtd.backend.rtnl.Netlink.*;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.mvtd.backend.link.LinkOp;
import org.mvtd.model.MacvlanMode;

/**
 * Encodes {@link LinkOp}s as rtnetlink requests (rtnetlink(7)), each with NLM_F_ACK so every request gets its own
 * answer, mapped back through its sequence number. Existing links are addressed by {@code ifi_index} alone: a
 * request never carries IFLA_IFNAME for a link it changes (with an index set, IFLA_IFNAME would rename it).
 */
final class RtnlRequests {

    private RtnlRequests() {
    }

    /** The request for {@code op}, addressed to {@code ifindex} (the op's own, or the one its create got). */
    static byte[] encode(LinkOp op, int ifindex, int seq) {
        if (op instanceof LinkOp.Add a) {
            return add(a, seq);
        }
        if (op instanceof LinkOp.Configure c) {
            return configure(c, ifindex, seq);
        }
        if (op instanceof LinkOp.SetAddress s) {
            return Netlink.linkRequest(RTM_SETLINK, 0, seq, ifindex, 0, 0, attr(IFLA_ADDRESS, mac(s.mac())));
        }
        if (op instanceof LinkOp.Delete) {
            return Netlink.linkRequest(RTM_DELLINK, 0, seq, ifindex, 0, 0);
        }
        if (op instanceof LinkOp.UpGroup u) {
            // no ifindex and no NLM_F_CREATE: the kernel applies the flags to every link of the group
            return Netlink.linkRequest(RTM_NEWLINK, 0, seq, 0, IFF_UP, IFF_UP, attr(IFLA_GROUP, u32((int) u.group())));
        }
        LinkOp.DeleteGroup g = (LinkOp.DeleteGroup) op;
        return Netlink.linkRequest(RTM_DELLINK, 0, seq, 0, 0, 0, attr(IFLA_GROUP, u32((int) g.group())));
    }

    private static byte[] add(LinkOp.Add a, int seq) {
        byte[] data = attr(IFLA_MACVLAN_MODE, u32(modeValue(a.mode())));
        byte[] info = concat(attr(IFLA_INFO_KIND, cstr(a.type().kernelName())), attr(IFLA_INFO_DATA, data));
        byte[] mac = a.mac() == null ? new byte[0] : attr(IFLA_ADDRESS, mac(a.mac()));
        // with an ifindex asked for, the ack says the link has it; else NLM_F_ECHO: the kernel answers with the new
        // link itself, whose ifindex the follow-up requests address
        int echo = a.requested() > 0 ? 0 : NLM_F_ECHO;
        return Netlink.linkRequest(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL | echo, seq, a.requested(), 0, 0,
                attr(IFLA_IFNAME, cstr(a.name())), attr(IFLA_LINK, u32(a.lowerIndex())),
                attr(IFLA_GROUP, u32((int) a.group())), mac, attr(IFLA_LINKINFO, info));
    }

    private static byte[] configure(LinkOp.Configure c, int ifindex, int seq) {
        int flags = 0;
        int change = 0;
        if (c.up() != null) {
            change |= IFF_UP;
            flags |= c.up() ? IFF_UP : 0;
        }
        if (c.allMulti() != null) {
            change |= IFF_ALLMULTI;
            flags |= c.allMulti() ? IFF_ALLMULTI : 0;
        }
        byte[] alias = c.alias() == null ? new byte[0] : attr(IFLA_IFALIAS, c.alias().getBytes(StandardCharsets.UTF_8));
        byte[] af = c.addrGen() == null ? new byte[0] : attr(IFLA_AF_SPEC,
                attr(AF_INET6, attr(IFLA_INET6_ADDR_GEN_MODE, new byte[] {(byte) c.addrGen().kernelValue()})));
        return Netlink.linkRequest(RTM_SETLINK, 0, seq, ifindex, flags, change, alias, af);
    }

    /** {@code enum macvlan_mode}. */
    static int modeValue(MacvlanMode m) {
        return switch (m) {
            case PRIVATE -> 1;
            case VEPA -> 2;
            case BRIDGE -> 4;
            case PASSTHRU -> 8;
            case SOURCE -> 16;
        };
    }

    private static byte[] mac(String mac) {
        return HexFormat.ofDelimiter(":").parseHex(mac);
    }
}
