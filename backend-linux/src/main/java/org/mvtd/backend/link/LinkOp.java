package org.mvtd.backend.link;

import java.util.List;
import java.util.Objects;
import org.mvtd.model.LinkType;
import org.mvtd.model.MacvlanMode;

/**
 * One kernel change, typed so that the rtnetlink adapter encodes it and a fake kernel interprets it. Every
 * existing link is addressed by the ifindex the helper just read from the kernel; {@code ifindex == 0} means
 * "the link this same batch creates under {@link #name()}", which the adapter resolves from the kernel's answer
 * to that create and refuses otherwise. Names never address a link, so a name such as {@code if3} can never
 * reach ifindex 3. Names and MACs arrive already checked by the model's rules.
 */
public sealed interface LinkOp {
    /** The link's name, for messages (and, for {@link Add}, the name it gets). */
    String name();

    /** The link addressed: an ifindex just read, or 0 for the link this batch creates under {@link #name()}. */
    int ifindex();

    /** One line for a person, in iproute2's words, e.g. {@code link set dev #7 (mvt0) up}. */
    String describe();

    /** How the link is named in {@link #describe()}: {@code #7 (mvt0)}, or the bare new name. */
    default String target() {
        return ifindex() > 0 ? "#" + ifindex() + " (" + name() + ")" : name();
    }

    /**
     * RTM_NEWLINK create: {@code link add link LOWER name NAME [index I] [address MAC] group G type T mode M}.
     *
     * @param requested the ifindex asked for (the journal names it before the create), or 0 to let the kernel pick
     */
    record Add(String name, int lowerIndex, String lower, LinkType type, MacvlanMode mode, String mac, long group,
               int requested) implements LinkOp {
        /** A create whose ifindex the kernel picks. */
        public Add(String name, int lowerIndex, String lower, LinkType type, MacvlanMode mode, String mac, long group) {
            this(name, lowerIndex, lower, type, mode, mac, group, 0);
        }

        public Add {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(lower, "lower");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(mode, "mode");
            if (lowerIndex <= 0) {
                throw new IllegalArgumentException("lower device " + lower + " without an ifindex");
            }
            if (requested < 0) {
                throw new IllegalArgumentException("negative ifindex " + requested);
            }
        }

        @Override
        public int ifindex() {
            return 0;
        }

        @Override
        public String describe() {
            return "link add link #" + lowerIndex + " (" + lower + ") name " + name + (requested == 0 ? "" : " index " + requested)
                    + (mac == null ? "" : " address " + mac)
                    + " group " + group + " type " + type.kernelName() + " mode " + mode.kernelName();
        }
    }

    /**
     * RTM_SETLINK: {@code link set dev N [alias A] [addrgenmode M] [allmulticast on|off] [up|down]}. The kernel
     * drops an alias given at creation and refuses addrgenmode there, so both follow the add. Within one request
     * it applies IFF_UP before IFLA_AF_SPEC, so a link brought up in the same request would generate its IPv6
     * link-local address first: an address generation mode and up/down never share a request (see {@link #mark}).
     *
     * @param addrGen   the IPv6 address generation mode to set, or null to leave it
     * @param allMulti  IFF_ALLMULTI to set, or null to leave it
     * @param up        IFF_UP to set, or null to leave it
     */
    record Configure(int ifindex, String name, String alias, AddrGenMode addrGen, Boolean allMulti, Boolean up)
            implements LinkOp {
        public Configure {
            Objects.requireNonNull(name, "name");
            if (addrGen != null && up != null) {
                throw new IllegalArgumentException("addrgenmode and up/down in one request: the kernel would change "
                        + "the link's state before its address generation mode");
            }
        }

        @Override
        public String describe() {
            StringBuilder sb = new StringBuilder("link set dev ").append(target());
            if (alias != null) {
                sb.append(" alias ").append(alias);
            }
            if (addrGen != null) {
                sb.append(" addrgenmode ").append(addrGen.kernelName());
            }
            if (allMulti != null) {
                sb.append(allMulti ? " allmulticast on" : " allmulticast off");
            }
            if (up != null) {
                sb.append(up ? " up" : " down");
            }
            return sb.toString();
        }
    }

    /**
     * Marks a new or rebuilt link as ours and sets its host side and state: alias and the host side's address
     * generation mode and allmulticast in one request, then, when {@code up} is non-null, up or down in a second
     * one, so a link comes up only after its address generation mode is in place.
     */
    static List<LinkOp> mark(int ifindex, String name, String alias, HostSide side, Boolean up) {
        Objects.requireNonNull(side, "side");
        if (side.addrGen() == null) {
            return List.of(new Configure(ifindex, name, alias, null, side.allMulti(), up));
        }
        Configure marked = new Configure(ifindex, name, alias, side.addrGen(), side.allMulti(), null);
        return up == null ? List.of(marked) : List.of(marked, new Configure(ifindex, name, null, null, null, up));
    }

    /** RTM_SETLINK with IFLA_ADDRESS: {@code link set dev N address MAC}. */
    record SetAddress(int ifindex, String name, String mac) implements LinkOp {
        public SetAddress {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(mac, "mac");
        }

        @Override
        public String describe() {
            return "link set dev " + target() + " address " + mac;
        }
    }

    /** RTM_DELLINK by ifindex: {@code link delete dev N}. */
    record Delete(int ifindex, String name) implements LinkOp {
        public Delete {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String describe() {
            return "link delete dev " + target();
        }
    }

    /** A request for every link of a design's group at once, never for group 0 (every link nobody grouped). */
    sealed interface ByGroup extends LinkOp {
        long group();

        @Override
        default String name() {
            return "group " + group();
        }

        @Override
        default int ifindex() {
            return -1;
        }

        private static void check(long group, String what) {
            if (group <= 0) {
                throw new IllegalArgumentException("refusing to " + what + " group " + group);
            }
        }
    }

    /** RTM_DELLINK with IFLA_GROUP: {@code link delete group G}, only after every member was verified ours. */
    record DeleteGroup(long group) implements ByGroup {
        public DeleteGroup {
            ByGroup.check(group, "delete");
        }

        @Override
        public String describe() {
            return "link delete group " + group;
        }
    }

    /**
     * RTM_NEWLINK with IFLA_GROUP and no ifindex: {@code link set group G up}, one request bringing up every member,
     * sent only when every member of the group is one the plan brings up or leaves up ({@link GroupUp}).
     */
    record UpGroup(long group) implements ByGroup {
        public UpGroup {
            ByGroup.check(group, "bring up");
        }

        @Override
        public String describe() {
            return "link set group " + group + " up";
        }
    }
}
