package org.mvtd.model.edit;

/** What the palette offers to place, with the one line its tooltip teaches. */
public enum PaletteItem {
    SWITCH("Switch", ElementKind.SWITCH, "An external layer-2 segment: a physical switch, a ToR, a Linux bridge"),
    STATION("Station", ElementKind.STATION, "A machine outside the hosts plugged into a switch: a router, a laptop"),
    HOST("Host", ElementKind.HOST, "A Linux host that owns lower devices and the endpoints on them"),
    DEVICE("Lower device", ElementKind.DEVICE, "A NIC of a host (drop it inside the host); endpoints cling to it"),
    MACVTAP("macvtap endpoint", ElementKind.ENDPOINT, "A macvlan interface with a /dev/tapN a guest uses (drop it on a device)"),
    MACVLAN("macvlan endpoint", ElementKind.ENDPOINT, "A macvlan netdev for the host itself: a host shim or a container's interface"),
    GUEST("Guest", ElementKind.GUEST, "A virtual machine; connect it to a macvtap endpoint of its host"),
    CONTAINER("Container", ElementKind.GUEST, "A container (Docker, Podman, LXD): connect it to a macvlan endpoint of its host,"
            + " which moves into its network namespace");

    private final String title;
    private final ElementKind kind;
    private final String description;

    PaletteItem(String title, ElementKind kind, String description) {
        this.title = title;
        this.kind = kind;
        this.description = description;
    }

    public String title() { return title; }
    public ElementKind kind() { return kind; }
    public String description() { return description; }
}
