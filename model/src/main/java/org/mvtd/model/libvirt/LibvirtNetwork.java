package org.mvtd.model.libvirt;

import java.util.List;
import java.util.Optional;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.validate.SourceLocation;

/**
 * What a libvirt {@code <network>} means to a design: a macvtap network (a forward mode libvirt
 * implements with macvtap, over a lower device) or something else, with the reason.
 */
record LibvirtNetwork(String name, SourceLocation where, MacvlanMode mode, String lower, String notMacvtap) {

    boolean isMacvtap() {
        return notMacvtap == null;
    }

    /** Reads a {@code <network>} element; problems that still allow an import go to {@code warnings}. */
    static LibvirtNetwork read(XmlElement net, List<ImportWarning> warnings) throws LibvirtXmlException {
        String name = net.child("name").map(n -> n.text().strip())
                .filter(n -> !n.isEmpty())
                .orElseThrow(() -> new LibvirtXmlException(net.where(), "the <network> has no <name>"));
        Optional<XmlElement> forward = net.child("forward");
        if (forward.isEmpty()) {
            return other(net, name, "an isolated network (no <forward>): its guests sit on a Linux bridge, not on macvtap");
        }
        String fmode = forward.get().attr("mode").orElse("nat");
        String bridge = net.childAttr("bridge", "name").orElse(null);
        switch (fmode) {
            case "nat", "route", "open" -> {
                return other(net, name, "a " + fmode + " network: its guests sit on Linux bridge "
                        + (bridge == null ? "(chosen by libvirt)" : "'" + bridge + "'") + ", not on macvtap");
            }
            case "hostdev" -> {
                return other(net, name, "hands out SR-IOV virtual functions whole (hostdev), not macvtap endpoints");
            }
            case "bridge", "private", "vepa", "passthrough" -> {
                // handled below
            }
            default -> {
                return other(net, name, "forward mode '" + fmode + "' does not use macvtap");
            }
        }
        if (bridge != null) {
            return other(net, name, "forwards through the host's Linux bridge '" + bridge + "', not macvtap");
        }
        List<String> devs = forward.get().children("interface").stream()
                .map(i -> i.attr("dev").orElse("")).filter(d -> !d.isEmpty()).toList();
        if (devs.isEmpty()) {
            devs = forward.get().attr("dev").stream().toList();
        }
        if (devs.isEmpty()) {
            return other(net, name, "forward mode '" + fmode + "' names no lower device (<interface dev=...>)");
        }
        if (devs.size() > 1) {
            warnings.add(new ImportWarning(forward.get().where(), "network '" + name + "' is a pool of "
                    + devs.size() + " devices; its guests are placed on the first, " + devs.get(0)));
        }
        return new LibvirtNetwork(name, net.where(), MacvlanMode.fromLibvirtName(fmode), devs.get(0), null);
    }

    private static LibvirtNetwork other(XmlElement net, String name, String reason) {
        return new LibvirtNetwork(name, net.where(), null, null, reason);
    }
}
