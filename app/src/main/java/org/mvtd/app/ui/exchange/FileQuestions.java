package org.mvtd.app.ui.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The questions exports and imports ask the user; tests answer them with a script. */
public interface FileQuestions {
    /** Asks for a folder to write into. */
    default Optional<Path> chooseDirectory(String title, Path startDir) {
        return Optional.empty();
    }

    /** Asks before files that exist are replaced; true to replace them. Scripts refuse by default. */
    default boolean confirmOverwrite(List<Path> existing) {
        return false;
    }

    /** Asks for one or more files to read; {@code patterns} like "*.xml". Empty when cancelled. */
    default List<Path> chooseFiles(String title, Path startDir, String description, List<String> patterns) {
        return List.of();
    }

    void error(String title, String message);
}
