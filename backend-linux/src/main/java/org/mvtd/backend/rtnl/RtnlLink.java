package org.mvtd.backend.rtnl;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mvtd.backend.link.LinkInfo;
import org.mvtd.backend.link.LinkStats;

/**
 * One RTM_NEWLINK or RTM_DELLINK message, decoded: the {@code ifinfomsg} and the attributes the helper uses.
 *
 * @param deleted      RTM_DELLINK
 * @param hwType       {@code ifi_type} (ARPHRD_*)
 * @param flags        {@code ifi_flags} (IFF_*)
 * @param kind         {@code IFLA_INFO_KIND}, or null for a plain device
 * @param mode         macvlan/macvtap mode name from {@code IFLA_MACVLAN_MODE}, else null
 * @param linkIndex    {@code IFLA_LINK} (the lower device, a veth's peer), 0 when absent
 * @param linkElsewhere {@code IFLA_LINK_NETNSID} present: the lower lives in another namespace
 * @param operstate    {@code IFLA_OPERSTATE} as iproute2 names it ("UP", "DOWN", ...)
 * @param stats        {@code IFLA_STATS64}, or null when absent
 */
public record RtnlLink(boolean deleted, int ifindex, int hwType, int flags, String name, String kind, String mode, int linkIndex,
                       boolean linkElsewhere, String mac, String operstate, int mtu, long group, String alias,
                       LinkStats stats) {
    public RtnlLink {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(operstate, "operstate");
    }

    /** IFF_* bits in the order iproute2 prints them (RUNNING is never printed; NO-CARRIER is derived). */
    private static final int[] FLAG_BITS = {0x8, 0x2, 0x10, 0x1000, 0x80, 0x200, 0x100, 0x400, 0x800, 0x4, 0x8000,
        0x4000, 0x2000, 0x20, 0x1, 0x10000, 0x20000, 0x40000};
    private static final String[] FLAG_NAMES = {"LOOPBACK", "BROADCAST", "POINTOPOINT", "MULTICAST", "NOARP",
        "ALLMULTI", "PROMISC", "MASTER", "SLAVE", "DEBUG", "DYNAMIC", "AUTOMEDIA", "PORTSEL", "NOTRAILERS", "UP",
        "LOWER_UP", "DORMANT", "ECHO"};
    private static final int IFF_UP = 0x1;
    private static final int IFF_RUNNING = 0x40;

    /** The flag names {@code ip link} prints for {@code flags}, NO-CARRIER first when up without RUNNING. */
    public static List<String> flagNames(int flags) {
        List<String> out = new java.util.ArrayList<>();
        if ((flags & IFF_UP) != 0 && (flags & IFF_RUNNING) == 0) {
            out.add("NO-CARRIER");
        }
        for (int i = 0; i < FLAG_BITS.length; i++) {
            if ((flags & FLAG_BITS[i]) != 0) {
                out.add(FLAG_NAMES[i]);
            }
        }
        return out;
    }

    /**
     * As a {@link LinkInfo}, the way {@code ip -json} tells it. With {@code table} (every link of the same
     * namespace by ifindex, from one dump) the lower device gets its name ({@code ifN} when unknown, null when
     * it lives in another namespace) and a lower that is down adds {@code M-DOWN} to the flags; without it
     * (an event) the lower is left out.
     */
    public LinkInfo toLinkInfo(Map<Integer, RtnlLink> table) {
        String lower = null;
        List<String> names = flagNames(flags);
        if (table != null && linkIndex != 0 && !linkElsewhere) {
            RtnlLink l = table.get(linkIndex);
            lower = l == null ? "if" + linkIndex : l.name();
            if (l == null || (l.flags() & IFF_UP) == 0) {
                names.add("M-DOWN");
            }
        }
        return new LinkInfo(ifindex, name, kind, mode, lower, mac, operstate, names, mtu, group, alias, stats,
                linkElsewhere ? 0 : linkIndex, hwType);
    }
}
