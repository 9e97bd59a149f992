package org.mvtd.model;

import java.util.Objects;

/**
 * An external layer-2 segment (a physical switch, a ToR, a Linux bridge).
 *
 * @param hairpin reflective relay (802.1Qbg): a frame may leave by the port it came in on
 * @param at      canvas position, or null
 */
public record Switch(String name, boolean hairpin, Position at) {
    public Switch {
        Objects.requireNonNull(name, "name");
    }

    public static Switch of(String name, boolean hairpin) {
        return new Switch(name, hairpin, null);
    }

    public Switch withName(String n) { return new Switch(n, hairpin, at); }
    public Switch withHairpin(boolean h) { return new Switch(name, h, at); }
    public Switch withAt(Position p) { return new Switch(name, hairpin, p); }
}
