package org.mvtd.backend.link;

import java.util.Locale;

/** What one plan step does; the wire names are the lower-case constants. */
public enum StepKind {
    /** Delete a link of this design that the design no longer has (ours only). */
    DELETE,
    /** Delete and re-create: type, mode or lower device cannot change in place. */
    REPLACE,
    /** Create a link the design has and the kernel lacks. */
    CREATE,
    /** Change the MAC address in place. */
    SET_ADDRESS,
    /** Bring a link up. */
    UP,
    /** Bring a link down. */
    DOWN,
    /**
     * Give a passthru endpoint its design MAC, which the kernel also gives its lower device: a change to a link
     * that is not ours (the step names the lower device), shown and confirmed as such. Deleting the endpoint
     * gives the lower device its own MAC back.
     */
    LOWER_ADDRESS,
    /** Make the guest's /dev node for a macvtap: owner the requesting user, mode 0600. */
    NODE;

    /** This step changes a link that is not ours: the user must confirm it for what it is. */
    public boolean foreign() {
        return this == LOWER_ADDRESS;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static StepKind fromWireName(String s) {
        for (StepKind k : values()) {
            if (k.wireName().equals(s)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown step kind '" + s + "'");
    }
}
