package org.mvtd.app.ui.canvas;

import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.SVGPath;
import javafx.scene.text.Text;
import org.mvtd.app.ui.theme.Glyphs;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.app.ui.viewmodel.ReachMark;
import org.mvtd.model.Design;

/**
 * A card: the kind's glyph, a title and a one-line subtitle, a reach badge on the top-right corner and a
 * connector handle on the right edge. Plain {@link Text} nodes keep thousands of cards light.
 */
public abstract class BoxSkin extends ElementSkin {
    private final StackPane root = new StackPane();
    private final SVGPath glyph;
    private final Text title = new Text();
    private final Text subtitle = new Text();
    private final SVGPath badgeGlyph = Glyphs.path("", Styles.BADGE_GLYPH);
    private final Group badge = MarkBadge.of(10, badgeGlyph);
    private final Circle connector = new Circle(5.5);
    private final FarName farName = new FarName();

    protected BoxSkin(ElementRef ref, String glyphPath) {
        super(ref);
        root.getStyleClass().addAll(Styles.ELEMENT, Styles.kind(ref.kind()));
        root.setUserData(this);
        glyph = Glyphs.path(glyphPath, Styles.GLYPH);
        StackPane glyphBox = new StackPane(glyph);
        glyphBox.getStyleClass().add(Styles.GLYPH_BOX);
        glyphBox.setMinSize(30, 30);
        glyphBox.setMaxSize(30, 30);
        title.getStyleClass().add(Styles.TITLE);
        subtitle.getStyleClass().add(Styles.SUBTITLE);
        VBox texts = new VBox(1, title, subtitle);
        texts.setAlignment(Pos.CENTER_LEFT);
        HBox row = new HBox(8, glyphBox, texts);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setMouseTransparent(true);
        row.getStyleClass().add(Styles.CARD_CONTENT);
        badge.setManaged(false);
        badge.setVisible(false);
        connector.getStyleClass().add(Styles.CONNECTOR);
        connector.setManaged(false);
        root.getChildren().addAll(row, farName.node(), badge, connector);
        StackPane.setAlignment(row, Pos.CENTER_LEFT);
    }

    @Override
    public Region getRoot() {
        return root;
    }

    @Override
    public Node connector() {
        return connector;
    }

    @Override
    public void place(double x, double y, double w, double h) {
        super.place(x, y, w, h);
        badge.relocate(w - 4, 2);
        badge.setLayoutX(w - 4);
        badge.setLayoutY(2);
        connector.setCenterX(w);
        connector.setCenterY(h / 2);
        farName.setRoom(w - 12);
    }

    @Override
    public void update(Design d) {
        super.update(d);
        title.setText(titleText(d));
        farName.setName(ref().name());
        subtitle.setText(subtitleText(d));
    }

    protected String titleText(Design d) {
        return ref().name();
    }

    protected abstract String subtitleText(Design d);

    protected SVGPath glyph() {
        return glyph;
    }

    @Override
    protected void markChanged(ReachMark m) {
        badge.setVisible(m != null);
        if (m != null) {
            badgeGlyph.setContent(Glyphs.of(m));
        }
    }

    /** The text nodes, for tests and export. */
    public String titleShown() {
        return title.getText();
    }

    public String subtitleShown() {
        return subtitle.getText();
    }
}
