package org.mvtd.backend.lab;

import java.util.Objects;
import org.mvtd.model.reach.Node;

/**
 * Where one reachability node lives in the lab.
 *
 * @param node      the node as reach reports it
 * @param netns     the namespace holding its interface
 * @param ifname    the interface (endpoint, lower device, or the station's eth0)
 * @param mac       the MAC a unicast to this node is addressed to
 * @param channel   how frames are sent and received for it
 * @param ipv4      its lab address (on the interface for an IP stack; in its frames for a guest)
 * @param ipv6      its IPv6 link-local address, uncompressed: the lab's own for an IP stack, the EUI-64
 *                  address of its MAC for a guest (what a guest's kernel derives)
 */
public record ProbeNode(Node node, String netns, String ifname, Mac mac, ChannelKind channel, long ipv4, String ipv6) {
    public ProbeNode {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(netns, "netns");
        Objects.requireNonNull(ifname, "ifname");
        Objects.requireNonNull(mac, "mac");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(ipv6, "ipv6");
    }

    public String id() {
        return node.id();
    }
}
