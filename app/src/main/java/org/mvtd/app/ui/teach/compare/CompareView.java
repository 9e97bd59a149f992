package org.mvtd.app.ui.teach.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.mvtd.app.ui.canvas.LegendView;
import org.mvtd.app.ui.teach.common.TeachStyles;
import org.mvtd.app.ui.teach.compare.CompareViewModel.Panel;
import org.mvtd.app.ui.teach.diagram.DiagramView;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.app.ui.viewmodel.ReachColouring;

/**
 * Four small multiples of one design, one per mode, same layout, each coloured by reachability from
 * the selected node; clicking a node in any panel selects it in all. Refused passthru endpoints
 * carry a "refused by the kernel" tag.
 */
public final class CompareView extends BorderPane {
    private final CompareViewModel vm;
    private final List<DiagramView> diagrams = new ArrayList<>();
    private final List<Label> titles = new ArrayList<>();
    private final List<Label> summaries = new ArrayList<>();
    private final LegendView legend = new LegendView();

    public CompareView(CompareViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
        TeachStyles.styled(this);
        setId("mvtd-compare");
        getStyleClass().add(TeachStyles.MATRIX);
        ComboBox<String> from = new ComboBox<>(vm.nodes());
        from.valueProperty().bindBidirectional(vm.selectedProperty());
        from.setId("mvtd-compare-from");
        from.setAccessibleText("Show reach from this node");
        Label fl = new Label("Reach _from");
        fl.setMnemonicParsing(true);
        fl.setLabelFor(from);
        Label tip = new Label("Click a node in any panel to see its reach in all four modes.");
        tip.getStyleClass().add(TeachStyles.MUTED);
        HBox top = new HBox(10, fl, from, tip);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(4, 4, 10, 4));
        setTop(top);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            grid.getColumnConstraints().add(c);
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(50);
            r.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(r);
        }
        for (int i = 0; i < 4; i++) {
            DiagramView d = new DiagramView();
            d.setMaxZoom(0.9);
            d.setId("mvtd-compare-" + i);
            d.onElementClickedProperty().set(vm::select);
            Label title = new Label();
            title.getStyleClass().add(TeachStyles.MINI_TITLE);
            Label summary = new Label();
            summary.getStyleClass().add(TeachStyles.MUTED);
            HBox head = new HBox(10, title, summary);
            head.setAlignment(Pos.BASELINE_LEFT);
            VBox box = new VBox(4, head, d);
            box.getStyleClass().add(TeachStyles.MINI);
            box.setPadding(new Insets(8));
            VBox.setVgrow(d, Priority.ALWAYS);
            grid.add(box, i % 2, i / 2);
            diagrams.add(d);
            titles.add(title);
            summaries.add(summary);
        }
        setCenter(grid);
        legend.setMaxWidth(Double.MAX_VALUE);
        BorderPane.setMargin(legend, new Insets(10, 0, 0, 0));
        setBottom(legend);

        vm.panelsProperty().addListener((o, a, b) -> show(b));
        show(vm.panels());
    }

    private void show(List<Panel> panels) {
        ElementRef sel = vm.selectedElement().orElse(null);
        for (int i = 0; i < diagrams.size(); i++) {
            DiagramView d = diagrams.get(i);
            if (i >= panels.size()) {
                continue;
            }
            Panel p = panels.get(i);
            if (!d.design().equals(p.design())) {
                d.show(p.design());
            }
            d.setMarks(p.marks());
            d.setSelected(sel);
            d.setTooltips(r -> p.refused().contains(r) ? "refused by the kernel: a device takes only one passthru endpoint"
                    : null);
            d.layer().getChildren().clear();
            for (ElementRef r : p.refused()) {
                Rectangle2D b = d.bounds(r).orElse(null);
                if (b != null) {
                    Label tag = new Label("refused by the kernel");
                    tag.getStyleClass().add(TeachStyles.REFUSED);
                    tag.relocate(b.getMinX() + 6, b.getMaxY() + 4);
                    d.layer().getChildren().add(tag);
                }
            }
            titles.get(i).setText(p.mode().kernelName());
            summaries.get(i).setText(p.summary());
        }
        legend.show(vm.selectedProperty().get() == null ? ReachColouring.NONE
                : new ReachColouring(null, vm.selectedProperty().get(), Map.of()));
    }

    public List<DiagramView> diagrams() {
        return List.copyOf(diagrams);
    }

    public List<Label> titles() {
        return List.copyOf(titles);
    }
}
