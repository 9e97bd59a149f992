package org.mvtd.app.ui;

import java.nio.file.Path;

/** A window holding several documents, one per tab, as each document's view model sees it. */
public interface DocumentHost {
    /** The view model a new document goes into: {@code asking} itself while it is blank, else a new tab, selected. */
    MainViewModel tabFor(MainViewModel asking);

    /** Selects the tab showing {@code file}; false when none does. */
    boolean select(Path file);

    /** Closes the tab of {@code vm} after the unsaved-work question. */
    void close(MainViewModel vm);
}
