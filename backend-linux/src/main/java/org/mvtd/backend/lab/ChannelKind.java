package org.mvtd.backend.lab;

/** How the lab talks for a node. */
public enum ChannelKind {
    /** The macvtap character device, as a guest: frames written are sent, frames read are received. */
    TAP,
    /** An AF_PACKET socket bound to the interface and the probe EtherType: what that interface's stack sees. */
    PACKET
}
