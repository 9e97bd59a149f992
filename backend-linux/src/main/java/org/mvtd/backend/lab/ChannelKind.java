package org.mvtd.backend.lab;

/** How the lab talks for a node: always as the node's user would (kernel-truth.md, "How to measure"). */
public enum ChannelKind {
    /** The macvtap character device, as a guest: frames written are sent, frames read are received. */
    TAP,
    /**
     * A packet socket on the endpoint's own netdev, sending and receiving: a macvtap whose tap nobody has
     * open hands its frames to that netdev.
     */
    PACKET,
    /**
     * The node's IP stack: raw frames are sent through a packet socket on its interface, and what arrives
     * is what the stack accepted (a UDP socket bound to the interface; ARP requests it took, from its
     * neighbour table). Host stacks, macvlan endpoints and stations.
     */
    STACK
}
