package org.mvtd.backend.link;

import java.util.Objects;
import org.mvtd.model.Endpoint;
import org.mvtd.model.LinkType;

/**
 * What the host's own stack does on an endpoint's link: its IPv6 address generation mode (null: the kernel's
 * default) and IFF_ALLMULTI (null: leave it). One decision, {@link #of}, used by every apply and undo.
 */
public record HostSide(AddrGenMode addrGen, Boolean allMulti) {
    /** No host-side IPv6 address or DAD on a guest's tap; a macvlan keeps the host's defaults. */
    public static HostSide of(Endpoint ep) {
        Objects.requireNonNull(ep, "ep");
        return of(ep.type());
    }

    public static HostSide of(LinkType type) {
        return type == LinkType.MACVTAP ? new HostSide(AddrGenMode.NONE, null) : new HostSide(null, null);
    }
}
