package org.mvtd.app.ui;

import java.nio.file.Path;
import java.util.Optional;
import org.mvtd.app.ui.io.RecoveryStore;

/** The questions the designer asks the user; tests answer them with a script. */
public interface Dialogs {
    /** The answers to "save your changes?". */
    enum Unsaved { SAVE, DISCARD, CANCEL }

    Unsaved askUnsaved(String documentName);

    Optional<Path> chooseOpen(Path startDir);

    /** Asks where to write; {@code extension} like ".mvtd.yaml" or ".png". */
    Optional<Path> chooseSave(String title, String suggestedName, Path startDir, String description, String extension);

    void error(String title, String message);

    /** Offers unsaved work found after a crash; true to take it back. */
    boolean offerRecovery(RecoveryStore.Recovery recovery);

    void info(String title, String message);

    /** Asks before a save replaces a read-only file, as editors do; true to replace it. Scripts refuse by default. */
    default boolean confirmReplaceReadOnly(Path file) {
        return false;
    }
}
