package org.mvtd.app.ui.teach.walk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.ScaleTransition;
import javafx.animation.Timeline;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.transform.Scale;
import javafx.scene.control.Label;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.mvtd.app.ui.teach.common.TeachGlyphs;
import org.mvtd.app.ui.teach.common.TeachStyles;
import org.mvtd.app.ui.teach.diagram.Surface;
import org.mvtd.app.ui.theme.Glyphs;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.reach.WalkStep;

/**
 * Draws a walk on a {@link Surface}: the trail of every move so far, a frame glyph per move of the
 * current tick (sliding along its route when animated, so a broadcast fans out at once), rings around
 * receivers and the drop sign where a frame ends.
 */
public final class FrameAnimator {
    /** How long one move takes at speed 1. */
    public static final Duration MOVE = Duration.millis(800);

    private final Surface surface;
    private final Group group = new Group();
    private final List<Animation> running = new ArrayList<>();

    public FrameAnimator(Surface surface) {
        this.surface = Objects.requireNonNull(surface, "surface");
        TeachStyles.styled(group);
        group.setMouseTransparent(true);
        group.setId("mvtd-walk-layer");
    }

    /** Puts the walk's layer on the surface. */
    public void attach() {
        if (!surface.layer().getChildren().contains(group)) {
            surface.layer().getChildren().add(group);
        }
    }

    /** Removes everything drawn and the layer itself. */
    public void detach() {
        stop();
        group.getChildren().clear();
        surface.layer().getChildren().remove(group);
    }

    public Group group() {
        return group;
    }

    /** Frame glyphs drawn now (tests count them). */
    public List<Node> frames() {
        return group.getChildren().stream().filter(n -> n.getStyleClass().contains(TeachStyles.FRAME)).toList();
    }

    private void stop() {
        running.forEach(Animation::stop);
        running.clear();
    }

    /** Draws the walk's state; {@code animate} slides the current tick's frames from their start. */
    public void render(WalkViewModel vm, boolean animate) {
        stop();
        group.getChildren().clear();
        if (vm.walk() == null || vm.tickProperty().get() < 0) {
            return;
        }
        int now = vm.tickProperty().get();
        Set<ElementRef> ringed = new HashSet<>();
        List<Node> trails = new ArrayList<>();
        List<Node> marks = new ArrayList<>();
        List<Node> frames = new ArrayList<>();
        for (WalkStep s : vm.stepsSoFar()) {
            boolean current = s.tick() == now;
            List<Point2D> pts = points(vm.route(s));
            if (pts.size() >= 2 && s.kind() != WalkStep.Kind.DROP) {
                Polyline trail = new Polyline();
                pts.forEach(p -> trail.getPoints().addAll(p.getX(), p.getY()));
                trail.getStyleClass().add(TeachStyles.TRAIL);
                trail.pseudoClassStateChanged(TeachStyles.CURRENT, current);
                trails.add(trail);
            }
            // Bridge mode's local handover delivers a broadcast copy with no DELIVER step of its own.
            boolean arrives = s.kind() == WalkStep.Kind.DELIVER
                    || s.kind() == WalkStep.Kind.LOCAL_HANDOVER && vm.walk().receivers().contains(s.to());
            if (arrives) {
                for (ElementRef r : vm.receiverElements(s.to())) {
                    if (ringed.add(r)) {
                        surface.bounds(r).ifPresent(b -> marks.add(ring(b)));
                    }
                }
            }
            if (s.kind() == WalkStep.Kind.DROP) {
                vm.dropAt(s).flatMap(surface::bounds).ifPresent(b -> marks.add(drop(b, current && animate)));
            } else if (current && !pts.isEmpty()) {
                frames.add(frame(pts, animate, vm.speedProperty().get(), vm.headerOf(s)));
            }
        }
        group.getChildren().addAll(trails);
        group.getChildren().addAll(marks);
        group.getChildren().addAll(frames);
    }

    private List<Point2D> points(List<ElementRef> route) {
        List<Point2D> out = new ArrayList<>();
        for (ElementRef r : route) {
            // On the card's glyph, not its centre: the frame never hides the element's name.
            surface.bounds(r).ifPresent(b -> out.add(new Point2D(b.getMinX() + Math.min(b.getWidth() / 2, 25),
                    b.getMinY() + b.getHeight() / 2)));
        }
        return out;
    }

