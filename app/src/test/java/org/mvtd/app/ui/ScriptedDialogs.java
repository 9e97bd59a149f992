package org.mvtd.app.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mvtd.app.ui.io.RecoveryStore;

/** Dialog answers set by a test, with a log of what was asked. */
public final class ScriptedDialogs implements Dialogs {
    public Unsaved unsaved = Unsaved.CANCEL;
    public Path saveTo;
    public Path openFrom;
    public boolean recover = true;
    public boolean replaceReadOnly;
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
}
