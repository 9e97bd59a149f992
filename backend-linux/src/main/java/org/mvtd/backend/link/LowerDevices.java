package org.mvtd.backend.link;

import java.util.Objects;
import java.util.Optional;
import org.mvtd.model.Device;
import org.mvtd.model.DeviceKind;

/**
 * Checks a design's lower device against what the kernel says it really is ({@code IFLA_INFO_KIND}, the
 * loopback flag, {@code ifi_type}). Never the loopback, never a macvlan or macvtap, a bridge only when the design
 * says {@code kind: bridge}, a bond or VLAN only when it says so, and {@code kind: ethernet} only for a plain
 * Ethernet device (no link kind, ARPHRD_ETHER). A veth stands in for a device of any declared kind only when the
 * helper was started with {@value #VETH_PROPERTY}{@code =true}: the conformance lab and the tests stand veth pairs
 * in for NICs, bonds, bridges and VLAN devices (this kernel has no bonding or 8021q), and only whoever writes the
 * helper's java command (root) can set it.
 */
public record LowerDevices(boolean vethStandsIn) {
    /** System property: accept a veth whatever kind the design declares (tests and labs). */
    public static final String VETH_PROPERTY = "mvtd.helper.vethIsEthernet";

    /** The policy the helper was started with. */
    public static LowerDevices fromSystemProperties() {
        return new LowerDevices(Boolean.getBoolean(VETH_PROPERTY));
    }

    /** Why {@code real} cannot carry endpoints as the design's {@code declared} device, or empty when it can. */
    public Optional<String> problem(Device declared, LinkInfo real) {
        Objects.requireNonNull(declared, "declared");
        Objects.requireNonNull(real, "real");
        String name = real.name();
        if (real.loopback()) {
            return Optional.of(name + " is the loopback device: macvtap/macvlan endpoints need a real NIC");
        }
        if (real.macvlanFamily()) {
            return Optional.of(name + " is itself a " + real.kind() + ": endpoints go on the NIC beneath it, not on another endpoint");
        }
        String is = real.kind().isEmpty() ? "a plain device" : "a " + real.kind();
        DeviceKind k = declared.kind();
        boolean fits = switch (k) {
            case BRIDGE -> real.kind().equals("bridge");
            case BOND -> real.kind().equals("bond");
            case VLAN -> real.kind().equals("vlan");
            case ETHERNET -> real.kind().isEmpty() && real.hwType() == LinkInfo.ARPHRD_ETHER;
        } || (vethStandsIn && real.kind().equals("veth"));
        if (fits) {
            return Optional.empty();
        }
        if (real.kind().equals("bridge")) {
            return Optional.of(name + " is a bridge but the design declares it " + k.yamlName()
                    + ": say 'kind: bridge' if endpoints should sit on the bridge itself");
        }
        if (k == DeviceKind.ETHERNET && real.kind().isEmpty()) {
            return Optional.of(name + " is not an Ethernet device (hardware type " + real.hwType() + ")");
        }
        return Optional.of(name + " is " + is + " but the design declares it " + k.yamlName());
    }
}
