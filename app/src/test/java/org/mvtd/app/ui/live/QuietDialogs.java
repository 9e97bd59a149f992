package org.mvtd.app.ui.live;

import java.nio.file.Path;
import java.util.Optional;
import org.mvtd.app.ui.Dialogs;
import org.mvtd.app.ui.io.RecoveryStore;

/** The designer's questions answered without a window: discard unsaved work, no files, no recovery. */
final class QuietDialogs implements Dialogs {
    int errors;

    @Override
    public Unsaved askUnsaved(String documentName) {
        return Unsaved.DISCARD;
    }

    @Override
    public Optional<Path> chooseOpen(Path startDir) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseSave(String title, String suggestedName, Path startDir, String description, String extension) {
        return Optional.empty();
    }

    @Override
    public void error(String title, String message) {
        errors++;
    }

    @Override
    public boolean offerRecovery(RecoveryStore.Recovery recovery) {
        return false;
    }

    @Override
    public void info(String title, String message) {
    }
}
