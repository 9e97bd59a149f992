package org.mvtd.model.edit;

import java.util.List;
import java.util.Optional;
import org.mvtd.model.Design;

/**
 * The outcome of an edit attempt: a new design and the elements it created, or a refusal in words.
 *
 * @param design  the new design; null when refused
 * @param created the elements the edit made (to select them)
 * @param refusal why nothing changed; null when it succeeded
 */
public record EditResult(Design design, List<ElementRef> created, String refusal) {
    public EditResult {
        created = List.copyOf(created);
    }

    public static EditResult ok(Design design, List<ElementRef> created) {
        return new EditResult(design, created, null);
    }

    public static EditResult refused(String reason) {
        return new EditResult(null, List.of(), reason);
    }

    public boolean accepted() {
        return design != null;
    }

    public Optional<String> refusalText() {
        return Optional.ofNullable(refusal);
    }
}
