package org.mvtd.app.ui.viewmodel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.mvtd.app.ui.io.RecoveryStore;
import org.mvtd.app.ui.undo.Command;
import org.mvtd.app.ui.undo.DesignChange;
import org.mvtd.app.ui.undo.UndoManager;
import org.mvtd.model.Design;
import org.mvtd.model.edit.LinkEdits;
import org.mvtd.model.edit.ChangeSet;
import org.mvtd.model.validate.SourceMap;
import org.mvtd.model.yaml.DesignFormatException;
import org.mvtd.model.yaml.DesignYaml;
import org.mvtd.model.yaml.LoadedDesign;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open document: the current immutable design, the file it belongs to, undo history and the dirty
 * flag. Every edit goes through {@link #execute} so it is one undo step.
 */
public final class DocumentViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentViewModel.class);
    /** The name a new design has until it is saved. */
    public static final String UNTITLED = "untitled";
    public static final String EXAMPLE_RESOURCE = "/org/mvtd/model/examples/bridge-mode.mvtd.yaml";

    private final RecoveryStore recovery;
    private final UndoManager undo = new UndoManager();
    private final ReadOnlyObjectWrapper<Design> design = new ReadOnlyObjectWrapper<>(this, "design", Design.empty(UNTITLED));
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<SourceMap> sourceMap = new ReadOnlyObjectWrapper<>(this, "sourceMap", SourceMap.empty());
    private final BooleanBinding dirty = undo.unchangedSinceSaveProperty().not();
    private final StringBinding title;
    private final ChangePipeline changes = new ChangePipeline();
    private LoadedDesign base = LoadedDesign.of(Design.empty(UNTITLED));

    public DocumentViewModel(RecoveryStore recovery) {
        this.recovery = Objects.requireNonNull(recovery, "recovery");
        title = Bindings.createStringBinding(() -> (dirty.get() ? "*" : "") + displayName() + " \u2013 macvtap-designer",
                dirty, file, design);
        design.addListener((o, a, b) -> changes.publish(ChangeSet.between(a, b)));
    }

    /** The file name, or the design's name for an untitled design. */
    public String displayName() {
        Path f = file.get();
        return f != null ? String.valueOf(f.getFileName()) : design.get().name() + " (unsaved)";
    }

    public ReadOnlyObjectProperty<Design> designProperty() { return design.getReadOnlyProperty(); }
    public Design design() { return design.get(); }
    public ReadOnlyObjectProperty<Path> fileProperty() { return file.getReadOnlyProperty(); }
    public Optional<Path> file() { return Optional.ofNullable(file.get()); }
    public ReadOnlyObjectProperty<SourceMap> sourceMapProperty() { return sourceMap.getReadOnlyProperty(); }
    public UndoManager undoManager() { return undo; }
    /** Where the window's parts react to design changes, in a fixed order, once per change. */
    public ChangePipeline changes() { return changes; }
    public BooleanBinding dirtyProperty() { return dirty; }
    public boolean isDirty() { return dirty.get(); }
    public StringBinding titleProperty() { return title; }

    /** Applies {@code c} and records it as one undo step. */
    public void execute(Command c) {
        Objects.requireNonNull(c, "command");
        Design next = c.apply(design.get());
        if (next.equals(design.get())) {
            return; // nothing changed: no empty undo step
        }
        design.set(next);
        undo.push(c);
    }

    /** Records the change from the current design to {@code next} as one step named {@code label}. */
    public void change(String label, Design next) {
        // A link that an edit removed or re-pointed takes its drawn layout (bends, label) with it.
        execute(new DesignChange(label, design.get(), LinkEdits.prune(next)));
    }

    public void undo() {
        undo.undo().ifPresent(c -> design.set(c.revert(design.get())));
    }

    public void redo() {
        undo.redo().ifPresent(c -> design.set(c.apply(design.get())));
    }

    /** Replaces the document by a new empty design. */
    public void newDocument() {
        load(LoadedDesign.of(Design.empty(UNTITLED)), null);
    }

    public void open(Path path) throws IOException, DesignFormatException {
        Objects.requireNonNull(path, "path");
        load(DesignYaml.read(path), path.toAbsolutePath());
    }

    /** Opens the built-in welcome example, untitled, so a save asks where to put it. */
    public void openExample() throws IOException, DesignFormatException {
        try (InputStream in = DocumentViewModel.class.getResourceAsStream(EXAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IOException("built-in example missing: " + EXAMPLE_RESOURCE);
            }
            load(DesignYaml.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "welcome.mvtd.yaml"), null);
        }
    }

    /** Takes recovered work as the document: dirty, belonging to its original file if it had one. */
    public void adoptRecovered(RecoveryStore.Recovery r) {
        base = LoadedDesign.of(r.design());
        sourceMap.set(SourceMap.empty());
        design.set(r.design());
        file.set(r.original());
        undo.resetUnsaved();
    }

    private void load(LoadedDesign loaded, Path path) {
        base = loaded;
        sourceMap.set(loaded.sourceMap());
        design.set(loaded.design());
        file.set(path);
        undo.reset();
        clearRecovery();
    }

    /** Saves to the document's file atomically. */
    public void save() throws IOException {
        Path f = file.get();
        if (f == null) {
            throw new IllegalStateException("an untitled document needs save-as");
        }
        saveAs(f);
    }

    /** The design name a file gives: its name without {@code .mvtd.yaml} (or {@code .yaml}). */
    static String nameFor(Path path) {
        String n = String.valueOf(path.getFileName());
        return n.replaceFirst("(\\.mvtd)?\\.ya?ml$", "");
    }

    public void saveAs(Path path) throws IOException {
        Objects.requireNonNull(path, "path");
        Design named = design.get();
        if (named.name().isBlank() || UNTITLED.equals(named.name())) {
            // A design without a name of its own takes the name it is saved under, as documents do.
            named = named.withName(nameFor(path));
        }
        LoadedDesign out = base.withDesign(named);
        DesignYaml.save(out, path);
        base = out;
        design.set(named);
        file.set(path.toAbsolutePath());
        undo.markSaved();
        clearRecovery();
    }

    /** Writes the recovery file when there is unsaved work; returns whether it wrote. */
    public boolean autosave() throws IOException {
        if (!isDirty()) {
            return false;
        }
        recovery.write(design.get(), file.get());
        return true;
    }

    /** Removes the recovery file (after a save, a load or a clean exit). */
    public void clearRecovery() {
        try {
            recovery.clear();
        } catch (IOException e) {
            LOG.warn("could not delete the recovery file: {}", e.getMessage());
        }
    }
}
