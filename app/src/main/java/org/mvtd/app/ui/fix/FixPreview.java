package org.mvtd.app.ui.fix;

import java.util.Objects;
import java.util.Set;
import org.mvtd.app.ui.viewmodel.ReachColouring;
import org.mvtd.model.Design;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.fix.Fix;

/**
 * What the canvas shows while a fix is previewed: the marks the fixed design gives, seen from the pair's
 * first element, which elements' marks that changes, and the elements the fix would add.
 *
 * @param result    the fixed design as Apply would make it (new elements placed)
 * @param colouring the marks in {@code result}
 * @param changed   elements of the current design whose mark the fix changes
 * @param added     elements only {@code result} has (a host shim)
 */
public record FixPreview(Offer offer, Fix fix, Design result, ReachColouring colouring, Set<ElementRef> changed,
                         Set<ElementRef> added) {
    public FixPreview {
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(fix, "fix");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(colouring, "colouring");
        changed = Set.copyOf(changed);
        added = Set.copyOf(added);
    }
}
