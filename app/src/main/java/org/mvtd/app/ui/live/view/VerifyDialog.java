package org.mvtd.app.ui.live.view;

import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.mvtd.app.ui.live.LiveGlyphs;
import org.mvtd.app.ui.live.verify.VerifyReport;
import org.mvtd.app.ui.theme.Glyphs;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.app.ui.viewmodel.SelectionModel;
import org.mvtd.backend.lab.Disagreement;

/**
 * The lab's summary beside the canvas (not modal): every disagreement between the kernel and the engine;
 * choosing one selects its sending node, so the canvas shows its observed-against-predicted marks.
 */
public final class VerifyDialog {
    private VerifyDialog() {
    }

    public static Dialog<ButtonType> show(Window owner, VerifyReport v, SelectionModel selection, Function<String, ElementRef> refOfNode) {
        Dialog<ButtonType> d = LiveDialogs.dialog(owner, "Lab results", Styles.OUTCOME);
        d.initModality(Modality.NONE);
        d.getDialogPane().pseudoClassStateChanged(Styles.OK, v.result().agrees());
        d.getDialogPane().pseudoClassStateChanged(Styles.FAILED, !v.result().agrees());
        VBox box = new VBox(6, LiveDialogs.heading(v.summary(), v.result().agrees() ? LiveGlyphs.AGREE : LiveGlyphs.DISAGREE, Styles.GLYPH));
        box.setPadding(new Insets(4));
        box.setPrefWidth(620);
        Label how = new Label("Built in network namespaces of its own in " + v.millis() + " ms; the host was not touched. "
                + "Select a node on the canvas: nodes where the kernel and the engine agree stay as they are, "
                + "disagreements are outlined and marked.");
        how.setWrapText(true);
        how.getStyleClass().add(Styles.SUBTITLE);
        box.getChildren().add(how);
        if (!v.disagreements().isEmpty()) {
            ListView<Disagreement> list = new ListView<>();
            list.getStyleClass().add(Styles.VERIFY_LIST);
            list.getItems().setAll(v.disagreements());
            list.setCellFactory(x -> new ListCell<>() {
                {
                    setWrapText(true);
                    prefWidthProperty().bind(list.widthProperty().subtract(24));
                }

                @Override
                protected void updateItem(Disagreement item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : item.describe());
                    setGraphic(empty || item == null ? null : Glyphs.path(LiveGlyphs.DISAGREE, Styles.LAB_GLYPH));
                }
            });
            list.setPrefHeight(Math.max(120, Math.min(320, 48 * v.disagreements().size() + 8)));
            list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
                ElementRef r = b == null ? null : refOfNode.apply(b.from());
                if (r != null) {
                    selection.select(r);
                }
            });
            box.getChildren().add(list);
        }
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.show();
        return d;
    }
}
