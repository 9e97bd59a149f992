package org.mvtd.app.ui.canvas;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.mvtd.model.edit.Connections;
import org.mvtd.model.edit.DesignEdits;
import org.mvtd.app.ui.fix.QuickFixes;
import org.mvtd.app.ui.viewmodel.DocumentViewModel;
import org.mvtd.model.edit.EditResult;
import org.mvtd.model.edit.ElementKind;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.Elements;
import org.mvtd.app.ui.viewmodel.Explanation;
import org.mvtd.model.edit.ForeignPaste;
import org.mvtd.model.edit.Fragment;
import org.mvtd.model.edit.FragmentYaml;
import org.mvtd.model.edit.Layout;
import org.mvtd.app.ui.viewmodel.FxLayout;
import org.mvtd.app.ui.viewmodel.Notice;
import org.mvtd.model.edit.PaletteItem;
import org.mvtd.model.edit.Placement;
import org.mvtd.model.layout.Tidy;
import org.mvtd.app.ui.viewmodel.ReachViewModel;
import org.mvtd.app.ui.viewmodel.SelectionModel;
import org.mvtd.app.ui.io.TextClipboard;
import org.mvtd.app.ui.viewmodel.ChangePipeline;
import org.mvtd.model.Design;
import org.mvtd.model.Position;

/**
 * The canvas's gestures as edits: place, connect, move (previewed while dragging, one undo step on
 * release), delete, clipboard, align. Works without a stage.
 */
public final class CanvasViewModel {
    public static final double GRID = 20;
    private static final double PASTE_OFFSET = 40;

    private final DocumentViewModel doc;
    private final SelectionModel selection;
    private final ReachViewModel reach;
    private final QuickFixes quickFixes;
    private final BooleanProperty snapToGrid = new SimpleBooleanProperty(this, "snapToGrid", true);
    private final ObjectProperty<Design> preview = new SimpleObjectProperty<>(this, "preview");
    private final ObjectBinding<Design> shown;
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ObjectProperty<ElementRef> hovered = new SimpleObjectProperty<>(this, "hovered");
    private final ReadOnlyObjectWrapper<Explanation> explanation = new ReadOnlyObjectWrapper<>(this, "explanation");
    private Fragment clipboard;
    private int pasteCount;
    private TextClipboard textClipboard = TextClipboard.NONE;
    /** The system clipboard text that stands for {@link #clipboard}: what this window copied or last read. */
    private String clipboardText;
    /** Whether {@link #clipboard} came from text (another window, an editor): its pastes are checked. */
    private boolean clipboardForeign;
    /** Elements the user may arrange but not delete: live mode's links not made by macvtap-designer. */
    private Predicate<ElementRef> readOnly = r -> false;
    private Design moveBase;
    private Set<ElementRef> moving = Set.of();
    private ElementRef grabbed;
    private final AnnotationEditing annotations;

    public CanvasViewModel(DocumentViewModel doc, SelectionModel selection, ReachViewModel reach) {
        this.doc = Objects.requireNonNull(doc, "doc");
        this.selection = Objects.requireNonNull(selection, "selection");
        this.reach = Objects.requireNonNull(reach, "reach");
        quickFixes = new QuickFixes(doc, selection, reach);
        shown = Bindings.createObjectBinding(() -> preview.get() != null ? preview.get() : doc.design(),
                preview, doc.designProperty());
        doc.changes().on(ChangePipeline.Stage.SELECTION, c -> selection.retainExisting(c.after()));
        annotations = new AnnotationEditing(doc, selection, this::post);
        hovered.addListener((o, a, b) -> explain());
        reach.colouringProperty().addListener((o, a, b) -> explain());
    }

