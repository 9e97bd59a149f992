package org.mvtd.model.edit;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.mvtd.model.Design;
import org.mvtd.model.validate.Problem;
import org.mvtd.model.validate.Validator;

/**
 * Pasting elements that came from outside the window (another designer window, a text editor): unlike the
 * window's own copies they were never part of a design the user saw, so the paste is refused, with the first
 * problem named, when it would add an error to the design (a reference to nothing, an impossible name).
 */
public final class ForeignPaste {
    private ForeignPaste() {
    }

    /** {@code f} pasted into {@code into} shifted by (dx, dy), or refused when it would add errors. */
    public static EditResult paste(Fragment f, Design into, double dx, double dy) {
        Objects.requireNonNull(into, "into");
        EditResult r = f.pasteInto(into, dx, dy);
        if (!r.accepted()) {
            return r;
        }
        Set<String> before = errors(into).stream().map(ForeignPaste::key).collect(Collectors.toSet());
        List<Problem> added = errors(r.design()).stream().filter(p -> !before.contains(key(p))).toList();
        if (added.isEmpty()) {
            return r;
        }
        return EditResult.refused("Not pasted: the clipboard's elements do not fit this design: " + FragmentYaml.brief(added.get(0).message())
                + (added.size() > 1 ? " (and " + (added.size() - 1) + " more problems)" : "") + ".");
    }

    private static List<Problem> errors(Design d) {
        return Validator.validate(d).stream().filter(Problem::isError).toList();
    }

    private static String key(Problem p) {
        return p.path() + '\n' + p.message();
    }
}
