package org.mvtd.app.ui.viewmodel;

import java.util.List;
import org.mvtd.model.edit.ElementRef;

/**
 * Why the hovered node shows its mark: the engine's sentences for both directions and the hops of the path.
 *
 * @param path the elements the frame passes, source first (devices, switches, endpoints, stations)
 */
public record Explanation(ElementRef target, ReachMark mark, String text, List<ElementRef> path) {
    public Explanation {
        path = List.copyOf(path);
    }
}
