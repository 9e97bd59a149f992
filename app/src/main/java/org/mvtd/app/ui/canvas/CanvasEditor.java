package org.mvtd.app.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Pane;
import org.mvtd.app.ui.controls.MenuItems;
import org.mvtd.model.Design;
import org.mvtd.model.LinkLayout;
import org.mvtd.model.edit.ElementKind;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.Link;
import org.mvtd.model.edit.LinkEdits;
import org.mvtd.model.edit.PaletteItem;

/**
 * The canvas's editor habits, composed: context menus ({@link ContextActions}, with the canvas's own items
 * registered first), renaming in place (F2, double-click), link labels and note text edited in place, notes,
 * and the find bar (Ctrl+F).
 */
public final class CanvasEditor {
    private final CanvasView canvas;
    private final CanvasViewModel vm;
    private final Pane viewport;
    private final ContextActions actions = new ContextActions();
    private final NoteLayer notes;
    private final InlineEditor inline;
    private final FindBar find;
    private final DropTarget drop;
    private final AnnotationGestures gestures;
    private ContextMenu shown;

    CanvasEditor(CanvasView canvas, CanvasViewModel vm, Pane viewport, CanvasLayers layers) {
        this.canvas = Objects.requireNonNull(canvas, "canvas");
        this.vm = Objects.requireNonNull(vm, "vm");
        this.viewport = Objects.requireNonNull(viewport, "viewport");
        notes = new NoteLayer(layers);
        inline = new InlineEditor(viewport, canvas::focusCanvas);
        find = new FindBar(canvas, vm);
        drop = new DropTarget(viewport, layers.skinView());
        gestures = new AnnotationGestures(canvas, vm, layers.links(), notes, drop);
        layers.overlay(CanvasLayers.Overlay.GESTURES).getChildren().addAll(gestures.marks());
        actions.add(this::ownItems);
        viewport.getChildren().add(find);
        find.relocate(12, 12);
    }

    /** Brings notes and the selected link's handles in step with {@code d}. */
    void render(Design d) {
        notes.render(d);
        gestures.redrawn();
    }

    /** The context menus' registry: add a contributor for items of your own. */
    public ContextActions contextActions() {
        return actions;
    }

    AnnotationGestures gestures() {
        return gestures;
    }

    DropTarget drop() {
        return drop;
    }

    FindBar findBar() {
        return find;
    }

    InlineEditor inline() {
        return inline;
    }

    NoteLayer notes() {
        return notes;
    }

    /** Opens the find bar (Ctrl+F). */
    public void openFind() {
        find.open();
    }

    /** Opens the context menu for what is at design point {@code d}, at screen point (x, y). */
    void showMenu(Point2D d, double screenX, double screenY) {
        ContextActions.Target t = targetAt(d);
        if (t.element() != null && !vm.selection().isSelected(t.element())) {
            vm.selection().select(t.element());
        } else if (t.link() != null) {
            vm.annotations().selectLink(t.link());
        } else if (t.note() != null) {
            vm.annotations().selectNote(t.note());
        }
        t = new ContextActions.Target(t.element(), t.link(), t.note(), d, vm.selection().getSelectedItems());
        if (shown != null) {
            shown.hide();
        }
        shown = actions.menuFor(t).orElse(null);
        if (shown != null) {
            shown.show(viewport, screenX, screenY);
        }
    }

    /** The context menu last opened, or null. */
    public ContextMenu lastMenu() {
        return shown;
    }

    /** What is at design point {@code d}: a note, else a card, else a link, else a host, else the canvas. */
    ContextActions.Target targetAt(Point2D d) {
        var sel = vm.selection().getSelectedItems();
        Optional<Integer> n = notes.noteAt(d);
        if (n.isPresent()) {
            return new ContextActions.Target(null, null, n.get(), d, sel);
        }
        ElementRef hit = canvas.currentLayout().elementAt(d).orElse(null);
        if (hit == null || hit.kind() == ElementKind.HOST) {
            Optional<Link> l = canvas.layers().links().linkAt(d, 7 / Math.max(0.1, canvas.getZoom()));
            if (l.isPresent()) {
                return new ContextActions.Target(null, l.get(), null, d, sel);
            }
        }
        return new ContextActions.Target(hit, null, null, d, sel);
    }

