package org.mvtd.app.ui.viewmodel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.validate.Problem;

/**
 * The elements a validation problem names: the one it is reported at and the others of a clash (both endpoints
 * of a duplicate MAC). The canvas badges, the reach marks and the inspector all read problems through this, so
 * they agree on which element a problem is about.
 */
public final class ProblemSubjects {
    private ProblemSubjects() {
    }

    /** The elements {@code p} names, the one it is reported at first; empty for a design-wide problem. */
    public static List<ElementRef> of(Problem p) {
        Set<ElementRef> out = new LinkedHashSet<>();
        ElementRef.fromPath(p.path()).ifPresent(out::add);
        for (String other : p.others()) {
            ElementRef.fromPath(other).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /** Every named element with its problems, in the order given (errors first when the validator's order is kept). */
    public static Map<ElementRef, List<Problem>> index(List<Problem> problems) {
        Map<ElementRef, List<Problem>> out = new LinkedHashMap<>();
        for (Problem p : problems) {
            for (ElementRef r : of(p)) {
                out.computeIfAbsent(r, k -> new ArrayList<>()).add(p);
            }
        }
        return out;
    }

    /** Whether {@code p} is about element {@code r}: reported at it or at one of its fields, or naming it as the other end. */
    public static boolean isAbout(Problem p, ElementRef r) {
        String path = r.path();
        if (p.path().equals(path) || p.path().startsWith(path + ".")) {
            return true;
        }
        return p.others().stream().anyMatch(o -> o.equals(path) || o.startsWith(path + "."));
    }
}
