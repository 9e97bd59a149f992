package org.mvtd.model;

import java.util.Locale;

/** Kernel link kinds an endpoint can be, spelt as iproute2 spells them. */
public enum LinkType {
    /** The macvlan driver plus a character device /dev/tapN for a guest. */
    MACVTAP,
    /** A plain netdev in the host: a host shim or a container's interface. */
    MACVLAN;

    public String kernelName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LinkType fromKernelName(String s) {
        for (LinkType t : values()) {
            if (t.kernelName().equals(s)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown link type '" + s + "' (expected macvtap or macvlan)");
    }
}
