package org.mvtd.app.ui.undo;

import org.mvtd.model.Design;

/** One undoable user gesture. Designs are immutable, so a command maps one design to the next and back. */
public interface Command {
    /** What the Edit menu shows after "Undo"/"Redo", e.g. "Move 3 elements". */
    String label();

    Design apply(Design current);

    Design revert(Design current);
}