    public DocumentViewModel document() { return doc; }
    public SelectionModel selection() { return selection; }
    public ReachViewModel reach() { return reach; }
    /** Diagnoses, previews and applies quick fixes (the why card, Problems and "Diagnose" use it). */
    public QuickFixes quickFixes() { return quickFixes; }
    public BooleanProperty snapToGridProperty() { return snapToGrid; }
    /** The design to draw: the document's, or the preview of a drag in progress. */
    public ObjectBinding<Design> shownProperty() { return shown; }
    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice.getReadOnlyProperty(); }
    public ObjectProperty<ElementRef> hoveredProperty() { return hovered; }
    public ReadOnlyObjectProperty<Explanation> explanationProperty() { return explanation.getReadOnlyProperty(); }
    /** Links, notes and renaming in place. */
    public AnnotationEditing annotations() { return annotations; }

    /** Shows {@code d} instead of the document's design while a gesture is in progress (null: the document's). */
    void preview(Design d) {
        preview.set(d);
    }

    private void explain() {
        ElementRef h = hovered.get();
        explanation.set(h == null ? null : reach.explain(h).orElse(null));
    }

    public void post(Notice n) {
        notice.set(null); // the same text twice must still show
        notice.set(n);
    }

    /** Places {@code item} at design point {@code at}; selects it, or explains the refusal there. */
    public EditResult place(PaletteItem item, Point2D at) {
        Point2D p = snap(at);
        EditResult r = Placement.placeIn(doc.design(), item, FxLayout.position(p));
        if (r.accepted()) {
            doc.change("Add " + item.title().toLowerCase(Locale.ROOT), r.design());
            selection.selectAll(r.created());
            post(Notice.info("Added " + r.created().get(0).label()));
        } else {
            post(Notice.refusal(r.refusal(), at));
        }
        return r;
    }

    /** Connects {@code a} and {@code b}; returns whether it was accepted (a refusal is posted at {@code where}). */
    public boolean connect(ElementRef a, ElementRef b, Point2D where) {
        Connections.Outcome o = Connections.connect(doc.design(), a, b);
        if (o instanceof Connections.Connected c) {
            doc.change(c.label(), c.design());
            post(Notice.info(c.label()));
            return true;
        }
        post(Notice.refusal(((Connections.Refused) o).reason(), where));
        return false;
    }

    /** Starts moving the selection (or {@code grabbed} alone when it is not selected). */
    public void beginMove(ElementRef grab) {
        grabbed = grab;
        moveBase = doc.design();
        moving = selection.isSelected(grab) ? Set.copyOf(selection.getSelectedItems()) : Set.of(grab);
    }

    /** Shows the moved elements shifted by (dx, dy) from where the drag began, snapped to the grid. */
    public void dragMove(double dx, double dy) {
        if (moveBase == null) {
            return;
        }
        Point2D d = snappedDelta(moveBase, dx, dy);
        preview.set(d.equals(Point2D.ZERO) ? null : DesignEdits.translate(moveBase, moving, d.getX(), d.getY()));
    }

    /** Ends the drag: one undo step, if anything moved. */
    public void endMove() {
        Design moved = preview.get();
        preview.set(null);
        if (moved != null && moveBase == doc.design()) {
            doc.change(moving.size() == 1 ? "Move " + moving.iterator().next().qualifiedName()
                    : "Move " + moving.size() + " elements", moved);
        }
        moveBase = null;
        moving = Set.of();
        grabbed = null;
    }

    public boolean isMoving() {
        return moveBase != null;
    }

    private Point2D snappedDelta(Design base, double dx, double dy) {
        if (!snapToGrid.get() || grabbed == null) {
            return new Point2D(dx, dy);
        }
        Position a = Layout.of(base).anchor(grabbed);
        double x = Math.round((a.x() + dx) / GRID) * GRID - a.x();
        double y = Math.round((a.y() + dy) / GRID) * GRID - a.y();
        return new Point2D(x, y);
    }

    private Point2D snap(Point2D p) {
        return snapToGrid.get() ? new Point2D(Math.round(p.getX() / GRID) * GRID, Math.round(p.getY() / GRID) * GRID) : p;
    }

    /** Moves the selection by (dx, dy) as one step (arrow keys). */
    public void nudge(double dx, double dy) {
        if (selection.getSelectedItems().isEmpty()) {
            return;
        }
        doc.change("Nudge", DesignEdits.translate(doc.design(), selection.getSelectedItems(), dx, dy));
    }

    public void setReadOnly(Predicate<ElementRef> readOnly) {
        this.readOnly = Objects.requireNonNull(readOnly, "readOnly");
    }

    public void delete() {
        if (annotations.deleteSelected()) {
            return;
        }
        Set<ElementRef> sel = Set.copyOf(selection.getSelectedItems());
        if (sel.isEmpty()) {
            return;
        }
        Design next = DesignEdits.delete(doc.design(), sel);
        // A cascade (a host, a device) must not take a read-only element with it either.
        Optional<ElementRef> lost = Elements.all(doc.design()).stream()
                .filter(readOnly).filter(r -> !Elements.exists(next, r)).findFirst();
        if (lost.isPresent()) {
            post(Notice.info("Not deleted: " + lost.get().qualifiedName() + " was not made by macvtap-designer and is"
                    + " read-only here (remove it with the tool that made it)"));
            return;
        }
        doc.change(sel.size() == 1 ? "Delete " + sel.iterator().next().qualifiedName() : "Delete " + sel.size() + " elements",
                next);
        selection.clear();
    }

    public void selectAll() {
        selection.selectAll(Elements.all(doc.design()));
    }

    /** Selects every element whose box intersects {@code area} (design units); adds to the selection when {@code add}. */
    public void selectIn(Rectangle2D area, boolean add) {
        FxLayout layout = FxLayout.of(doc.design());
        List<ElementRef> hit = new ArrayList<>();
        layout.all().forEach((r, b) -> {
            boolean inside = r.kind() == ElementKind.HOST ? area.contains(b) : area.intersects(b);
            if (inside) {
                hit.add(r);
            }
        });
        Set<ElementRef> next = new LinkedHashSet<>(add ? selection.getSelectedItems() : Set.of());
        next.addAll(hit);
        selection.selectAll(next);
    }

    /** The system clipboard copies also go to, as YAML text, and pastes read from. */
    public void setTextClipboard(TextClipboard textClipboard) {
        this.textClipboard = Objects.requireNonNull(textClipboard, "textClipboard");
    }

    /** Copies the selection, in the window and as FORMAT.md text on the system clipboard. */
    public void copy() {
        if (selection.getSelectedItems().isEmpty()) {
            return;
        }
        clipboard = Fragment.copy(doc.design(), selection.getSelectedItems());
        clipboardText = FragmentYaml.write(clipboard);
        clipboardForeign = false;
        pasteCount = 0;
        textClipboard.putText(clipboardText);
        post(Notice.info("Copied " + clipboard.refs().size() + (clipboard.refs().size() == 1 ? " element" : " elements")));
    }

    public void cut() {
        copy();
        delete();
    }

    public boolean canPaste() {
        return clipboard != null && !clipboard.isEmpty();
    }

    /**
     * Pastes what was copied last: this window's copy while the system clipboard still holds its text, else
     * the elements in the clipboard's text (refused with the reason when the text is not elements or they
     * would not fit the design). Names are made unique and links among the pasted elements kept.
     */
    public void paste() {
        Optional<String> text = textClipboard.text().filter(t -> !t.isBlank());
        if (text.isPresent() && !text.get().equals(clipboardText)) {
            FragmentYaml.Reading reading = FragmentYaml.read(text.get());
            if (reading instanceof FragmentYaml.Unreadable u) {
                post(Notice.info(u.reason()));
                return;
            }
            clipboard = ((FragmentYaml.Readable) reading).fragment();
            clipboardText = text.get();
            clipboardForeign = true;
            pasteCount = 0;
        }
        if (!canPaste()) {
            return;
        }
        pasteCount++;
        double offset = PASTE_OFFSET * pasteCount;
        if (clipboardForeign) {
            EditResult r = ForeignPaste.paste(clipboard, doc.design(), offset, offset);
            apply("Paste", r);
            if (r.accepted()) {
                post(Notice.info("Pasted " + r.created().size() + (r.created().size() == 1 ? " element" : " elements")
                        + " from the clipboard"));
            }
        } else {
            apply("Paste", clipboard.pasteInto(doc.design(), offset, offset));
        }
    }

    /** Copies and pastes the selection in one step, keeping the links among the copies. */
    public void duplicate() {
        if (selection.getSelectedItems().isEmpty()) {
            return;
        }
        Fragment f = Fragment.copy(doc.design(), selection.getSelectedItems());
        apply("Duplicate", f.pasteInto(doc.design(), PASTE_OFFSET, PASTE_OFFSET));
    }

    private void apply(String label, EditResult r) {
        if (r.accepted()) {
            doc.change(label, r.design());
            selection.selectAll(r.created());
        } else {
            post(Notice.info(r.refusal()));
        }
    }

    /**
     * Arrange, Tidy: a layered layout of the selection (with the hosts and guests it touches), or of the whole
     * design when nothing is selected, as one undo step. Returns whether the whole design was tidied.
     */
    public boolean tidy() {
        List<ElementRef> scope = List.copyOf(selection.getSelectedItems());
        Design next = scope.isEmpty() ? Tidy.arrange(doc.design()) : Tidy.arrange(doc.design(), scope);
        if (!next.equals(doc.design())) {
            doc.change(scope.isEmpty() ? "Tidy" : "Tidy selection", next);
        }
        post(Notice.info(scope.isEmpty() ? "Tidied the design" : "Tidied " + scope.size() + " selected"));
        return scope.isEmpty();
    }

    public void align(DesignEdits.Alignment a) {
        if (selection.getSelectedItems().size() < 2) {
            post(Notice.info("Select two or more elements to align them."));
            return;
        }
        doc.change("Align " + a.name().toLowerCase(Locale.ROOT), DesignEdits.align(doc.design(), selection.getSelectedItems(), a));
    }

    public void distribute(boolean horizontal) {
        if (selection.getSelectedItems().size() < 3) {
            post(Notice.info("Select three or more elements to distribute them."));
            return;
        }
        doc.change(horizontal ? "Distribute across" : "Distribute down",
                DesignEdits.distribute(doc.design(), selection.getSelectedItems(), horizontal));
    }

    /** Selects the next (or previous) element in drawing order: keyboard access to every element. */
    public void selectNext(boolean backwards) {
        List<ElementRef> all = Elements.all(doc.design());
        if (all.isEmpty()) {
            return;
        }
        Optional<ElementRef> cur = selection.single();
        int i = cur.map(all::indexOf).orElse(-1);
        int next = backwards ? (i <= 0 ? all.size() - 1 : i - 1) : (i + 1) % all.size();
        selection.select(all.get(next));
    }
}
