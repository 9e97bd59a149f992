package org.mvtd.backend.client;

import java.util.List;
import org.mvtd.backend.link.DesignId;
import org.mvtd.backend.protocol.Wire;
import org.mvtd.model.Design;

/** Client-side views of listed links. */
public final class DesignLinks {
    private DesignLinks() {
    }

    /** The names of the listed links that this design made (its alias on them). */
    public static List<String> oursOf(List<Wire.ListedLink> links, Design design) {
        DesignId id = DesignId.of(design.name());
        return links.stream().filter(l -> id.owns(l.name(), l.alias())).map(Wire.ListedLink::name).toList();
    }
}
