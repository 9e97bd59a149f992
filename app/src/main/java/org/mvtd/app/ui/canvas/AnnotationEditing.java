package org.mvtd.app.ui.canvas;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.SetChangeListener;
import javafx.geometry.Point2D;
import org.mvtd.app.ui.viewmodel.DocumentViewModel;
import org.mvtd.app.ui.viewmodel.FxLayout;
import org.mvtd.app.ui.viewmodel.Notice;
import org.mvtd.app.ui.viewmodel.SelectionModel;
import org.mvtd.model.Design;
import org.mvtd.model.Position;
import org.mvtd.model.edit.Connections;
import org.mvtd.model.edit.DesignEdits;
import org.mvtd.model.edit.EditResult;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.Link;
import org.mvtd.model.edit.LinkEdits;
import org.mvtd.model.edit.Names;
import org.mvtd.model.edit.NoteEdits;

/**
 * The canvas's edits of what is not an element: the selected link (delete, re-point, bends, label), the
 * selected note (add, text, move, delete), and renaming an element in place. Only one thing is selected at a
 * time across elements, links and notes. Each edit is one undo step through the document.
 */
public final class AnnotationEditing {
    private final DocumentViewModel doc;
    private final SelectionModel selection;
    private final Consumer<Notice> post;
    private final ObjectProperty<Link> link = new SimpleObjectProperty<>(this, "selectedLink");
    private final ObjectProperty<Integer> note = new SimpleObjectProperty<>(this, "selectedNote");

    AnnotationEditing(DocumentViewModel doc, SelectionModel selection, Consumer<Notice> post) {
        this.doc = Objects.requireNonNull(doc, "doc");
        this.selection = Objects.requireNonNull(selection, "selection");
        this.post = Objects.requireNonNull(post, "post");
        selection.getSelectedItems().addListener((SetChangeListener<ElementRef>) c -> {
            if (!selection.getSelectedItems().isEmpty()) {
                link.set(null);
                note.set(null);
            }
        });
        doc.designProperty().addListener((o, a, b) -> {
            if (link.get() != null && !Link.of(b).contains(link.get())) {
                link.set(null);
            }
            if (note.get() != null && note.get() >= b.annotations().notes().size()) {
                note.set(null);
            }
        });
    }

    /** The selected link, or null. */
    public ObjectProperty<Link> selectedLinkProperty() {
        return link;
    }

    /** The index of the selected note, or null. */
    public ObjectProperty<Integer> selectedNoteProperty() {
        return note;
    }

    public void selectLink(Link l) {
        selection.clear();
        note.set(null);
        link.set(l);
    }

    public void selectNote(Integer i) {
        selection.clear();
        link.set(null);
        note.set(i);
    }

    public void clear() {
        link.set(null);
        note.set(null);
    }

    /** Deletes the selected link or note; false when neither is selected. */
    public boolean deleteSelected() {
        if (link.get() != null) {
            Link l = link.get();
            EditResult r = LinkEdits.delete(doc.design(), l);
            if (r.accepted()) {
                doc.change("Delete link " + l.a().qualifiedName() + " \u2013 " + l.b().qualifiedName(), r.design());
                link.set(null);
            } else {
                post.accept(Notice.info(r.refusal()));
            }
            return true;
        }
        if (note.get() != null) {
            doc.change("Delete note", NoteEdits.delete(doc.design(), note.get()));
            note.set(null);
            return true;
        }
        return false;
    }

    /** What re-pointing {@code end} of {@code l} onto {@code target} would do (the canvas shows it while dragging). */
    public Connections.Outcome tryRepoint(Link l, ElementRef end, ElementRef target) {
        return LinkEdits.repoint(doc.design(), l, end, target);
    }

    /** Re-points {@code end} of {@code l} onto {@code target}, or explains the refusal at {@code where}. */
    public boolean repoint(Link l, ElementRef end, ElementRef target, Point2D where) {
        Connections.Outcome o = tryRepoint(l, end, target);
        if (o instanceof Connections.Connected c) {
            doc.change(c.label(), c.design());
            Link now = l.a().equals(end) ? new Link(target, l.b(), l.kind()) : new Link(l.a(), target, l.kind());
            link.set(Link.of(doc.design()).contains(now) ? now : null);
            post.accept(Notice.info(c.label()));
            return true;
        }
        post.accept(Notice.refusal(((Connections.Refused) o).reason(), where));
        return false;
    }

    /** Sets the bend points of {@code l}; {@code preview} only shows them (a drag in progress). */
    public Design withBends(Link l, List<Point2D> via) {
        return LinkEdits.withBends(doc.design(), l, via.stream().map(FxLayout::position).toList());
    }

    public void setBends(Link l, List<Point2D> via, String label) {
        doc.change(label, withBends(l, via));
    }

    public void setLabel(Link l, String text) {
        doc.change(text == null || text.isBlank() ? "Remove link label" : "Label link", LinkEdits.withLabel(doc.design(), l, text));
    }

    /** Adds a note at {@code at} and selects it; returns its index. */
    public int addNote(String text, Point2D at) {
        doc.change("Add note", NoteEdits.add(doc.design(), text, FxLayout.position(at)));
        int i = doc.design().annotations().notes().size() - 1;
        selectNote(i);
        return i;
    }

    public void setNoteText(int i, String text) {
        if (!doc.design().annotations().notes().get(i).text().equals(text)) {
            doc.change("Edit note", NoteEdits.setText(doc.design(), i, text));
        }
    }

    /** The design with note {@code i} at {@code at} (a drag previews it, the release commits it). */
    public Design noteMoved(int i, Point2D at) {
        return NoteEdits.moveTo(doc.design(), i, FxLayout.position(at));
    }

    public void moveNote(int i, Point2D at) {
        Position p = FxLayout.position(at);
        if (!doc.design().annotations().notes().get(i).at().equals(p)) {
            doc.change("Move note", NoteEdits.moveTo(doc.design(), i, p));
        }
    }

    /** Renames {@code r} keeping every reference; the refusal (the name rules' reason) when the name is not allowed. */
    public Optional<String> rename(ElementRef r, String text) {
        String name = text;
        if (name.equals(r.name())) {
            return Optional.empty();
        }
        Optional<String> problem = Names.nameProblem(doc.design(), r, name);
        if (problem.isPresent()) {
            return problem;
        }
        doc.change("Rename " + r.qualifiedName() + " to " + name, DesignEdits.rename(doc.design(), r, name));
        selection.select(r.withName(name));
        return Optional.empty();
    }
}
