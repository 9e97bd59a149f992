package org.mvtd.backend.link;

import java.util.Objects;
import org.mvtd.model.Endpoint;
import org.mvtd.model.LinkType;

/**
 * What the host's own stack does on an endpoint's link: its IPv6 address generation mode (null: the kernel's
 * default) and IFF_ALLMULTI (null: leave it). One decision, {@link #of}, used by every apply and undo.
 */
public record HostSide(AddrGenMode addrGen, Boolean allMulti) {
    /**
     * How apply sets up a guest's macvtap, the one decision measured with real guests (RealGuestsTest and
     * GuestTapOptions): {@code addrgenmode none}, so the host side has no IPv6 address and sends no duplicate address
     * detection, and {@code allmulticast on}, so the macvtap's multicast filter admits whatever groups the guest
     * joins: the solicited-node groups of its EUI-64, static or privacy addresses (with addrgenmode none alone the
     * filter admits only the all-nodes groups, and Neighbour Solicitations to the guest are dropped). A macvlan
     * keeps the host's defaults: its own IPv6 stack joins its groups. The engine's twin is
     * {@code Topology.GUEST_MACVTAP_ADMITS_SOLICITED_NODE}.
     */
    public static HostSide of(Endpoint ep) {
        Objects.requireNonNull(ep, "ep");
        return of(ep.type());
    }

    public static HostSide of(LinkType type) {
        return type == LinkType.MACVTAP ? new HostSide(AddrGenMode.NONE, Boolean.TRUE) : new HostSide(null, null);
    }
}
