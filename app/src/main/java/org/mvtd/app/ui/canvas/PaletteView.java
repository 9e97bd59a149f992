package org.mvtd.app.ui.canvas;

import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import javafx.geometry.Point2D;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import javafx.util.Duration;
import org.mvtd.app.ui.theme.Glyphs;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.model.edit.PaletteItem;

/**
 * The palette: drag an item onto the canvas to place it where it is dropped, or press it (mouse, Enter,
 * Space) to place it in the middle of the view. The drag is a plain mouse drag with a ghost, so it also
 * works where the platform has no drag-and-drop.
 */
public final class PaletteView extends VBox {
    private final CanvasView canvas;
    private final Pane ghostLayer;
    private final Label ghost = new Label();
    private final BooleanProperty compact = new SimpleBooleanProperty(this, "compact");

    public PaletteView(CanvasView canvas, Pane ghostLayer) {
        this.canvas = Objects.requireNonNull(canvas, "canvas");
        this.ghostLayer = Objects.requireNonNull(ghostLayer, "ghostLayer");
        getStyleClass().add(Styles.PALETTE);
        Label title = new Label("PALETTE");
        title.getStyleClass().add(Styles.PANEL_TITLE);
        getChildren().add(title);
        for (PaletteItem item : PaletteItem.values()) {
            getChildren().add(button(item));
        }
        Button note = new Button("Note");
        note.setId("palette-note");
        note.getStyleClass().add(Styles.PALETTE_ITEM);
        note.setMaxWidth(Double.MAX_VALUE);
        note.setTooltip(new Tooltip("A text box on the canvas, saved with the design; it changes nothing in the network"));
        dragsOut(note, "Note", (x, y) -> {
            if (canvas.isOverCanvas(x, y)) {
                canvas.editor().addNote(canvas.sceneToDesign(x, y));
            }
        });
        note.setOnAction(e -> canvas.editor().addNoteAtCentre());
        getChildren().add(note);
        Label hint = new Label("Drag onto the canvas,\nor press to add in the middle.");
        hint.getStyleClass().add(Styles.FIELD_NOTE);
        hint.setWrapText(true);
        getChildren().add(hint);
        ghost.getStyleClass().addAll(Styles.GHOST, Styles.TOAST);
        ghost.setManaged(false);
        ghost.setVisible(false);
        ghost.setMouseTransparent(true);
        ghostLayer.getChildren().add(ghost);
        setMinWidth(200);
        setPrefWidth(206);
        compact.addListener((o, a, b) -> showCompact(b));
    }

    /** Icons only (names in the tooltips), for a narrow window with the walk-through docked. */
    public BooleanProperty compactProperty() {
        return compact;
    }

    private void showCompact(boolean c) {
        for (var n : getChildren()) {
            if (n instanceof Button b) {
                b.setContentDisplay(c ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
            } else {
                n.setVisible(!c);
                n.setManaged(!c);
            }
        }
        setMinWidth(c ? USE_PREF_SIZE : 200);
        setPrefWidth(c ? 52 : 206);
    }

    private Button button(PaletteItem item) {
        SVGPath g = Glyphs.path(Glyphs.of(item), Styles.GLYPH);
        Button b = new Button(item.title(), g);
        b.getStyleClass().addAll(Styles.PALETTE_ITEM, Styles.kind(item.kind()));
        if (item == PaletteItem.MACVLAN) {
            b.getStyleClass().add(Styles.MACVLAN);
        } else if (item == PaletteItem.CONTAINER) {
            b.getStyleClass().add(Styles.CONTAINER);
        }
        b.setMaxWidth(Double.MAX_VALUE);
        b.setId("palette-" + item.name().toLowerCase(Locale.ROOT));
        Tooltip t = new Tooltip(item.title() + ": " + item.description());
        t.setShowDelay(Duration.millis(400));
        b.setTooltip(t);
        b.setOnAction(e -> canvas.placeAtCentre(item));
        dragsOut(b, item.title(), (x, y) -> canvas.dropPalette(item, x, y));
        return b;
    }

    /** A drag from {@code b} shows a ghost and ends in {@code drop} at the scene point released on. */
    private void dragsOut(Button b, String title, BiConsumer<Double, Double> drop) {
        b.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            ghost.setText("+ " + title);
            ghost.autosize();
            Point2D p = ghostLayer.sceneToLocal(e.getSceneX(), e.getSceneY());
            ghost.relocate(p.getX() + 12, p.getY() + 8);
            ghost.setVisible(true);
            e.consume();
        });
        b.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            boolean wasDrag = ghost.isVisible();
            ghost.setVisible(false);
            if (wasDrag) {
                drop.accept(e.getSceneX(), e.getSceneY());
            }
        });
    }
}
