package org.mvtd.model.export;

/**
 * Choices an export leaves to the user.
 *
 * @param trustGuestRxFilters libvirt exports only: {@code trustGuestRxFilters='yes'} on each NIC (libvirt-domain) or
 *     network (libvirt-network), the CLI's {@code --guest-ipv6}. libvirt creates its macvtaps itself, and their
 *     multicast filter admits only the all-nodes groups: IPv6 Neighbour Discovery to the guest then fails. With
 *     this, libvirt copies the guest's receive filter (its multicast groups, and its MAC) to the macvtap, so IPv6
 *     works; the price is that the guest may change its MAC and receive what is sent to the new one. The ip-script,
 *     networkd and qemu paths need no option: their links get {@code allmulticast}, as {@code mvtd apply} does.
 */
public record ExportOptions(boolean trustGuestRxFilters) {
    /** What every export does unless asked otherwise. */
    public static final ExportOptions DEFAULT = new ExportOptions(false);
}
