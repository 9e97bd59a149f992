package org.mvtd.app.ui.fix;

import java.util.Objects;
import org.mvtd.model.Design;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.fix.Diagnosis;

/**
 * The fixes offered for one pair of elements: what the engine found, and the design it searched, so a fix is
 * only applied to the design it was computed for.
 *
 * @param from the element the user asked from (a host stands for its stack)
 * @param to   the element it cannot ping (a guest stands for its endpoint)
 */
public record Offer(ElementRef from, ElementRef to, Design base, Diagnosis diagnosis) {
    public Offer {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(diagnosis, "diagnosis");
    }

    /** "kvmhost → uperf-client". */
    public String title() {
        return from.qualifiedName() + " \u2192 " + to.qualifiedName();
    }
}
