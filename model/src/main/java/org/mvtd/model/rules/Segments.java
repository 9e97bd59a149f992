package org.mvtd.model.rules;

import java.util.Optional;
import org.mvtd.model.Device;
import org.mvtd.model.Host;

/**
 * Where a device's frames meet others' (FORMAT.md, "Segments"): per switch and VLAN. A vlan device with a
 * parent leaves through its parent's cable into VLAN {@code vlan} of the parent's switch; every other device
 * is on its own switch's untagged segment. One rule for the validator (MACs and addresses unique per
 * segment) and the engine (who meets whom).
 */
public final class Segments {
    /** The VLAN number of the untagged segment. */
    public static final int UNTAGGED = 0;

    private Segments() {
    }

    /** A device's place: its switch (null = unplugged) and VLAN ({@link #UNTAGGED} for none). */
    public record Place(String switchName, int vlan) {
        public boolean plugged() {
            return switchName != null;
        }
    }

    /** Does {@code d} take its segment from a parent (a vlan device with parent and id)? */
    public static boolean tagged(Device d) {
        return d.isVlan() && d.parent() != null && d.vlan() != null;
    }

    /**
     * The parent whose cable {@code d} leaves through, when {@code d} is a tagged vlan device on an existing,
     * untagged parent of the same host; empty otherwise (then a tagged device reaches nothing).
     */
    public static Optional<Device> parent(Host h, Device d) {
        if (!tagged(d)) {
            return Optional.empty();
        }
        return h.device(d.parent()).filter(p -> !p.isVlan() && !p.name().equals(d.name()));
    }

    /** Where {@code d}'s frames go. A tagged device without a usable parent (a validation error) is unplugged. */
    public static Place of(Host h, Device d) {
        if (!tagged(d)) {
            return new Place(d.switchName(), UNTAGGED);
        }
        return parent(h, d).map(p -> new Place(p.switchName(), d.vlan())).orElse(new Place(null, d.vlan()));
    }

    /** How messages name a segment: "switch tor1", "VLAN 100 of switch tor1". */
    public static String describe(String switchName, int vlan) {
        return vlan == UNTAGGED ? "switch " + switchName : "VLAN " + vlan + " of switch " + switchName;
    }
}
