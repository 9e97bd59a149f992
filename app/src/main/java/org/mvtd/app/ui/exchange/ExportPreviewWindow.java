package org.mvtd.app.ui.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.mvtd.app.ui.theme.WindowThemes;
import org.mvtd.model.export.ExportedFile;

/**
 * The files an export would write, one tab each, read-only, with the design's warnings, before the user picks
 * a folder. Writing asks before it replaces anything and writes each file atomically.
 */
public final class ExportPreviewWindow {
    private final Stage stage = new Stage();
    private final ExportPreview preview;
    private final FileQuestions questions;
    private final Path startDir;
    private final Consumer<String> status;
    private final Label outcome = new Label();

    public ExportPreviewWindow(Window owner, ExportPreview preview, FileQuestions questions, Path startDir, Consumer<String> status) {
        this.preview = Objects.requireNonNull(preview, "preview");
        this.questions = Objects.requireNonNull(questions, "questions");
        this.startDir = startDir;
        this.status = Objects.requireNonNull(status, "status");
        stage.initOwner(owner);
        stage.setTitle("Export " + preview.kind().title());
        Scene scene = new Scene(content(), 820, 600);
        WindowThemes.styleLike(scene, owner);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
    }

    public void show() {
        stage.show();
    }

    private BorderPane content() {
        int n = preview.files().size();
        Label header = new Label(preview.refusal().orElse(preview.kind().title() + " \u2013 " + preview.kind().description() + ": " + n + " file" + (n == 1 ? "" : "s")
                + " to write. Choose a folder to write them into."));
        header.setWrapText(true);
        header.setId("export-preview-header");
        TabPane tabs = new TabPane();
        tabs.setId("export-preview-files");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (ExportedFile f : preview.files()) {
            TextArea text = new TextArea(f.content());
            text.setEditable(false);
            text.setStyle("-fx-font-family: monospace;");
            Tab t = new Tab(f.name() + (f.executable() ? " (script)" : ""), text);
            t.setId("export-file-" + f.name());
            tabs.getTabs().add(t);
        }
        ListView<String> warnings = new ListView<>();
        warnings.setId("export-preview-warnings");
        warnings.getItems().setAll(preview.warnings());
        warnings.setPrefHeight(preview.warnings().isEmpty() ? 0 : Math.min(6, preview.warnings().size()) * 26 + 4);
        warnings.setVisible(!preview.warnings().isEmpty());
        warnings.setManaged(!preview.warnings().isEmpty());
        Button write = new Button("Write to Folder\u2026");
        write.setId("export-preview-write");
        write.setDefaultButton(true);
        write.setDisable(preview.refusal().isPresent());
        write.setOnAction(e -> write());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        outcome.setId("export-preview-outcome");
        outcome.setWrapText(true);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox buttons = new HBox(8, outcome, grow, write, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox bottom = new VBox(8, warnings, buttons);
        BorderPane root = new BorderPane(tabs, header, null, bottom, null);
        root.setId("export-preview");
        BorderPane.setMargin(header, new Insets(0, 0, 8, 0));
        BorderPane.setMargin(bottom, new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(12));
        return root;
    }

    /** Asks for the folder, then about files that exist; writes only when both answers say so. */
    void write() {
        var dir = questions.chooseDirectory("Export " + preview.kind().title() + " into", startDir);
        if (dir.isEmpty()) {
            return;
        }
        List<Path> existing = preview.existing(dir.get());
        if (!existing.isEmpty() && !questions.confirmOverwrite(existing)) {
            outcome.setText("Nothing written: " + existing.size() + " file" + (existing.size() == 1 ? "" : "s") + " exist in "
                    + dir.get().getFileName() + ".");
            return;
        }
        try {
            List<Path> written = preview.write(dir.get());
            status.accept("Exported " + written.size() + " " + preview.kind().title() + " file" + (written.size() == 1 ? "" : "s")
                    + " to " + dir.get());
            stage.close();
        } catch (IOException | RuntimeException e) {
            questions.error("Could not export into " + dir.get(), String.valueOf(e.getMessage()));
        }
    }
}
