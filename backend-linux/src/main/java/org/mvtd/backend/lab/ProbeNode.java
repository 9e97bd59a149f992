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
 */
public record ProbeNode(Node node, String netns, String ifname, Mac mac, ChannelKind channel, long ipv4) {
    public ProbeNode {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(netns, "netns");
        Objects.requireNonNull(ifname, "ifname");
        Objects.requireNonNull(mac, "mac");
        Objects.requireNonNull(channel, "channel");
    }

    public String id() {
        return node.id();
    }
}
