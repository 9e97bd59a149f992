package org.mvtd.app.ui.canvas;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.model.edit.ElementRef;

/**
 * The canvas's mouse and keyboard gestures: select, move, pan, rubber-band selection, connect and the
 * keyboard's nudges, turned into calls on {@link CanvasViewModel} and on the canvas's view transform.
 */
final class CanvasGestures {
    private final CanvasView canvas;
    private final CanvasViewModel vm;
    private final Pane viewport;
    private final MotionImage motion;
    private final Map<ElementRef, ElementSkin> skins;
    private final Rectangle rubber = new Rectangle();
    private final Line connectLine = new Line();

    private Gesture gesture = Gesture.NONE;
    private Point2D pressScreen;
    private Point2D pressDesign;
    private final CanvasEditor editor;
    private ElementRef connectFrom;
    private boolean dragged;
    private boolean secondary;

    private enum Gesture { NONE, MOVE, PAN, RUBBER, CONNECT, ANNOTATION }

    /** {@code layers} holds the canvas's live map of skins; the gestures only read it. */
    CanvasGestures(CanvasView canvas, CanvasViewModel vm, Pane viewport, MotionImage motion, CanvasLayers layers) {
        this.canvas = Objects.requireNonNull(canvas, "canvas");
        this.vm = Objects.requireNonNull(vm, "vm");
        this.viewport = Objects.requireNonNull(viewport, "viewport");
        this.motion = Objects.requireNonNull(motion, "motion");
        this.skins = layers.skinView();
        editor = new CanvasEditor(canvas, vm, viewport, layers);
        layers.onRendered(editor::render);
        editor.drop().drawnWith(connectLine);
        rubber.getStyleClass().add(Styles.RUBBER_BAND);
        rubber.setVisible(false);
        rubber.setMouseTransparent(true);
        connectLine.getStyleClass().add(Styles.CONNECT_LINE);
        connectLine.setVisible(false);
        connectLine.setMouseTransparent(true);
    }

    CanvasEditor editor() {
        return editor;
    }

    /** The rubber band and the line drawn while connecting; the canvas puts them above the elements. */
    List<Node> marks() {
        return List.of(rubber, connectLine);
    }

