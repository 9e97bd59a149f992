package org.mvtd.app.ui.undo;

import java.util.List;
import java.util.Objects;
import org.mvtd.model.Design;

/** Several commands done and undone as one step (a multi-element edit is one gesture). */
public record CompoundCommand(String label, List<Command> parts) implements Command {
    public CompoundCommand {
        Objects.requireNonNull(label, "label");
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a compound command needs at least one part");
        }
    }

    @Override
    public Design apply(Design current) {
        Design d = current;
        for (Command c : parts) {
            d = c.apply(d);
        }
        return d;
    }

    @Override
    public Design revert(Design current) {
        Design d = current;
        for (int i = parts.size() - 1; i >= 0; i--) {
            d = parts.get(i).revert(d);
        }
        return d;
    }
}
