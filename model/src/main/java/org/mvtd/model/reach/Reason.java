package org.mvtd.model.reach;

/** The rule that decided one frame's fate; the engine's whole vocabulary. */
enum Reason {
    /** Bridge mode to bridge mode on one device: the driver hands the frame over without the wire. */
    LOCAL_BRIDGE(true),
    /** Out of one port of the switch and into another. */
    SWITCHED(true),
    /** Out to the switch and back down the same port because the switch does hairpin. */
    REFLECTED(true),

    SOURCE_DETACHED(false),
    SOURCE_DEVICE_DOWN(false),
    SOURCE_DOWN(false),
    TARGET_DETACHED(false),
    TARGET_DEVICE_DOWN(false),
    TARGET_DOWN(false),
    SOURCE_UNPLUGGED(false),
    TARGET_UNPLUGGED(false),
    OTHER_SEGMENT(false),
    /** One switch, but different VLANs (or one tagged, one untagged): their frames never meet. */
    OTHER_VLAN(false),
    /** The target is a source-mode endpoint, and the sender's MAC is not on its list. */
    NOT_A_LISTED_SENDER(false),
    /** A nodst source endpoint on the target's device lists the sender, and takes its frames alone. */
    TAKEN_BY_NODST(false),
    /** Same device, and the switch never sends a frame back out of the port it came in on. */
    NO_HAIRPIN(false),
    /** The device is in passthru: its one endpoint takes every unicast frame that arrives. */
    PASSTHRU_TAKES_UNICAST(false),
    /** A private or passthru endpoint's broadcast that comes back is given only to itself. */
    ECHO_ONLY_TO_SENDER(false),
    /** A bridge endpoint's broadcast that comes back goes only to vepa endpoints and the host stack. */
    BRIDGE_ECHO_VEPA_ONLY(false),
    /** A vepa endpoint's broadcast that comes back goes only to vepa and bridge endpoints and the host stack. */
    VEPA_ECHO_NOT_PRIVATE(false),
    /** The host's broadcast comes back with the device MAC, which the passthru endpoint owns. */
    HOST_ECHO_TO_PASSTHRU(false);

    private final boolean delivered;

    Reason(boolean delivered) {
        this.delivered = delivered;
    }

    boolean delivered() {
        return delivered;
    }
}