    void install() {
        // Input at rest means the user is not idle: the picture is not prepared under their hands.
        viewport.addEventFilter(MouseEvent.MOUSE_MOVED, e -> motion.touch());
        viewport.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> motion.touch());
        viewport.addEventFilter(KeyEvent.KEY_PRESSED, e -> motion.touch());
        viewport.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        viewport.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        viewport.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        viewport.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(canvas.viewportToDesign(new Point2D(e.getX(), e.getY()))));
        viewport.addEventHandler(MouseEvent.MOUSE_EXITED, e -> vm.hoveredProperty().set(null));
        viewport.addEventHandler(ScrollEvent.SCROLL, e -> {
            motion.start();
            if (e.getTouchCount() > 1 || e.isShiftDown()) {
                canvas.panBy(e.getDeltaX(), e.getDeltaY());
            } else if (e.getDeltaY() != 0) {
                canvas.zoomAt(e.getX(), e.getY(), Math.pow(1.0015, e.getDeltaY()));
            }
            motion.settleLater();
            e.consume();
        });
        viewport.addEventHandler(ZoomEvent.ZOOM, e -> {
            motion.start();
            canvas.zoomAt(e.getX(), e.getY(), e.getZoomFactor());
            motion.settleLater();
            e.consume();
        });
        viewport.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    private void hover(Point2D p) {
        if (gesture != Gesture.NONE) {
            return;
        }
        ElementRef r = canvas.currentLayout().elementAt(p).orElse(null);
        if (!Objects.equals(r, vm.hoveredProperty().get())) {
            vm.hoveredProperty().set(r);
        }
    }

    private void pressed(MouseEvent e) {
        boolean pictureShown = motion.moving();
        motion.stop(); // whatever comes next needs the live drawing (handles, hits)
        viewport.requestFocus();
        canvas.toast().label().setVisible(false);
        pressScreen = new Point2D(e.getX(), e.getY());
        pressDesign = canvas.viewportToDesign(pressScreen);
        dragged = false;
        secondary = e.getButton() == MouseButton.SECONDARY;
        if (e.getButton() == MouseButton.MIDDLE || e.getButton() == MouseButton.SECONDARY) {
            gesture = Gesture.PAN;
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (editor.gestures().pressed(e, pressDesign)) {
            gesture = Gesture.ANNOTATION;
            e.consume();
            return;
        }
        ElementSkin handleOf = connectorOwner(e.getPickResult().getIntersectedNode());
        if (handleOf == null && pictureShown) {
            handleOf = connectorAt(pressDesign); // the press was picked while the picture hid the drawing
        }
        if (handleOf != null) {
            startConnect(handleOf.ref());
        } else {
            pressedOnDrawing(e);
        }
        e.consume();
    }

    private void startConnect(ElementRef from) {
        gesture = Gesture.CONNECT;
        connectFrom = from;
        Point2D c = canvas.currentLayout().centre(connectFrom);
        connectLine.setStartX(c.getX());
        connectLine.setStartY(c.getY());
        connectLine.setEndX(pressDesign.getX());
        connectLine.setEndY(pressDesign.getY());
        connectLine.setVisible(true);
    }

    /** A primary press off any handle: on an element it selects (and starts a move), elsewhere a band or a pan. */
    private void pressedOnDrawing(MouseEvent e) {
        ElementRef hit = canvas.currentLayout().elementAt(pressDesign).orElse(null);
        if (hit != null && e.getClickCount() == 2) {
            vm.selection().select(hit);
            editor.rename(hit);
            gesture = Gesture.NONE;
        } else if (hit != null) {
            if (e.isShiftDown() || e.isShortcutDown()) {
                vm.selection().toggle(hit);
                gesture = Gesture.NONE;
            } else {
                if (!vm.selection().isSelected(hit)) {
                    vm.selection().select(hit);
                }
                gesture = Gesture.MOVE;
                vm.beginMove(hit);
            }
        } else if (e.isShiftDown() || e.isShortcutDown()) {
            gesture = Gesture.RUBBER;
            rubber.setX(pressDesign.getX());
            rubber.setY(pressDesign.getY());
            rubber.setWidth(0);
            rubber.setHeight(0);
            rubber.setVisible(true);
        } else {
            gesture = Gesture.PAN;
        }
    }

    /** The visible skin whose connector handle lies under design point {@code p}, or null. */
    private ElementSkin connectorAt(Point2D p) {
        for (ElementSkin s : skins.values()) {
            Node c = s.connector();
            if (c != null && c.isVisible() && s.getRoot().isVisible()) {
                Point2D local = c.parentToLocal(s.getRoot().parentToLocal(p));
                if (c.contains(local)) {
                    return s;
                }
            }
        }
        return null;
    }

    private ElementSkin connectorOwner(Node n) {
        for (Node x = n; x != null && x != viewport; x = x.getParent()) {
            if (x.getStyleClass().contains(Styles.CONNECTOR)) {
                Object o = x.getParent() == null ? null : x.getParent().getUserData();
                return o instanceof ElementSkin s ? s : null;
            }
        }
        return null;
    }

    private void dragged(MouseEvent e) {
        Point2D now = new Point2D(e.getX(), e.getY());
        if (pressScreen == null) {
            return;
        }
        if (!dragged && now.distance(pressScreen) < 3) {
            return; // a click, not a drag
        }
        dragged = true;
        Point2D d = canvas.viewportToDesign(now);
        switch (gesture) {
            case MOVE -> vm.dragMove(d.getX() - pressDesign.getX(), d.getY() - pressDesign.getY());
            case PAN -> {
                motion.start();
                canvas.panBy(now.getX() - pressScreen.getX(), now.getY() - pressScreen.getY());
                pressScreen = now;
            }
            case RUBBER -> {
                rubber.setX(Math.min(d.getX(), pressDesign.getX()));
                rubber.setY(Math.min(d.getY(), pressDesign.getY()));
                rubber.setWidth(Math.abs(d.getX() - pressDesign.getX()));
                rubber.setHeight(Math.abs(d.getY() - pressDesign.getY()));
            }
            case CONNECT -> {
                connectLine.setEndX(d.getX());
                connectLine.setEndY(d.getY());
                ElementRef t = connectTargetAt(d);
                editor.drop().show(t, t == null ? null : AnnotationGestures.connectOutcome(vm.document().design(),
                        connectFrom, t), now);
            }
            case ANNOTATION -> editor.gestures().dragged(d, now);
            default -> { }
        }
        e.consume();
    }

    /** The element under design point {@code d} that a connection could end on (not where it starts), or null. */
    private ElementRef connectTargetAt(Point2D d) {
        return canvas.currentLayout().elementAt(d).filter(r -> !r.equals(connectFrom)).orElse(null);
    }

    private void released(MouseEvent e) {
        Point2D d = canvas.viewportToDesign(new Point2D(e.getX(), e.getY()));
        switch (gesture) {
            case MOVE -> vm.endMove();
            case RUBBER -> {
                rubber.setVisible(false);
                if (dragged) {
                    vm.selectIn(new Rectangle2D(rubber.getX(), rubber.getY(), Math.max(1, rubber.getWidth()),
                            Math.max(1, rubber.getHeight())), true);
                }
            }
            case PAN -> {
                motion.settleLater();
                if (!dragged && e.getButton() == MouseButton.PRIMARY) {
                    vm.selection().clear(); // a click on the background
                    vm.annotations().clear();
                } else if (!dragged && secondary) {
                    editor.showMenu(d, e.getScreenX(), e.getScreenY());
                }
            }
            case ANNOTATION -> editor.gestures().released(d, new Point2D(e.getX(), e.getY()), dragged);
            case CONNECT -> {
                connectLine.setVisible(false);
                editor.drop().clear();
                ElementRef t = connectTargetAt(d);
                if (t != null) {
                    vm.connect(connectFrom, t, d);
                }
                connectFrom = null;
            }
            default -> { }
        }
        gesture = Gesture.NONE;
        pressScreen = null;
        e.consume();
    }

    private void key(KeyEvent e) {
        double step = e.isShiftDown() ? CanvasViewModel.GRID * 5 : CanvasViewModel.GRID;
        KeyCode c = e.getCode();
        if (c == KeyCode.CONTEXT_MENU || (c == KeyCode.F10 && e.isShiftDown())) {
            contextMenuFromKeyboard();
            e.consume();
            return;
        }
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        switch (c) {
            case LEFT -> vm.nudge(-step, 0);
            case RIGHT -> vm.nudge(step, 0);
            case UP -> vm.nudge(0, -step);
            case DOWN -> vm.nudge(0, step);
            case TAB -> vm.selectNext(e.isShiftDown());
            case ESCAPE -> {
                vm.selection().clear();
                vm.annotations().clear();
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** The menu key (or Shift+F10): the menu of the selected element, or of the canvas's middle. */
    private void contextMenuFromKeyboard() {
        Point2D at = vm.selection().single().map(r -> canvas.currentLayout().centre(r))
                .orElse(canvas.viewportToDesign(new Point2D(viewport.getWidth() / 2, viewport.getHeight() / 2)));
        Point2D screen = canvas.designToScreen(at);
        editor.showMenu(at, screen.getX(), screen.getY());
    }
}
