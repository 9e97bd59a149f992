package org.mvtd.app.ui.live.plan;

import java.util.List;
import java.util.Objects;

/**
 * Exactly what a teardown will delete: the links on the machine that carry this design's mark, and the
 * guests' /dev nodes that go with the macvtaps among them. Foreign links are never listed (never touched).
 */
public record TeardownPreview(String host, String designId, List<String> links, List<String> macvtaps) {
    public TeardownPreview {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(designId, "designId");
        links = List.copyOf(links);
        macvtaps = List.copyOf(macvtaps);
    }

    public boolean nothingToDo() {
        return links.isEmpty();
    }
}
