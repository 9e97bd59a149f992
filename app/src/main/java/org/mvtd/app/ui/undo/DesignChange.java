package org.mvtd.app.ui.undo;

import java.util.Objects;
import org.mvtd.model.Design;

/** A command that replaces one design by another; undo puts the first one back. */
public record DesignChange(String label, Design before, Design after) implements Command {
    public DesignChange {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    @Override
    public Design apply(Design current) {
        return after;
    }

    @Override
    public Design revert(Design current) {
        return before;
    }
}
