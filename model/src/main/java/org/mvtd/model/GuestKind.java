package org.mvtd.model;

import java.util.Locale;

/** What a guest is: decides which endpoint type its NICs sit on. */
public enum GuestKind {
    /** A virtual machine: each NIC is a macvtap endpoint's /dev/tapN. */
    VM(LinkType.MACVTAP),
    /** A container: each NIC is a macvlan endpoint moved into the container's network namespace. */
    CONTAINER(LinkType.MACVLAN);

    private final LinkType nicType;

    GuestKind(LinkType nicType) {
        this.nicType = nicType;
    }

    /** The endpoint type this kind's NICs need. */
    public LinkType nicType() {
        return nicType;
    }

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
