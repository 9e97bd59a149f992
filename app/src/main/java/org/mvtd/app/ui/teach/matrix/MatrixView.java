package org.mvtd.app.ui.teach.matrix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.collections.FXCollections;
import org.controlsfx.control.CheckComboBox;
import org.mvtd.model.reach.NodeKind;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.mvtd.app.ui.teach.common.TeachStyles;
import org.mvtd.app.ui.teach.matrix.MatrixViewModel.Table;
import org.mvtd.app.ui.theme.Glyphs;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.model.MacvlanMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The heat-map of every ordered pair: rows from, columns to, each cell coloured and carrying its mark's
 * glyph (never colour alone), the why on hover; filters by host, switch and mode; CSV to the clipboard
 * or a file.
 */
public final class MatrixView extends BorderPane {
    private static final Logger LOG = LoggerFactory.getLogger(MatrixView.class);
    private static final String AS_DESIGNED = "as designed";

    private final MatrixViewModel vm;
    private final GridPane grid = new GridPane();
    private final Label status = new Label();
    private final Label why = new Label(HOVER_HINT);
    private final List<Label> rowHeads = new ArrayList<>();
    private final List<Label> colHeads = new ArrayList<>();
    private static final String HOVER_HINT = "Hover a cell (or focus it with Tab) to read the kernel's reason for that pair.";

    public MatrixView(MatrixViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
        TeachStyles.styled(this);
        setId("mvtd-matrix");
        getStyleClass().add(TeachStyles.MATRIX);
        setTop(filters());
        grid.setHgap(2);
        grid.setVgap(2);
        grid.setId("mvtd-matrix-grid");
        ScrollPane sp = new ScrollPane(grid);
        sp.setPadding(new Insets(8));
        setCenter(sp);
        why.getStyleClass().add(TeachStyles.NARRATION);
        why.setWrapText(true);
        why.setId("mvtd-matrix-why");
        why.setPrefWidth(340);
        why.setMaxHeight(Region.USE_PREF_SIZE);
        why.setAlignment(Pos.TOP_LEFT);
        BorderPane.setMargin(why, new Insets(8, 0, 8, 8));
        setRight(why);
        status.getStyleClass().add(TeachStyles.MUTED);
        status.setId("mvtd-matrix-status");
        VBox bottom = new VBox(6, legend(), status);
        bottom.setPadding(new Insets(8, 0, 0, 0));
        setBottom(bottom);
        vm.tableProperty().addListener((o, a, b) -> show(b));
        show(vm.table());
    }

    private static HBox pair(String label, Node control) {
        Label l = new Label(label);
        l.setMinWidth(Region.USE_PREF_SIZE);
        HBox b = new HBox(6, l, control);
        b.setAlignment(Pos.CENTER_LEFT);
        return b;
    }

