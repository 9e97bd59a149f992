package org.mvtd.app.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.mvtd.app.ui.exchange.RepairWindow;
import org.mvtd.app.ui.exchange.TextRepair;
import org.mvtd.app.ui.io.RecoveryStore;
import org.mvtd.model.yaml.DesignFormatException;

/** The real dialogs: alerts and file choosers owned by the main window. */
public final class FxDialogs implements Dialogs {
    private final Window owner;

    public FxDialogs(Window owner) {
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    @Override
    public boolean confirmReplaceReadOnly(Path file) {
        ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.YES);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = alert(Alert.AlertType.CONFIRMATION, "Read-only file", file.getFileName() + " is read-only.",
                "Replace it anyway? It keeps its read-only permissions.", replace, cancel);
        return a.showAndWait().orElse(cancel) == replace;
    }

    @Override
    public Unsaved askUnsaved(String documentName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = alert(Alert.AlertType.CONFIRMATION, "Unsaved changes", "Save the changes to " + documentName + "?",
                "Your changes will be lost if you don't save them.", save, discard, cancel);
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

    @Override
    public Optional<Path> chooseDirectory(String title, Path startDir) {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle(title);
        if (startDir != null && Files.isDirectory(startDir)) {
            dc.setInitialDirectory(startDir.toFile());
        }
        return Optional.ofNullable(dc.showDialog(owner)).map(File::toPath);
    }

    @Override
    public boolean confirmOverwrite(List<Path> existing) {
        ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.YES);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        String names = existing.stream().limit(8).map(p -> String.valueOf(p.getFileName())).collect(Collectors.joining(", "))
                + (existing.size() > 8 ? ", \u2026" : "");
        Alert a = alert(Alert.AlertType.CONFIRMATION, "Replace files", existing.size() + " file"
                + (existing.size() == 1 ? " exists" : "s exist") + " already.", names + "\nReplace them?", replace, cancel);
        return a.showAndWait().orElse(cancel) == replace;
    }

    @Override
    public List<Path> chooseFiles(String title, Path startDir, String description, List<String> patterns) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(description, patterns),
                new FileChooser.ExtensionFilter("All files", "*"));
        start(fc, startDir);
        List<File> files = fc.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public void repair(Path file, String content, DesignFormatException problem, TextRepair repair) {
        new RepairWindow(owner, file, content, problem, repair).show();
    }

    private static void start(FileChooser fc, Path dir) {
        if (dir != null && Files.isDirectory(dir)) {
            fc.setInitialDirectory(dir.toFile());
        }
    }

    @Override
    public void error(String title, String message) {
        alert(Alert.AlertType.ERROR, "macvtap-designer", title, message, ButtonType.OK).showAndWait();
    }

    @Override
    public void info(String title, String message) {
        Alert a = alert(Alert.AlertType.INFORMATION, "macvtap-designer", title, message, ButtonType.OK);
        a.getDialogPane().setMinWidth(520);
        a.showAndWait();
    }

    @Override
    public boolean offerRecovery(RecoveryStore.Recovery r) {
        ButtonType restore = new ButtonType("Recover", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault()).format(r.savedAt());
        Alert a = alert(Alert.AlertType.CONFIRMATION, "Recover unsaved work", "Recover unsaved work?",
                "macvtap-designer did not close normally. Unsaved work on \"" + r.design().name() + "\""
                        + (r.original() != null ? " (" + r.original().getFileName() + ")" : "") + " was autosaved at " + when
                        + ".\nRecover it? Discarding deletes the autosave.", restore, discard);
        return a.showAndWait().orElse(discard) == restore;
    }

    /** An alert owned by the main window, with the window title {@code title} and the bold {@code header}. */
    private Alert alert(Alert.AlertType type, String title, String header, String message, ButtonType... buttons) {
        Alert a = new Alert(type, message, buttons);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(header);
        return a;
    }
}