    /** The canvas's own items. No accelerators: a context menu's would replace the menu bar's in the scene. */
    private List<MenuItem> ownItems(ContextActions.Target t) {
        List<MenuItem> out = new ArrayList<>();
        if (t.element() != null) {
            ElementRef r = t.element();
            out.add(MenuItems.item("_Rename\u2026", null, () -> rename(r)));
            out.add(MenuItems.item("Cu_t", null, vm::cut));
            out.add(MenuItems.item("_Copy", null, vm::copy));
            out.add(MenuItems.item("D_uplicate", null, vm::duplicate));
            out.add(MenuItems.item("_Delete", null, vm::delete));
        } else if (t.link() != null) {
            Link l = t.link();
            boolean bent = LinkEdits.layout(vm.document().design(), l).map(x -> !x.via().isEmpty()).orElse(false);
            boolean labelled = LinkEdits.layout(vm.document().design(), l).map(LinkLayout::label).isPresent();
            out.add(MenuItems.item(labelled ? "Edit _Label\u2026" : "Add _Label\u2026", null, () -> editLabel(l)));
            MenuItem straight = MenuItems.item("_Straighten (remove bends)", null,
                    () -> vm.annotations().setBends(l, List.of(), "Straighten link"));
            straight.setDisable(!bent);
            out.add(straight);
            out.add(MenuItems.item("_Delete Link", null, () -> {
                vm.annotations().selectLink(l);
                vm.delete();
            }));
        } else if (t.note() != null) {
            int i = t.note();
            out.add(MenuItems.item("_Edit Note\u2026", null, () -> editNote(i)));
            out.add(MenuItems.item("_Delete Note", null, () -> {
                vm.annotations().selectNote(i);
                vm.delete();
            }));
        } else {
            Menu add = new Menu("_Add Here");
            for (PaletteItem p : PaletteItem.values()) {
                add.getItems().add(MenuItems.item(p.title(), null, () -> vm.place(p, t.at())));
            }
            out.add(add);
            out.add(MenuItems.item("Add _Note Here", null, () -> addNote(t.at())));
            MenuItem paste = MenuItems.item("_Paste", null, vm::paste);
            out.add(paste);
            out.add(MenuItems.item("Select _All", null, vm::selectAll));
            out.add(MenuItems.item("_Fit to Window", null, canvas::fitToView));
        }
        return out;
    }

    /** Renames the single selected element in place (F2); nothing when none or several are selected. */
    public void renameSelected() {
        vm.selection().single().ifPresent(this::rename);
    }

    /** Opens a field over {@code r}'s card holding its name; Enter renames it through the name rules. */
    public void rename(ElementRef r) {
        Rectangle2D b = canvas.currentLayout().bounds(r).orElse(null);
        if (b == null) {
            return;
        }
        // A host's name sits in its header; a card's across the card.
        Rectangle2D title = r.kind() == ElementKind.HOST
                ? new Rectangle2D(b.getMinX(), b.getMinY(), Math.min(b.getWidth(), 240), 34) : b;
        inline.open(toViewport(title), r.name(), false, text -> vm.annotations().rename(r, text));
    }

    /** Edits {@code l}'s label in place (empty text removes it). */
    public void editLabel(Link l) {
        List<Double> pts = canvas.layers().links().view().get(l).getPoints();
        Point2D m = LinkLayer.middle(pts);
        String now = LinkEdits.layout(vm.document().design(), l).map(LinkLayout::label).orElse("");
        inline.open(toViewport(new Rectangle2D(m.getX() - 80, m.getY() - 14, 160, 28)), now, false, text -> {
            vm.annotations().setLabel(l, text);
            return Optional.empty();
        });
    }

    /** Edits note {@code i}'s text in place. */
    public void editNote(int i) {
        String now = vm.document().design().annotations().notes().get(i).text();
        inline.open(toViewport(notes.bounds(i)), now, true, text -> {
            if (text.isBlank()) {
                return Optional.of("A note needs some text; delete the note to remove it.");
            }
            vm.annotations().setNoteText(i, text);
            return Optional.empty();
        });
    }

    /** Adds a note at design point {@code at} and opens it for typing. */
    public void addNote(Point2D at) {
        int i = vm.annotations().addNote("Note", at);
        editNote(i);
    }

    /** Adds a note in the middle of the view (the menu's and palette's keyboard path). */
    public void addNoteAtCentre() {
        addNote(canvas.viewportToDesign(new Point2D(viewport.getWidth() / 2 - 90, viewport.getHeight() / 2 - 20)));
    }

    private Rectangle2D toViewport(Rectangle2D design) {
        Point2D a = canvas.designToViewport(new Point2D(design.getMinX(), design.getMinY()));
        Point2D b = canvas.designToViewport(new Point2D(design.getMaxX(), design.getMaxY()));
        return new Rectangle2D(a.getX(), a.getY(), b.getX() - a.getX(), b.getY() - a.getY());
    }
}
