package org.mvtd.model.edit;

import java.util.List;
import java.util.Objects;
import org.mvtd.model.Design;
import org.mvtd.model.Device;

/** Edits of one lower device's own properties (state, host address) and of a switch's hairpin. */
public final class DeviceEdits {
    private DeviceEdits() {
    }

    public static EditResult setUp(Design d, ElementRef r, boolean up) {
        return replace(d, r, current(d, r).withUp(up));
    }

    /** Gives the host's address to the device (its stack sends and receives on it) or takes it away. */
    public static EditResult setHostAddress(Design d, ElementRef r, boolean on) {
        return replace(d, r, current(d, r).withHostAddress(on));
    }

    /** Turns hairpin (reflective relay: frames go back out of the port they came in on) on or off for a switch. */
    public static EditResult setHairpin(Design d, ElementRef sw, boolean on) {
        Objects.requireNonNull(d, "d");
        if (sw.kind() != ElementKind.SWITCH) {
            throw new IllegalArgumentException(sw.label() + " is not a switch");
        }
        if (d.switchNamed(sw.name()).isEmpty()) {
            throw new IllegalArgumentException(sw.label() + " does not exist");
        }
        return EditResult.ok(d.withSwitch(sw.name(), s -> s.withHairpin(on)), List.of());
    }

    private static EditResult replace(Design d, ElementRef r, Device next) {
        return EditResult.ok(d.withHost(r.host(), h -> h.withDevice(r.name(), x -> next)), List.of());
    }

    private static Device current(Design d, ElementRef r) {
        Objects.requireNonNull(d, "d");
        Objects.requireNonNull(r, "r");
        if (r.kind() != ElementKind.DEVICE) {
            throw new IllegalArgumentException(r.label() + " is not a lower device");
        }
        return Elements.device(d, r).orElseThrow(() -> new IllegalArgumentException(r.label() + " does not exist"));
    }
}
