package org.mvtd.model;

import java.util.Locale;

/** A guest NIC's emulated hardware, in libvirt's model names. */
public enum NicModel {
    VIRTIO, E1000, RTL8139;

    public String libvirtName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static NicModel fromLibvirtName(String s) {
        for (NicModel m : values()) {
            if (m.libvirtName().equals(s)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown NIC model '" + s + "' (expected virtio, e1000 or rtl8139)");
    }
}
