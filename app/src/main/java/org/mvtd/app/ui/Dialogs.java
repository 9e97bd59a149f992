package org.mvtd.app.ui;

import java.nio.file.Path;
import java.util.Optional;
import org.mvtd.app.ui.exchange.FileQuestions;
import org.mvtd.app.ui.exchange.TextRepair;
import org.mvtd.app.ui.io.RecoveryStore;
import org.mvtd.model.yaml.DesignFormatException;

/** The questions the designer asks the user; tests answer them with a script. */
public interface Dialogs extends FileQuestions {
    /** The answers to "save your changes?". */
    enum Unsaved { SAVE, DISCARD, CANCEL }

    Unsaved askUnsaved(String documentName);

    Optional<Path> chooseOpen(Path startDir);

    /** Asks where to write; {@code extension} like ".mvtd.yaml" or ".png". */
    Optional<Path> chooseSave(String title, String suggestedName, Path startDir, String description, String extension);

    @Override
    void error(String title, String message);

    /** Offers unsaved work found after a crash; true to take it back. */
    boolean offerRecovery(RecoveryStore.Recovery recovery);

    void info(String title, String message);

    /** Asks before a save replaces a read-only file, as editors do; true to replace it. Scripts refuse by default. */
    default boolean confirmReplaceReadOnly(Path file) {
        return false;
    }

    /**
     * Shows a design file that does not parse as text with its problem marked, for the user to correct;
     * {@code repair} saves and opens the corrected text. Without a window to do it in, the problem is reported.
     */
    default void repair(Path file, String content, DesignFormatException problem, TextRepair repair) {
        error("Could not open " + file.getFileName(), problem.getMessage());
    }
}
