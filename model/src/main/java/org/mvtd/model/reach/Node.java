package org.mvtd.model.reach;

import java.util.List;
import java.util.Objects;
import org.mvtd.model.MacvlanMode;

/**
 * A reachability node.
 *
 * @param id        {@code HOST/ENDPOINT}, {@code HOST/DEVICE} or {@code STATION}
 * @param mode      the endpoint's mode; null for devices and stations
 * @param guest     the guest using the endpoint; null when none
 * @param vlan      the VLAN its frames travel in; null when untagged
 * @param addresses its addresses as the design gives them (format version 2); may be empty
 */
public record Node(String id, NodeKind kind, MacvlanMode mode, String guest, Integer vlan, List<String> addresses) {
    public Node {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }

    /** An untagged node without addresses. */
    public Node(String id, NodeKind kind, MacvlanMode mode, String guest) {
        this(id, kind, mode, guest, null, List.of());
    }

    public Node withMode(MacvlanMode m) {
        return new Node(id, kind, m, guest, vlan, addresses);
    }
}
