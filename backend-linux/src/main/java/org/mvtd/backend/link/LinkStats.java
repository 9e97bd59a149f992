package org.mvtd.backend.link;

/** A link's counters as the kernel keeps them ({@code stats64}). */
public record LinkStats(long rxBytes, long rxPackets, long rxDropped, long rxErrors,
                        long txBytes, long txPackets, long txDropped, long txErrors) {
    public static final LinkStats ZERO = new LinkStats(0, 0, 0, 0, 0, 0, 0, 0);
}
