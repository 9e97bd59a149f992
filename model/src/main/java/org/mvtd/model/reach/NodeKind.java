package org.mvtd.model.reach;

import java.util.Locale;

/** The places a frame can start or end (FORMAT.md). */
public enum NodeKind {
    /** HOST/ENDPOINT: a macvtap (guest) or macvlan (host shim) endpoint. */
    ENDPOINT,
    /** HOST/DEVICE: the host's own stack on a device with hostAddress true. */
    DEVICE,
    /** STATION: a machine on a switch outside the hosts. */
    STATION;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static NodeKind fromJsonName(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
