package org.mvtd.app.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mvtd.app.ui.exchange.RepairWindow;
import org.mvtd.app.ui.exchange.TextRepair;
import org.mvtd.app.ui.io.RecoveryStore;
import org.mvtd.model.yaml.DesignFormatException;

/** Dialog answers set by a test, with a log of what was asked. */
public final class ScriptedDialogs implements Dialogs {
    public Unsaved unsaved = Unsaved.CANCEL;
    public Path saveTo;
    public Path openFrom;
    public boolean recover = true;
    public boolean replaceReadOnly;
    public Path directory;
    public boolean overwrite;
    public List<Path> importFiles = List.of();
    /** Show the real repair window (a TestFX test looks at it) rather than only noting the question. */
    public boolean showRepairs;
    public final List<String> asked = new ArrayList<>();

    @Override
    public Unsaved askUnsaved(String documentName) {
        asked.add("unsaved " + documentName);
        return unsaved;
    }

    @Override
    public Optional<Path> chooseOpen(Path startDir) {
        asked.add("open");
        return Optional.ofNullable(openFrom);
    }

    @Override
    public Optional<Path> chooseSave(String title, String suggestedName, Path startDir, String description, String extension) {
        asked.add("save " + suggestedName);
        return Optional.ofNullable(saveTo);
    }

    @Override
    public void error(String title, String message) {
        asked.add("error " + title + ": " + message);
    }

    @Override
    public boolean offerRecovery(RecoveryStore.Recovery recovery) {
        asked.add("recover " + recovery.design().name());
        return recover;
    }

    @Override
    public boolean confirmReplaceReadOnly(Path file) {
        asked.add("read-only " + file.getFileName());
        return replaceReadOnly;
    }

    @Override
    public void info(String title, String message) {
        asked.add("info " + title);
    }

    @Override
    public Optional<Path> chooseDirectory(String title, Path startDir) {
        asked.add("directory " + title);
        return Optional.ofNullable(directory);
    }

    @Override
    public boolean confirmOverwrite(List<Path> existing) {
        asked.add("overwrite " + existing.size());
        return overwrite;
    }

    @Override
    public List<Path> chooseFiles(String title, Path startDir, String description, List<String> patterns) {
        asked.add("files " + title);
        return importFiles;
    }

    @Override
    public void repair(Path file, String content, DesignFormatException problem, TextRepair repair) {
        asked.add("repair " + file.getFileName());
        if (showRepairs) {
            new RepairWindow(null, file, content, problem, repair).show();
        }
    }
}
