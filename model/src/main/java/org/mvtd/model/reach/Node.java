package org.mvtd.model.reach;

import java.util.Objects;
import org.mvtd.model.MacvlanMode;

/**
 * A reachability node.
 *
 * @param id     {@code HOST/ENDPOINT}, {@code HOST/DEVICE} or {@code STATION}
 * @param mode   the endpoint's mode; null for devices and stations
 * @param guest  the guest using the endpoint; null when none
 */
public record Node(String id, NodeKind kind, MacvlanMode mode, String guest) {
    public Node {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
    }
}
