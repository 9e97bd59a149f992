package org.mvtd.backend.link;

import java.util.Locale;

/** IPv6 address generation modes ({@code enum in6_addr_gen_mode}), named as iproute2 names them. */
public enum AddrGenMode {
    EUI64(0), NONE(1), STABLE_SECRET(2), RANDOM(3);

    private final int kernelValue;

    AddrGenMode(int kernelValue) {
        this.kernelValue = kernelValue;
    }

    /** The value of IFLA_INET6_ADDR_GEN_MODE. */
    public int kernelValue() {
        return kernelValue;
    }

    public String kernelName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
