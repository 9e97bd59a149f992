package org.mvtd.app.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.model.Design;
import org.mvtd.model.LinkLayout;
import org.mvtd.model.edit.Connections;
import org.mvtd.model.edit.ElementKind;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.Link;
import org.mvtd.model.edit.LinkEdits;

/**
 * Gestures on links and notes: click a link to select it; drag an end handle of the selected link onto another
 * element to re-point it (refused targets shown as refused); drag a bend handle to move it, the handle in the
 * middle of a segment to add one, double-click a bend to remove it; drag a note to move it.
 */
final class AnnotationGestures {
    private static final double HANDLE = 5;
    private static final double PICK = 7;

    private final CanvasView canvas;
    private final CanvasViewModel vm;
    private final LinkLayer links;
    private final NoteLayer notes;
    private final DropTarget drop;
    private final Group handles = new Group();
    private final Line repointLine = new Line();

    private enum Drag { NONE, REPOINT, BEND, NOTE }

    private Drag drag = Drag.NONE;
    private Link dragged;
    private ElementRef movingEnd;
    private ElementRef keptEnd;
    private int bend;
    private List<Point2D> bends = List.of();
    private int note;
    private Point2D noteGrab;

    AnnotationGestures(CanvasView canvas, CanvasViewModel vm, LinkLayer links, NoteLayer notes, DropTarget drop) {
        this.canvas = Objects.requireNonNull(canvas, "canvas");
        this.vm = Objects.requireNonNull(vm, "vm");
        this.links = Objects.requireNonNull(links, "links");
        this.notes = Objects.requireNonNull(notes, "notes");
        this.drop = Objects.requireNonNull(drop, "drop");
        handles.setMouseTransparent(true);
        repointLine.getStyleClass().add(Styles.CONNECT_LINE);
        repointLine.setVisible(false);
        vm.annotations().selectedLinkProperty().addListener((o, a, b) -> {
            links.select(b);
            showHandles();
        });
        vm.annotations().selectedNoteProperty().addListener((o, a, b) -> notes.select(b));
    }

    /** The handles of the selected link and the re-pointing line; the canvas draws them above everything. */
    List<Node> marks() {
        return List.of(handles, repointLine);
    }

    /** After a redraw: the handles follow the selected link. */
    void redrawn() {
        notes.select(vm.annotations().selectedNoteProperty().get());
        showHandles();
    }

    private Link selected() {
        return vm.annotations().selectedLinkProperty().get();
    }

    /** The points the selected link is drawn through, or none. */
    private List<Point2D> pointsOf(Link l) {
        if (l == null || !links.view().containsKey(l)) {
            return List.of();
        }
        List<Double> p = links.view().get(l).getPoints();
        List<Point2D> out = new ArrayList<>();
        for (int i = 0; i + 1 < p.size(); i += 2) {
            out.add(new Point2D(p.get(i), p.get(i + 1)));
        }
        return out;
    }

    private void showHandles() {
        handles.getChildren().clear();
        List<Point2D> pts = pointsOf(selected());
        for (int i = 0; i < pts.size(); i++) {
            Circle c = handle(pts.get(i), i == 0 || i == pts.size() - 1 ? "mvtd-link-end" : "mvtd-link-bend");
            handles.getChildren().add(c);
            if (i + 1 < pts.size()) {
                handles.getChildren().add(handle(pts.get(i).midpoint(pts.get(i + 1)), "mvtd-link-middle"));
            }
        }
    }

    private static Circle handle(Point2D p, String kind) {
        Circle c = new Circle(p.getX(), p.getY(), HANDLE);
        c.getStyleClass().addAll(Styles.LINK_HANDLE, kind);
        return c;
    }

    /** A primary press at design point {@code d}: true when it was on a link handle, a note or a link. */
    boolean pressed(MouseEvent e, Point2D d) {
        double tol = PICK / Math.max(0.1, canvas.getZoom());
        if (pressedOnHandle(e, d, tol)) {
            return true;
        }
        Optional<Integer> n = notes.noteAt(d);
        if (n.isPresent()) {
            vm.annotations().selectNote(n.get());
            if (e.getClickCount() == 2) {
                canvas.editor().editNote(n.get());
                return true;
            }
            drag = Drag.NOTE;
            note = n.get();
            var at = vm.document().design().annotations().notes().get(note).at();
            noteGrab = new Point2D(d.getX() - at.x(), d.getY() - at.y());
            return true;
        }
        ElementRef hit = canvas.currentLayout().elementAt(d).orElse(null);
        if (hit != null && hit.kind() != ElementKind.HOST) {
            return false; // a card is above the links
        }
        Optional<Link> l = links.linkAt(d, tol);
        if (l.isEmpty()) {
            return false;
        }
        vm.annotations().selectLink(l.get());
        if (e.getClickCount() == 2) {
            canvas.editor().editLabel(l.get());
        }
        return true;
    }

