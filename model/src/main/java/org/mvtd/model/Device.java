package org.mvtd.model;

import java.util.List;
import java.util.Objects;

/**
 * A lower device: the NIC that endpoints cling to.
 *
 * @param kind        ethernet, bond, bridge or vlan; a vlan device leaves through its parent's cable
 * @param switchName  the segment its cable reaches; null = unplugged (always null for a vlan device)
 * @param up          administrative state (default true)
 * @param hostAddress the host's own IP stack sits on this device (default true)
 * @param at          canvas position, or null
 * @param parent      a vlan device's parent device on the same host; null for other kinds
 * @param vlan        a vlan device's VLAN id (1-4094); null for other kinds
 * @param addresses   the host stack's addresses on this device, CIDR form (format version 2); may be empty
 */
public record Device(String name, DeviceKind kind, String switchName, boolean up, boolean hostAddress, Position at,
                     String parent, Integer vlan, List<String> addresses) {
    public Device {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }

    /** A version-1 device: no parent, no VLAN, no addresses. */
    public Device(String name, DeviceKind kind, String switchName, boolean up, boolean hostAddress, Position at) {
        this(name, kind, switchName, up, hostAddress, at, null, null, List.of());
    }

    /** An up ethernet device with the host's address, plugged into {@code switchName} (null = unplugged). */
    public static Device of(String name, String switchName) {
        return new Device(name, DeviceKind.ETHERNET, switchName, true, true, null);
    }

    /** An up vlan device {@code parent.id} style: VLAN {@code id} on {@code parent}, with the host's address. */
    public static Device vlan(String name, String parent, int id) {
        return new Device(name, DeviceKind.VLAN, null, true, true, null, parent, id, List.of());
    }

    public boolean plugged() {
        return switchName != null;
    }

    /** Is this a VLAN device (kind vlan)? Its segment is its parent's switch, in VLAN {@link #vlan}. */
    public boolean isVlan() {
        return kind == DeviceKind.VLAN;
    }

    public Device withName(String n) { return new Device(n, kind, switchName, up, hostAddress, at, parent, vlan, addresses); }
    public Device withKind(DeviceKind k) { return new Device(name, k, switchName, up, hostAddress, at, parent, vlan, addresses); }
    public Device withSwitchName(String s) { return new Device(name, kind, s, up, hostAddress, at, parent, vlan, addresses); }
    public Device withUp(boolean u) { return new Device(name, kind, switchName, u, hostAddress, at, parent, vlan, addresses); }
    public Device withHostAddress(boolean h) { return new Device(name, kind, switchName, up, h, at, parent, vlan, addresses); }
    public Device withAt(Position p) { return new Device(name, kind, switchName, up, hostAddress, p, parent, vlan, addresses); }
    public Device withParent(String p) { return new Device(name, kind, switchName, up, hostAddress, at, p, vlan, addresses); }
    public Device withVlan(Integer v) { return new Device(name, kind, switchName, up, hostAddress, at, parent, v, addresses); }
    public Device withAddresses(List<String> a) { return new Device(name, kind, switchName, up, hostAddress, at, parent, vlan, a); }
}
