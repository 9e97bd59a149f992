package org.mvtd.model;

import java.util.List;
import java.util.Locale;

/** The macvlan driver's modes, named as the kernel and iproute2 name them. */
public enum MacvlanMode {
    /** Every frame goes out to the switch; neighbours meet only through a hairpin (reflective relay) switch. */
    VEPA("every frame goes out to the switch; neighbours meet only if the switch reflects (hairpin)"),
    /** Frames between bridge-mode neighbours on one device are delivered directly inside the driver. */
    BRIDGE("bridge-mode neighbours on the same device talk directly; everything else goes out to the switch"),
    /** Like VEPA, but a broadcast that comes back is given only to its sender: neighbours never hear each other's broadcasts. */
    PRIVATE("like VEPA, but broadcasts that come back are dropped, so neighbours never hear each other's ARP"),
    /** One endpoint owns the whole device (an SR-IOV VF): it takes the device's MAC and every unicast frame. */
    PASSTHRU("the endpoint owns the whole device: its MAC and every unicast frame; nothing may sit beside it"),
    /**
     * The kernel's fifth mode (format version 2): the endpoint receives a copy of every frame whose source is one
     * of its listed MACs, and nothing else; it transmits like VEPA.
     */
    SOURCE("receives only what its listed senders send (a copy, or all of it with nodst); sends like vepa");

    private final String summary;

    MacvlanMode(String summary) {
        this.summary = summary;
    }

    /** One line a user reads in a mode picker. */
    public String summary() {
        return summary;
    }

    /** The four modes of format version 1, which any endpoint can be switched to without more settings. */
    public static List<MacvlanMode> classic() {
        return List.of(VEPA, BRIDGE, PRIVATE, PASSTHRU);
    }

    public String kernelName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** libvirt's spelling: {@code passthrough} for the kernel's {@code passthru}. */
    public String libvirtName() {
        return this == PASSTHRU ? "passthrough" : kernelName();
    }

    public static MacvlanMode fromKernelName(String s) {
        for (MacvlanMode m : values()) {
            if (m.kernelName().equals(s)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown mode '" + s + "' (expected vepa, bridge, private, passthru or source)");
    }

    public static MacvlanMode fromLibvirtName(String s) {
        for (MacvlanMode m : classic()) {
            if (m.libvirtName().equals(s)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown libvirt mode '" + s + "' (expected vepa, bridge, private or passthrough)");
    }
}