    private boolean pressedOnHandle(MouseEvent e, Point2D d, double tol) {
        Link l = selected();
        List<Point2D> pts = pointsOf(l);
        for (int i = 0; i < pts.size(); i++) {
            if (pts.get(i).distance(d) > tol) {
                continue;
            }
            List<Point2D> via = new ArrayList<>(pts.subList(1, pts.size() - 1));
            if (i == 0 || i == pts.size() - 1) {
                drag = Drag.REPOINT;
                dragged = l;
                movingEnd = i == 0 ? l.a() : l.b();
                keptEnd = i == 0 ? l.b() : l.a();
                Point2D k = canvas.currentLayout().centre(keptEnd);
                repointLine.setStartX(k.getX());
                repointLine.setStartY(k.getY());
                repointLine.setEndX(d.getX());
                repointLine.setEndY(d.getY());
                repointLine.setVisible(true);
                drop.drawnWith(repointLine);
            } else if (e.getClickCount() == 2) {
                via.remove(i - 1);
                vm.annotations().setBends(l, via, "Remove bend");
            } else {
                startBend(l, via, i - 1);
            }
            return true;
        }
        for (int i = 0; i + 1 < pts.size(); i++) {
            if (pts.get(i).midpoint(pts.get(i + 1)).distance(d) <= tol) {
                List<Point2D> via = new ArrayList<>(pts.subList(1, pts.size() - 1));
                via.add(i, d);
                startBend(l, via, i);
                return true;
            }
        }
        return false;
    }

    private void startBend(Link l, List<Point2D> via, int index) {
        drag = Drag.BEND;
        dragged = l;
        bends = via;
        bend = index;
    }

    /** A drag at design point {@code d}; true when this class runs the gesture. */
    boolean dragged(Point2D d, Point2D viewportPoint) {
        switch (drag) {
            case REPOINT -> {
                repointLine.setEndX(d.getX());
                repointLine.setEndY(d.getY());
                ElementRef t = targetAt(d);
                drop.show(t, t == null ? null : vm.annotations().tryRepoint(dragged, movingEnd, t), viewportPoint);
            }
            case BEND -> {
                bends.set(bend, d);
                vm.preview(vm.annotations().withBends(dragged, bends));
            }
            case NOTE -> vm.preview(vm.annotations().noteMoved(note, d.subtract(noteGrab)));
            default -> {
                return false;
            }
        }
        return true;
    }

    private ElementRef targetAt(Point2D d) {
        return canvas.currentLayout().elementAt(d).filter(r -> !r.equals(keptEnd) && !r.equals(movingEnd)).orElse(null);
    }

    /** The release at design point {@code d}; true when this class ran the gesture. */
    boolean released(Point2D d, Point2D viewportPoint, boolean moved) {
        Drag was = drag;
        drag = Drag.NONE;
        switch (was) {
            case REPOINT -> {
                repointLine.setVisible(false);
                drop.clear();
                drop.drawnWith(null);
                ElementRef t = targetAt(d);
                if (t != null && moved) {
                    vm.annotations().repoint(dragged, movingEnd, t, d);
                }
            }
            case BEND -> {
                vm.preview(null);
                if (moved) {
                    boolean added = bends.size() > LinkEdits.layout(vm.document().design(), dragged)
                            .map(LinkLayout::via).map(List::size).orElse(0);
                    vm.annotations().setBends(dragged, bends, added ? "Add bend" : "Move bend");
                }
            }
            case NOTE -> {
                vm.preview(null);
                if (moved) {
                    vm.annotations().moveNote(note, d.subtract(noteGrab));
                }
            }
            default -> {
                return false;
            }
        }
        dragged = null;
        return true;
    }

    /** What a connecting drag from {@code from} onto {@code t} would give (the same marks as re-pointing). */
    static Connections.Outcome connectOutcome(Design d, ElementRef from, ElementRef t) {
        return Connections.connect(d, from, t);
    }
}
