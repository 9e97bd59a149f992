package org.mvtd.app.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.model.Design;
import org.mvtd.model.Note;

/** The notes of the drawing: one label per note, in design units, above the elements. */
final class NoteLayer {
    private final Group layer;
    private final CanvasLayers layers;
    private final List<Label> labels = new ArrayList<>();
    private Integer selected;

    NoteLayer(CanvasLayers layers) {
        this.layers = Objects.requireNonNull(layers, "layers");
        this.layer = layers.notes();
        layer.setMouseTransparent(true); // the gestures hit-test notes themselves, as they do elements
    }

    /** Brings the labels in step with {@code d}'s notes. */
    void render(Design d) {
        List<Note> notes = d.annotations().notes();
        while (labels.size() > notes.size()) {
            layer.getChildren().remove(labels.remove(labels.size() - 1));
        }
        while (labels.size() < notes.size()) {
            Label l = new Label();
            l.getStyleClass().add(Styles.NOTE);
            l.setWrapText(true);
            layers.watch(l, false);
            labels.add(l);
            layer.getChildren().add(l);
        }
        for (int i = 0; i < notes.size(); i++) {
            Note n = notes.get(i);
            Label l = labels.get(i);
            l.setText(n.text());
            l.setPrefWidth(n.shownWidth());
            l.setMinWidth(n.shownWidth());
            l.setMaxWidth(n.shownWidth());
            l.relocate(n.at().x(), n.at().y());
            l.pseudoClassStateChanged(Styles.SELECTED, Objects.equals(selected, i));
        }
    }

    void select(Integer i) {
        selected = i;
        for (int k = 0; k < labels.size(); k++) {
            labels.get(k).pseudoClassStateChanged(Styles.SELECTED, Objects.equals(selected, k));
        }
    }

    /** The topmost note under design point {@code p}. */
    Optional<Integer> noteAt(Point2D p) {
        for (int i = labels.size() - 1; i >= 0; i--) {
            if (labels.get(i).getBoundsInParent().contains(p)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** Where note {@code i} is drawn (design units). */
    Rectangle2D bounds(int i) {
        var b = labels.get(i).getBoundsInParent();
        return new Rectangle2D(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }

    /** The label drawing note {@code i} (tests read it). */
    Label label(int i) {
        return labels.get(i);
    }

    int size() {
        return labels.size();
    }
}
