package org.mvtd.app.ui.undo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Undo and redo stacks with a save mark. The mark is the undo depth at the last save; the document is
 * unchanged since save exactly when the depth is back at the mark (after an undo past it and a new edit,
 * the mark becomes unreachable).
 */
public final class UndoManager {
    private static final int UNREACHABLE = -1;

    private final Deque<Command> undo = new ArrayDeque<>();
    private final Deque<Command> redo = new ArrayDeque<>();
    private final int limit;
    private int saveMark;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper unchangedSinceSave = new ReadOnlyBooleanWrapper(this, "unchangedSinceSave", true);
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel", "");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(this, "redoLabel", "");

    public UndoManager(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        this.limit = limit;
    }

    public UndoManager() {
        this(500);
    }

    /** Records a command that has just been applied. */
    public void push(Command command) {
        Objects.requireNonNull(command, "command");
        if (saveMark > undo.size()) {
            saveMark = UNREACHABLE; // the saved state sat on the redo stack we are discarding
        }
        redo.clear();
        undo.push(command);
        if (undo.size() > limit) {
            undo.removeLast();
            saveMark = saveMark == UNREACHABLE ? UNREACHABLE : saveMark - 1;
            if (saveMark < 0) {
                saveMark = UNREACHABLE;
            }
        }
        refresh();
    }

    /** Takes the command to undo off the stack; the caller reverts it. */
    public Optional<Command> undo() {
        return move(undo, redo);
    }

    /** Takes the command to redo off the stack; the caller applies it. */
    public Optional<Command> redo() {
        return move(redo, undo);
    }

    /** Moves the top command of {@code from} onto {@code to} and returns it; empty when {@code from} is. */
    private Optional<Command> move(Deque<Command> from, Deque<Command> to) {
        if (from.isEmpty()) {
            return Optional.empty();
        }
        Command c = from.pop();
        to.push(c);
        refresh();
        return Optional.of(c);
    }

    /** Marks the current state as saved. */
    public void markSaved() {
        saveMark = undo.size();
        refresh();
    }

    /** Forgets all history (a new document); the empty state counts as saved. */
    public void reset() {
        undo.clear();
        redo.clear();
        saveMark = 0;
        refresh();
    }

    /** Forgets all history and marks the state unsaved (a recovered document). */
    public void resetUnsaved() {
        undo.clear();
        redo.clear();
        saveMark = UNREACHABLE;
        refresh();
    }

    private void refresh() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        unchangedSinceSave.set(saveMark == undo.size());
        undoLabel.set(undo.isEmpty() ? "" : undo.peek().label());
        redoLabel.set(redo.isEmpty() ? "" : redo.peek().label());
    }

    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty unchangedSinceSaveProperty() { return unchangedSinceSave.getReadOnlyProperty(); }
    public ReadOnlyStringProperty undoLabelProperty() { return undoLabel.getReadOnlyProperty(); }
    public ReadOnlyStringProperty redoLabelProperty() { return redoLabel.getReadOnlyProperty(); }

    public boolean canUndo() { return canUndo.get(); }
    public boolean canRedo() { return canRedo.get(); }
    public boolean isUnchangedSinceSave() { return unchangedSinceSave.get(); }
}
