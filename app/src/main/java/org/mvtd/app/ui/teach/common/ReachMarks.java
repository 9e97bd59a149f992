package org.mvtd.app.ui.teach.common;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.Elements;
import org.mvtd.app.ui.viewmodel.ReachMark;
import org.mvtd.app.ui.viewmodel.ReachViewModel;
import org.mvtd.model.Design;
import org.mvtd.model.Guest;
import org.mvtd.model.reach.Node;
import org.mvtd.model.reach.ReachEngine;
import org.mvtd.model.reach.ReachRow;

/** The marks of a whole design seen from one node, for read-only views that have no selection model. */
public final class ReachMarks {
    private ReachMarks() {
    }

    /** Every drawn node's mark relative to {@code source} (guests show their first NIC's endpoint). */
    public static Map<ElementRef, ReachMark> from(Design d, ReachEngine engine, String source) {
        Objects.requireNonNull(d, "d");
        Objects.requireNonNull(engine, "engine");
        Map<ElementRef, ReachMark> out = new HashMap<>();
        if (source == null || engine.indexOf(source).isEmpty()) {
            return out;
        }
        ReachRow row = engine.row(source);
        List<Node> nodes = row.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            ElementRef r = ReachViewModel.refForNode(d, nodes.get(i).id());
            if (r != null) {
                out.put(r, i == row.from() ? ReachMark.SOURCE
                        : Elements.isDown(d, r) ? ReachMark.DOWN : ReachMark.of(row.verdict(i)));
            }
        }
        for (Guest g : d.guests()) {
            if (!g.nics().isEmpty()) {
                ReachMark m = out.get(ElementRef.endpoint(g.host(), g.nics().get(0).endpoint()));
                if (m != null) {
                    out.put(ElementRef.guest(g.name()), m);
                }
            }
        }
        return out;
    }
}
