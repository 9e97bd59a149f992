package org.mvtd.backend.link;

import java.util.Locale;

/**
 * RFC 2863 operational states as rtnetlink numbers them ({@code IFLA_OPERSTATE}, {@code IF_OPER_*}) and names them
 * ({@code ip link}: "LOWERLAYERDOWN"; the wire and UI use {@link #wireName()}, "lowerlayerdown").
 */
public enum OperState {
    UNKNOWN, NOTPRESENT, DOWN, LOWERLAYERDOWN, TESTING, DORMANT, UP;

    /** The state for {@code IF_OPER_*} value {@code v}; unknown values are UNKNOWN. */
    public static OperState fromKernelValue(int v) {
        OperState[] all = values();
        return v >= 0 && v < all.length ? all[v] : UNKNOWN;
    }

    /** The state iproute2 prints as {@code s} (any case); anything else is UNKNOWN. */
    public static OperState fromKernelName(String s) {
        if (s == null) {
            return UNKNOWN;
        }
        for (OperState o : values()) {
            if (o.name().equalsIgnoreCase(s)) {
                return o;
            }
        }
        return UNKNOWN;
    }

    /** iproute2's spelling: "LOWERLAYERDOWN". */
    public String kernelName() {
        return name();
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
