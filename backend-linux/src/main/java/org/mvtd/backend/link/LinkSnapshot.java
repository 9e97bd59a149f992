package org.mvtd.backend.link;

import java.util.Objects;

/**
 * A link of ours as it was before an apply touched it, or its absence: what a rollback restores.
 *
 * @param ifindex    its ifindex then (0 when absent): an undo changes a link only at this ifindex, with this name
 *                   and our alias
 * @param lowerIndex the lower device's ifindex then: a re-created link goes only onto this ifindex, and only while
 *                   it still has the name {@code lower}
 * @param alias      its alias then
 * @param nodeUid    owner of the guest's /dev node then, or -1 when there was none
 */
public record LinkSnapshot(String name, boolean present, String type, String lower, String mode, String mac,
                           boolean up, int nodeUid, int ifindex, int lowerIndex, String alias) {
    public LinkSnapshot {
        Objects.requireNonNull(name, "name");
    }

    public static LinkSnapshot absent(String name) {
        return new LinkSnapshot(name, false, null, null, null, null, false, -1, 0, 0, null);
    }

    public static LinkSnapshot of(LinkInfo l, int nodeUid) {
        return new LinkSnapshot(l.name(), true, l.kind(), l.lower(), l.mode(), l.mac(), l.adminUp(), nodeUid,
                l.ifindex(), l.lowerIndex(), l.alias());
    }
}
