package org.mvtd.backend.link;

import java.util.Objects;
import org.mvtd.model.LinkType;
import org.mvtd.model.MacvlanMode;

/**
 * One kernel change, rendered as one {@code ip -batch} line. Typed so a fake kernel can interpret it
 * without parsing iproute2 syntax. Names and MACs arrive already checked by the protocol reader.
 */
public sealed interface LinkOp {
    String name();

    /** The {@code ip -batch} line. */
    String batchLine();

    /** {@code ip link add link LOWER name NAME [address MAC] group G type T mode M}. */
    record Add(String name, String lower, LinkType type, MacvlanMode mode, String mac, long group) implements LinkOp {
        public Add {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(lower, "lower");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(mode, "mode");
        }

        @Override
        public String batchLine() {
            return "link add link " + lower + " name " + name + (mac == null ? "" : " address " + mac)
                    + " group " + group + " type " + type.kernelName() + " mode " + mode.kernelName();
        }
    }

    /**
     * {@code ip link set dev NAME [alias A] [addrgenmode none] [up|down]}: the kernel ignores an alias given
     * to {@code link add}, and refuses addrgenmode there, so both follow the add as their own line. Within one
     * request the kernel applies up/down before addrgenmode (IFF_UP, then IFLA_AF_SPEC), so a link brought up
     * in the same line would generate its IPv6 link-local address first: addrgenmode and up never share a line
     * (see {@link #mark}).
     */
    record Configure(String name, String alias, boolean noAddrGen, Boolean up) implements LinkOp {
        public Configure {
            Objects.requireNonNull(name, "name");
            if (noAddrGen && up != null) {
                throw new IllegalArgumentException("addrgenmode none and up/down in one request: the kernel would change "
                        + "the link's state before its address generation mode");
            }
        }

        @Override
        public String batchLine() {
            StringBuilder sb = new StringBuilder("link set dev ").append(name);
            if (alias != null) {
                sb.append(" alias ").append(alias);
            }
            if (noAddrGen) {
                sb.append(" addrgenmode none");
            }
            if (up != null) {
                sb.append(up ? " up" : " down");
            }
            return sb.toString();
        }
    }

    /**
     * Marks a new or rebuilt link as ours and sets its state: alias (and {@code addrgenmode none} for a
     * macvtap) in one line, then, when {@code up} is non-null, up or down in a second one, so that a macvtap
     * comes up without ever generating a host-side IPv6 address.
     */
    static java.util.List<LinkOp> mark(String name, String alias, boolean noAddrGen, Boolean up) {
        if (!noAddrGen) {
            return java.util.List.of(new Configure(name, alias, false, up));
        }
        Configure marked = new Configure(name, alias, true, null);
        return up == null ? java.util.List.of(marked) : java.util.List.of(marked, new Configure(name, null, false, up));
    }

    /**
     * {@code ip link set dev NAME allmulticast on|off}: with it on, a macvlan/macvtap's multicast filter admits every
     * group (the kernel fills it; the lower device is made allmulticast too).
     */
    record SetAllMulticast(String name, boolean on) implements LinkOp {
        public SetAllMulticast {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String batchLine() {
            return "link set dev " + name + " allmulticast " + (on ? "on" : "off");
        }
    }

    /** {@code ip link set dev NAME address MAC}. */
    record SetAddress(String name, String mac) implements LinkOp {
        public SetAddress {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(mac, "mac");
        }

        @Override
        public String batchLine() {
            return "link set dev " + name + " address " + mac;
        }
    }

    /** {@code ip link delete dev NAME}. */
    record Delete(String name) implements LinkOp {
        public Delete {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String batchLine() {
            return "link delete dev " + name;
        }
    }

    /** {@code ip link delete group G}: only after every member was verified ours. */
    record DeleteGroup(long group) implements LinkOp {
        public DeleteGroup {
            if (group <= 0) {
                throw new IllegalArgumentException("refusing to delete group " + group);
            }
        }

        @Override
        public String name() {
            return "group " + group;
        }

        @Override
        public String batchLine() {
            return "link delete group " + group;
        }
    }
}