    private static Rectangle ring(Rectangle2D b) {
        Rectangle r = new Rectangle(b.getMinX() - 6, b.getMinY() - 6, b.getWidth() + 12, b.getHeight() + 12);
        r.setArcWidth(20);
        r.setArcHeight(20);
        r.getStyleClass().add(TeachStyles.RECEIVER);
        return r;
    }

    private Node drop(Rectangle2D b, boolean pop) {
        Group g = disc(14, TeachStyles.DROP, TeachGlyphs.DROP, TeachStyles.DROP_GLYPH, 1.45);
        g.getStyleClass().add(TeachStyles.DROP);
        g.setTranslateX(b.getMinX() + b.getWidth() / 2);
        g.setTranslateY(b.getMaxY() + 4);
        if (pop) {
            ScaleTransition t = new ScaleTransition(MOVE.multiply(0.6), g);
            t.setFromX(0.2);
            t.setFromY(0.2);
            t.setToX(1);
            t.setToY(1);
            running.add(t);
            t.play();
        }
        return g;
    }

    /** The frame's card beside its disc, travelling with it: kind, source and destination MAC. */
    private static Label envelope(FrameHeader h) {
        Label l = new Label(h.text());
        l.getStyleClass().add(TeachStyles.ENVELOPE);
        l.setId("mvtd-walk-envelope");
        l.setLayoutX(20);
        l.setLayoutY(-22);
        return l;
    }

    /** The envelopes drawn now (tests read them). */
    public List<Label> envelopes() {
        return frames().stream().flatMap(f -> ((Group) f).getChildren().stream())
                .filter(n -> n instanceof Label).map(n -> (Label) n).toList();
    }

    /** A disc with a 16-unit glyph centred on the origin. */
    private static Group disc(double radius, String discClass, String glyphPath, String glyphClass, double glyphScale) {
        Circle body = new Circle(radius);
        body.getStyleClass().add(discClass);
        var glyph = Glyphs.path(glyphPath, glyphClass);
        glyph.setLayoutX(-8);
        glyph.setLayoutY(-8);
        glyph.setScaleX(glyphScale);
        glyph.setScaleY(glyphScale);
        return new Group(body, glyph);
    }

    private Node frame(List<Point2D> pts, boolean animate, double speed, FrameHeader header) {
        Group g = disc(16, TeachStyles.FRAME_BODY, TeachGlyphs.FRAME, TeachStyles.FRAME_GLYPH, 1.5);
        g.getStyleClass().add(TeachStyles.FRAME);
        if (header != null) {
            g.getChildren().add(envelope(header));
        }
        // The same size on screen at every zoom: a frame and its card stay readable on a fitted design.
        Scale screenSize = new Scale();
        screenSize.xProperty().bind(Bindings.createDoubleBinding(
                () -> 1 / Math.max(0.05, group.getLocalToSceneTransform().getMxx()), group.localToSceneTransformProperty()));
        screenSize.yProperty().bind(screenSize.xProperty());
        g.getTransforms().add(screenSize);
        Point2D end = pts.get(pts.size() - 1);
        if (!animate) {
            g.setTranslateX(end.getX());
            g.setTranslateY(end.getY());
            return g;
        }
        Point2D start = pts.get(0);
        g.setTranslateX(start.getX());
        g.setTranslateY(start.getY());
        Timeline t = new Timeline();
        double total = 0;
        for (int i = 1; i < pts.size(); i++) {
            total += pts.get(i).distance(pts.get(i - 1));
        }
        double millis = MOVE.toMillis() / Math.max(0.05, speed);
        double at = 0;
        for (int i = 1; i < pts.size(); i++) {
            at += total == 0 ? millis / (pts.size() - 1) : millis * pts.get(i).distance(pts.get(i - 1)) / total;
            Point2D p = pts.get(i);
            t.getKeyFrames().add(new KeyFrame(Duration.millis(at),
                    new KeyValue(g.translateXProperty(), p.getX(), Interpolator.EASE_BOTH),
                    new KeyValue(g.translateYProperty(), p.getY(), Interpolator.EASE_BOTH)));
        }
        if (pts.size() == 1) {
            // Sending or delivering in place: a pulse says "here".
            ScaleTransition pulse = new ScaleTransition(Duration.millis(millis / 2), g);
            pulse.setFromX(0.4);
            pulse.setFromY(0.4);
            pulse.setToX(1);
            pulse.setToY(1);
            running.add(pulse);
            pulse.play();
        } else {
            running.add(t);
            t.play();
        }
        return g;
    }
}
