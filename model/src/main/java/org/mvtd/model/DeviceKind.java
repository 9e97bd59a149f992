package org.mvtd.model;

import java.util.Locale;

/** What kind of lower device a NIC is; informs exports only, never reachability. */
public enum DeviceKind {
    ETHERNET, BOND, VLAN, BRIDGE;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DeviceKind fromYamlName(String s) {
        for (DeviceKind k : values()) {
            if (k.yamlName().equals(s)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown device kind '" + s + "' (expected ethernet, bond, vlan or bridge)");
    }
}
