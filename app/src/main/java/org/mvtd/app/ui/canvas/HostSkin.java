package org.mvtd.app.ui.canvas;

import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.SVGPath;
import javafx.scene.text.Text;
import org.mvtd.app.ui.theme.Glyphs;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.Layout;
import org.mvtd.app.ui.viewmodel.ReachMark;
import org.mvtd.model.Design;

/**
 * A host: a container box with a header; its devices and endpoints are drawn inside by their own skins. The box's
 * fill is a separate, opaque region the canvas draws beneath every host's outline: hosts may overlap, and the
 * software pipeline blends each translucent layer over every pixel it covers, which made a large design's frames
 * several times slower; opaque fills are copied, and every outline stays visible above them.
 */
public final class HostSkin extends ElementSkin {
    private final Pane root = new Pane();
    private final Region fill = new Region();
    private final Text title = new Text();
    private final Text subtitle = new Text();
    private final SVGPath badgeGlyph = Glyphs.path("", Styles.BADGE_GLYPH);
    private final FarName farName = new FarName();
    private final Group badge = MarkBadge.of(10, badgeGlyph);

    public HostSkin(ElementRef ref) {
        super(ref);
        root.getStyleClass().addAll(Styles.ELEMENT, Styles.HOST_BOX, Styles.kind(ref.kind()));
        root.setUserData(this);
        SVGPath glyph = Glyphs.path(Glyphs.HOST, Styles.GLYPH);
        glyph.setScaleX(0.75);
        glyph.setScaleY(0.75);
        title.getStyleClass().add(Styles.TITLE);
        subtitle.getStyleClass().add(Styles.SUBTITLE);
        HBox header = new HBox(6, glyph, title, subtitle);
        header.getStyleClass().add(Styles.HOST_HEADER);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setMouseTransparent(true);
        header.relocate(10, 4);
        badge.setVisible(false);
        farName.node().relocate(10, 0);
        root.getChildren().addAll(header, farName.node(), badge);
        fill.getStyleClass().add(Styles.HOST_FILL);
        fill.setManaged(false);
        fill.setMouseTransparent(true);
        fill.visibleProperty().bind(root.visibleProperty()); // culled with its box
    }

    /** The box's fill, drawn by the canvas in a layer beneath all hosts. */
    public Region fill() {
        return fill;
    }

    @Override
    public Region getRoot() {
        return root;
    }

    @Override
    public void update(Design d) {
        super.update(d);
        title.setText(ref().name());
        farName.setName(ref().name());
        subtitle.setText(d.host(ref().name()).map(h -> "host \u00b7 " + h.devices().size()
                + (h.devices().size() == 1 ? " device" : " devices")).orElse(""));
    }

    @Override
    public void place(double x, double y, double w, double h) {
        super.place(x, y, w, h);
        fill.resizeRelocate(x, y, w, h);
        badge.setLayoutX(w - 4);
        badge.setLayoutY(2);
        farName.setRoom(w - 20);
    }

    @Override
    protected void markChanged(ReachMark m) {
        badge.setVisible(m != null);
        if (m != null) {
            badgeGlyph.setContent(Glyphs.of(m));
        }
    }

    @Override
    public void dispose() {
        fill.visibleProperty().unbind();
        super.dispose();
    }

    /** The header's height, so devices are not placed under it. */
    public static double headerHeight() {
        return Layout.HOST_HEADER;
    }
}
