package org.mvtd.app.ui.exchange;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.mvtd.app.ui.theme.WindowThemes;
import org.mvtd.model.validate.Problem;
import org.mvtd.model.yaml.DesignFormatException;

/**
 * A design file that does not parse, as text: the first problem's line selected and its message shown, so one
 * typo costs a correction, not the file. "Save and Open" writes the corrected text and opens it.
 */
public final class RepairWindow {
    private final Stage stage = new Stage();
    private final TextArea text = new TextArea();
    private final Label problem = new Label();
    private final TextRepair repair;

    public RepairWindow(Window owner, Path file, String content, DesignFormatException e, TextRepair repair) {
        this.repair = Objects.requireNonNull(repair, "repair");
        stage.initOwner(owner);
        stage.setTitle(file.getFileName() + " does not open \u2013 macvtap-designer");
        text.setText(content);
        text.setId("repair-text");
        text.setStyle("-fx-font-family: monospace;");
        problem.setId("repair-problem");
        problem.setWrapText(true);
        Label intro = new Label(file + " is not a design yet. Correct the marked line, then save and open it.");
        intro.setWrapText(true);
        Button save = new Button("Save and Open");
        save.setId("repair-save");
        save.setDefaultButton(true);
        save.setOnAction(a -> retry());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(a -> stage.close());
        HBox buttons = new HBox(8, save, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        BorderPane root = new BorderPane(text, intro, null, new javafx.scene.layout.VBox(8, problem, buttons), null);
        root.setPadding(new Insets(12));
        BorderPane.setMargin(intro, new Insets(0, 0, 8, 0));
        BorderPane.setMargin(text, new Insets(0, 0, 8, 0));
        Scene scene = new Scene(root, 820, 600);
        WindowThemes.styleLike(scene, owner);
        scene.setOnKeyPressed(k -> {
            if (k.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        mark(e);
    }

    public void show() {
        stage.show();
        text.requestFocus();
    }

    private void retry() {
        Optional<DesignFormatException> still = repair.retry(text.getText());
        if (still.isEmpty()) {
            stage.close();
        } else {
            mark(still.get());
        }
    }

    /** Selects the line of the first problem that names one, and lists every problem. */
    private void mark(DesignFormatException e) {
        problem.setText(e.problems().stream().map(RepairWindow::describe).collect(Collectors.joining("\n")));
        e.problems().stream().flatMap(p -> p.where().stream()).findFirst().ifPresent(loc -> {
            int[] range = lineRange(text.getText(), loc.line());
            text.selectRange(range[0], range[1]);
        });
    }

    private static String describe(Problem p) {
        return p.where().map(l -> "Line " + l.line() + ", column " + l.column() + ": ").orElse("") + p.message()
                + (p.fix().isEmpty() ? "" : " \u2013 " + p.fix());
    }

    /** The start and end offsets of 1-based {@code line} in {@code s} (the last line when past the end). */
    static int[] lineRange(String s, int line) {
        int start = 0;
        for (int l = 1; l < line; l++) {
            int nl = s.indexOf('\n', start);
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        int end = s.indexOf('\n', start);
        return new int[] {start, end < 0 ? s.length() : end};
    }
}
