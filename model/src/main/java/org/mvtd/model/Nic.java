package org.mvtd.model;

import java.util.Objects;

/**
 * A guest NIC: one macvtap endpoint of the guest's host.
 *
 * @param vhost libvirt {@code <driver name='vhost'/>} (default true)
 */
public record Nic(String endpoint, NicModel model, boolean vhost) {
    public Nic {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(model, "model");
    }

    public static Nic on(String endpoint) {
        return new Nic(endpoint, NicModel.VIRTIO, true);
    }

    public Nic withEndpoint(String e) { return new Nic(e, model, vhost); }
    public Nic withModel(NicModel m) { return new Nic(endpoint, m, vhost); }
    public Nic withVhost(boolean v) { return new Nic(endpoint, model, v); }
}
