package org.mvtd.model;

import java.util.Objects;

/**
 * A lower device: the NIC that endpoints cling to.
 *
 * @param kind        informs exports only
 * @param switchName  the segment its cable reaches; null = unplugged
 * @param up          administrative state (default true)
 * @param hostAddress the host's own IP stack sits on this device (default true)
 * @param at          canvas position, or null
 */
public record Device(String name, DeviceKind kind, String switchName, boolean up, boolean hostAddress, Position at) {
    public Device {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** An up ethernet device with the host's address, plugged into {@code switchName} (null = unplugged). */
    public static Device of(String name, String switchName) {
        return new Device(name, DeviceKind.ETHERNET, switchName, true, true, null);
    }

    public boolean plugged() {
        return switchName != null;
    }

    public Device withName(String n) { return new Device(n, kind, switchName, up, hostAddress, at); }
    public Device withKind(DeviceKind k) { return new Device(name, k, switchName, up, hostAddress, at); }
    public Device withSwitchName(String s) { return new Device(name, kind, s, up, hostAddress, at); }
    public Device withUp(boolean u) { return new Device(name, kind, switchName, u, hostAddress, at); }
    public Device withHostAddress(boolean h) { return new Device(name, kind, switchName, up, h, at); }
    public Device withAt(Position p) { return new Device(name, kind, switchName, up, hostAddress, p); }
}
