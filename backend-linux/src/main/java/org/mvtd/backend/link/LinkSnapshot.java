package org.mvtd.backend.link;

import java.util.Objects;

/**
 * A link of ours as it was before an apply touched it, or its absence: what a rollback restores.
 *
 * @param ifindex    its ifindex then; when absent, the ifindex the apply's create asks for (0: the kernel picks)
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
        return absent(name, 0);
    }

    /** Absent before the apply, which creates it at ifindex {@code planned} (0: the kernel picks). */
    public static LinkSnapshot absent(String name, int planned) {
        return new LinkSnapshot(name, false, null, null, null, null, false, -1, planned, 0, null);
    }

    public static LinkSnapshot of(LinkInfo l, int nodeUid) {
        return new LinkSnapshot(l.name(), true, l.kind(), l.lower(), l.mode(), l.mac(), l.adminUp(), nodeUid,
                l.ifindex(), l.lowerIndex(), l.alias());
    }
}
