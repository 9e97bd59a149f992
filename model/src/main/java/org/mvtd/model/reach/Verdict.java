package org.mvtd.model.reach;

/** What a pair can do, as the designer colours it. */
public enum Verdict {
    /** Ping works (ARP, reply and data). */
    PING,
    /** Unicast both ways, but ARP cannot work (the broadcast never arrives): only with static neighbours. */
    UNICAST_ONLY,
    /** Frames go one way only. */
    ONE_WAY,
    /** Nothing arrives either way. */
    NONE;

    public static Verdict of(boolean unicast, boolean broadcast, boolean ping, boolean reverseUnicast) {
        if (ping) {
            return PING;
        }
        if (unicast && reverseUnicast) {
            return UNICAST_ONLY;
        }
        if (unicast || reverseUnicast || broadcast) {
            return ONE_WAY;
        }
        return NONE;
    }
}