    private FlowPane filters() {
        ComboBox<String> host = filter(vm.hosts(), "All hosts", "mvtd-matrix-host");
        host.valueProperty().bindBidirectional(vm.hostProperty());
        ComboBox<String> sw = filter(vm.switches(), "All switches", "mvtd-matrix-switch");
        sw.valueProperty().bindBidirectional(vm.switchProperty());
        ComboBox<String> mode = new ComboBox<>();
        mode.getItems().add(AS_DESIGNED);
        for (MacvlanMode m : MacvlanMode.values()) {
            mode.getItems().add(m.kernelName());
        }
        mode.setValue(vm.modeProperty().get() == null ? AS_DESIGNED : vm.modeProperty().get().kernelName());
        mode.valueProperty().addListener((o, a, b) -> vm.modeProperty().set(
                b == null || b.equals(AS_DESIGNED) ? null : MacvlanMode.fromKernelName(b)));
        mode.setId("mvtd-matrix-mode");
        mode.setAccessibleText("Mode filter");
        Button copy = new Button("_Copy CSV");
        CheckComboBox<NodeKind> kinds = kinds();
        copy.setId("mvtd-matrix-copy");
        copy.setOnAction(e -> copyCsv());
        Button save = new Button("_Save CSV\u2026");
        save.setId("mvtd-matrix-save");
        save.setOnAction(e -> saveCsv());
        kinds.setPrefWidth(170);
        // Label and control stay together; the pairs wrap onto a second line in a narrow window.
        FlowPane box = new FlowPane(14, 6, pair("Host", host), pair("Switch", sw), pair("Mode", mode), pair("Show", kinds),
                new HBox(8, copy, save));
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(0, 0, 8, 0));
        for (Node n : List.of(copy, save)) {
            ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
        }
        return box;
    }

    /**
     * Which kinds of node are rows and columns: several at once, so ControlsFX's check combo (a plain combo
     * picks one; a row of check boxes takes the toolbar's room).
     */
    private CheckComboBox<NodeKind> kinds() {
        CheckComboBox<NodeKind> c = new CheckComboBox<>(FXCollections.observableArrayList(NodeKind.values()));
        c.setId("mvtd-matrix-kinds");
        c.setAccessibleText("Kinds of node shown");
        c.setConverter(new StringConverter<>() {
            @Override public String toString(NodeKind k) { return k == null ? "" : MatrixViewModel.kindName(k); }
            @Override public NodeKind fromString(String s) { return null; }
        });
        c.setShowCheckedCount(true);
        c.setTitle("Nodes");
        vm.kinds().forEach(c.getCheckModel()::check);
        c.getCheckModel().getCheckedItems().addListener((ListChangeListener<NodeKind>) ch -> {
            vm.kinds().retainAll(c.getCheckModel().getCheckedItems());
            vm.kinds().addAll(c.getCheckModel().getCheckedItems());
        });
        return c;
    }

    private static ComboBox<String> filter(ObservableList<String> values, String allText, String id) {
        ComboBox<String> c = new ComboBox<>();
        c.setId(id);
        c.setAccessibleText(allText);
        Runnable fill = () -> {
            String keep = c.getValue();
            List<String> items = new ArrayList<>();
            items.add(MatrixViewModel.ALL);
            items.addAll(values);
            c.getItems().setAll(items);
            c.setValue(keep == null ? MatrixViewModel.ALL : keep);
        };
        values.addListener(
                (ListChangeListener<String>) ch -> fill.run());
        fill.run();
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null || s.isEmpty() ? allText : s;
            }

            @Override
            public String fromString(String s) {
                return s == null || s.equals(allText) ? MatrixViewModel.ALL : s;
            }
        });
        return c;
    }

    /** The key in the matrix's own words, which are also the CSV's. */
    private static HBox legend() {
        HBox box = new HBox(14);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add(Styles.LEGEND);
        box.setMaxWidth(Region.USE_PREF_SIZE);
        for (MatrixCell m : MatrixCell.values()) {
            if (m == MatrixCell.SELF) {
                continue;
            }
            StackPane swatch = new StackPane(Glyphs.path(Glyphs.of(m.mark()), Styles.BADGE_GLYPH));
            swatch.getStyleClass().add(TeachStyles.MATRIX_CELL);
            swatch.pseudoClassStateChanged(Styles.mark(m.mark()), true);
            HBox row = new HBox(6, swatch, new Label(m.word()));
            row.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(row);
        }
        return box;
    }

    /** Shows the reason for one pair beside the table (hover and keyboard focus do this). */
    public void explain(String from, String to) {
        why.setText(vm.why(from, to));
        List<String> nodes = vm.table().nodes();
        for (int i = 0; i < nodes.size() && i < rowHeads.size(); i++) {
            rowHeads.get(i).pseudoClassStateChanged(TeachStyles.CURRENT, nodes.get(i).equals(from));
            colHeads.get(i).pseudoClassStateChanged(TeachStyles.CURRENT, nodes.get(i).equals(to));
        }
    }

    public Label why() {
        return why;
    }

    private void show(Table t) {
        grid.getChildren().clear();
        rowHeads.clear();
        colHeads.clear();
        Label corner = new Label("from \u2193  to \u2192");
        corner.getStyleClass().add(TeachStyles.MUTED);
        grid.add(corner, 0, 0);
        for (int c = 0; c < t.nodes().size(); c++) {
            Label h = header(t.nodes().get(c));
            h.setRotate(-90);
            colHeads.add(h);
            Group g = new Group(h);
            StackPane wrap = new StackPane(g);
            wrap.setAlignment(Pos.BOTTOM_CENTER);
            grid.add(wrap, c + 1, 0);
        }
        for (int r = 0; r < t.nodes().size(); r++) {
            Label h = header(t.nodes().get(r));
            rowHeads.add(h);
            grid.add(h, 0, r + 1);
            for (int c = 0; c < t.nodes().size(); c++) {
                grid.add(cell(t, r, c), c + 1, r + 1);
            }
        }
        why.setText(HOVER_HINT);
        status.setText(t.nodes().size() + " nodes \u00b7 " + vm.describeFilters()
                + " \u00b7 rows send, columns receive; hover a cell for the kernel's reason");
    }

    /** A row or column head: the guest's name where a guest sits on the endpoint; the node id on hover. */
    private Label header(String node) {
        String label = vm.label(node);
        Label h = new Label(label);
        h.getStyleClass().add(TeachStyles.MATRIX_HEADER);
        h.setMnemonicParsing(false);
        if (!label.equals(node)) {
            h.setTooltip(new Tooltip(label + " on " + node));
        }
        return h;
    }

    /** The heads shown, rows first (tests read them). */
    public List<Label> rowHeads() {
        return List.copyOf(rowHeads);
    }

    public List<Label> columnHeads() {
        return List.copyOf(colHeads);
    }

    private StackPane cell(Table t, int r, int c) {
        MatrixCell m = t.cell(r, c);
        StackPane p = new StackPane();
        p.getStyleClass().add(TeachStyles.MATRIX_CELL);
        p.pseudoClassStateChanged(Styles.mark(m.mark()), true);
        p.setId("mvtd-cell-" + r + "-" + c);
        p.setAccessibleText(vm.label(t.nodes().get(r)) + " to " + vm.label(t.nodes().get(c)) + ": " + m.word());
        if (m != MatrixCell.SELF) {
            p.getChildren().add(Glyphs.path(Glyphs.of(m.mark()), Styles.BADGE_GLYPH));
            String from = t.nodes().get(r);
            String to = t.nodes().get(c);
            Tooltip tip = new Tooltip();
            tip.setWrapText(true);
            tip.setMaxWidth(460);
            tip.setShowDelay(Duration.millis(200));
            tip.setShowDuration(Duration.seconds(30));
            // The engine's sentences are built only when someone hovers: a big matrix stays cheap.
            tip.setOnShowing(e -> tip.setText(vm.why(from, to)));
            Tooltip.install(p, tip);
            p.setOnMouseEntered(e -> explain(from, to));
            p.setFocusTraversable(true);
            p.focusedProperty().addListener((o, a, b) -> {
                if (b) {
                    explain(from, to);
                }
            });
        }
        return p;
    }

    private void copyCsv() {
        ClipboardContent content = new ClipboardContent();
        content.putString(vm.csv());
        Clipboard.getSystemClipboard().setContent(content);
        status.setText("Copied " + vm.table().nodes().size() + " \u00d7 " + vm.table().nodes().size()
                + " matrix as CSV to the clipboard.");
    }

    private void saveCsv() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Save the reach matrix");
        fc.setInitialFileName(vm.designProperty().get().name().replaceAll("[^A-Za-z0-9._-]+", "-") + "-reach.csv");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files (*.csv)", "*.csv"));
        var file = fc.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            save(file.toPath());
        }
    }

    /** Writes the CSV to {@code p}; the status line says how it went. */
    public boolean save(Path p) {
        try {
            Files.writeString(p, vm.csv(), StandardCharsets.UTF_8);
            status.setText("Saved " + p.getFileName());
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not save matrix CSV {}: {}", p, e.getMessage());
            status.setText("Could not save " + p.getFileName() + ": " + e.getMessage());
            return false;
        }
    }

    public GridPane grid() {
        return grid;
    }

    public Label status() {
        return status;
    }
}
