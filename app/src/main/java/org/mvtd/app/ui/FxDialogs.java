package org.mvtd.app.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.mvtd.app.ui.io.RecoveryStore;

/** The real dialogs: alerts and file choosers owned by the main window. */
public final class FxDialogs implements Dialogs {
    private final Window owner;

    public FxDialogs(Window owner) {
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    @Override
    public Unsaved askUnsaved(String documentName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "Your changes will be lost if you don't save them.", save, discard, cancel);
        a.initOwner(owner);
        a.setTitle("Unsaved changes");
        a.setHeaderText("Save the changes to " + documentName + "?");
        ButtonType r = a.showAndWait().orElse(cancel);
        return r == save ? Unsaved.SAVE : r == discard ? Unsaved.DISCARD : Unsaved.CANCEL;
    }

    @Override
    public Optional<Path> chooseOpen(Path startDir) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Open design");
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Designs (*.mvtd.yaml, *.yaml)", "*.mvtd.yaml", "*.yaml", "*.yml"),
                new FileChooser.ExtensionFilter("All files", "*"));
        start(fc, startDir);
        File f = fc.showOpenDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSave(String title, String suggestedName, Path startDir, String description, String extension) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.setInitialFileName(suggestedName);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*" + extension));
        start(fc, startDir);
        File f = fc.showSaveDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    private static void start(FileChooser fc, Path dir) {
        if (dir != null && Files.isDirectory(dir)) {
            fc.setInitialDirectory(dir.toFile());
        }
    }

    @Override
    public void error(String title, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        a.initOwner(owner);
        a.setTitle("macvtap-designer");
        a.setHeaderText(title);
        a.showAndWait();
    }

    @Override
    public void info(String title, String message) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        a.initOwner(owner);
        a.setTitle("macvtap-designer");
        a.setHeaderText(title);
        a.getDialogPane().setMinWidth(520);
        a.showAndWait();
    }

    @Override
    public boolean offerRecovery(RecoveryStore.Recovery r) {
        ButtonType restore = new ButtonType("Recover", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault()).format(r.savedAt());
        Alert a = new Alert(Alert.AlertType.CONFIRMATION,
                "macvtap-designer did not close normally. Unsaved work on \"" + r.design().name() + "\""
                        + (r.original() != null ? " (" + r.original().getFileName() + ")" : "") + " was autosaved at " + when
                        + ".\nRecover it? Discarding deletes the autosave.", restore, discard);
        a.initOwner(owner);
        a.setTitle("Recover unsaved work");
        a.setHeaderText("Recover unsaved work?");
        return a.showAndWait().orElse(discard) == restore;
    }
}
