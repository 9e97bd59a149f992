package org.mvtd.app.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import org.mvtd.app.ui.canvas.CanvasViewModel;
import org.mvtd.app.ui.inspector.InspectorViewModel;
import org.mvtd.app.ui.io.RecoveryStore;
import org.mvtd.app.ui.io.Settings;
import org.mvtd.app.ui.live.LiveServices;
import org.mvtd.app.ui.live.LiveViewModel;
import org.mvtd.app.ui.problems.ProblemsViewModel;
import org.mvtd.app.ui.teach.Workbench;
import org.mvtd.app.ui.viewmodel.DocumentViewModel;
import org.mvtd.app.ui.viewmodel.Notice;
import javafx.beans.property.ObjectProperty;
import org.mvtd.app.ui.viewmodel.IpFamily;
import org.mvtd.app.ui.viewmodel.ReachViewModel;
import org.mvtd.app.ui.viewmodel.SelectionModel;
import org.mvtd.app.ui.viewmodel.Template;
import org.mvtd.model.Design;
import org.mvtd.model.yaml.DesignFormatException;
import org.mvtd.model.yaml.DesignYaml;
import org.mvtd.model.yaml.LoadedDesign;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's state and file workflow: start-up (recovery, file, recent, example), open, save,
 * the unsaved-work prompt, autosave and recent files. Everything else lives in the panel view models.
 */
public final class MainViewModel implements Workbench {
    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);
    public static final String EXTENSION = ".mvtd.yaml";
    /** How long a status message stays when nothing else happens. */
    static final Duration STATUS_LIFETIME = Duration.seconds(10);

    private final Settings settings;
    private final RecoveryStore recovery;
    private final Dialogs dialogs;
    private final DocumentViewModel doc;
    private final SelectionModel selection = new SelectionModel();
    private final ReachViewModel reach;
    private final ProblemsViewModel problems;
    private final CanvasViewModel canvas;
    private final InspectorViewModel inspector;
    private final LiveViewModel live;
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private DocumentHost tabs;
    private PauseTransition statusExpiry; // made on first use: view-model tests run without the FX toolkit

    public MainViewModel(Settings settings, RecoveryStore recovery, Dialogs dialogs) {
        this(settings, recovery, dialogs, LiveServices.system());
    }

    /** With live mode's services given (tests: an in-process helper over a fake kernel). */
    public MainViewModel(Settings settings, RecoveryStore recovery, Dialogs dialogs, LiveServices liveServices) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.recovery = Objects.requireNonNull(recovery, "recovery");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        doc = new DocumentViewModel(recovery);
        reach = new ReachViewModel(doc, selection);
        problems = new ProblemsViewModel(doc, selection);
        reach.judgeWith(problems::problems);
        canvas = new CanvasViewModel(doc, selection, reach);
        problems.watchReach(canvas.quickFixes());
        inspector = new InspectorViewModel(doc, selection);
        live = new LiveViewModel(doc, liveServices, this::confirmLoseWork); // live-mode hook
        canvas.setReadOnly(live::isForeign);
        canvas.noticeProperty().addListener((o, a, b) -> {
            if (b != null) {
                say(b.text());
            }
        });
        recent.setAll(settings.recentFiles());
        reach.familyProperty().set(IpFamily.parse(settings.get(IpFamily.SETTING, "")));
        reach.familyProperty().addListener((o, a, b) -> settings.put(IpFamily.SETTING, b.name()));
        // A message is about the last thing done: the next edit, undo or load makes it stale.
        doc.designProperty().addListener((o, a, b) -> status.set(""));
    }

    @Override public DocumentViewModel document() { return doc; }
    @Override public SelectionModel selection() { return selection; }
    public ReachViewModel reach() { return reach; }
    @Override public ObjectProperty<IpFamily> reachFamily() { return reach.familyProperty(); }
    public ProblemsViewModel problems() { return problems; }
    public CanvasViewModel canvas() { return canvas; }
    public InspectorViewModel inspector() { return inspector; }
    public LiveViewModel live() { return live; }
    @Override public Settings settings() { return settings; }
    @Override public ObservableList<Path> recentFiles() { return recent; }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    @Override
    public void say(String text) {
        status.set(text);
        if (Platform.isFxApplicationThread()) {
            if (statusExpiry == null) {
                statusExpiry = new PauseTransition(STATUS_LIFETIME);
                statusExpiry.setOnFinished(e -> status.set(""));
            }
            statusExpiry.playFromStart();
        }
    }

    /**
     * Opens what the session starts with: unsaved work from a crash (if the user takes it back), else
     * {@code file}, else the most recent file, else (first start) the built-in example.
     */
    public void start(Path file) {
        if (offerRecovery()) {
            return;
        }
        if (file != null && openQuietly(file)) {
            return;
        }
        if (file == null && settings.existed()) {
            for (Path p : recent) {
                if (Files.isRegularFile(p) && openQuietly(p)) {
                    return;
                }
            }
        }
        openExample();
    }

    boolean offerRecovery() {
        Optional<RecoveryStore.Recovery> found;
        try {
            found = recovery.find();
        } catch (IOException | DesignFormatException | RuntimeException e) {
            LOG.warn("unreadable recovery file, discarding it: {}", e.getMessage());
            doc.clearRecovery();
            return false;
        }
        if (found.isEmpty()) {
            return false;
        }
        RecoveryStore.Recovery r = found.get();
        if (dialogs.offerRecovery(r)) {
            doc.adoptRecovered(r);
            say("Recovered unsaved work from " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .withZone(ZoneId.systemDefault()).format(r.savedAt()) + ". Save it to keep it.");
            return true;
        }
        doc.clearRecovery();
        return false;
    }

    private boolean openQuietly(Path p) {
        if (tabs != null && tabs.select(p)) {
            return true;
        }
        try {
            LoadedDesign loaded = DesignYaml.read(p);
            MainViewModel into = tabs == null ? this : tabs.tabFor(this);
            into.doc.open(loaded, p);
            into.remember(p);
            into.say("Opened " + p.getFileName());
            return true;
        } catch (DesignFormatException e) {
            RepairOffer.offer(dialogs, p, e, this::openQuietly);
            return false;
        } catch (IOException | RuntimeException e) {
            dialogs.error("Could not open " + p.getFileName(), message(e));
            return false;
        }
    }

    @Override
    public void openExample() {
        if (!confirmLoseWork()) {
            return;
        }
        try {
            doc.openExample();
            say("Welcome: this example puts two bridge-mode guests on one NIC. Click a node to see whom it reaches.");
        } catch (IOException | DesignFormatException | RuntimeException e) {
            LOG.warn("built-in example failed to load", e);
            doc.newDocument();
            say("The built-in example could not be loaded: " + message(e));
        }
    }

    @Override
    public void newDocument() {
        target().ifPresent(t -> {
            t.doc.newDocument();
            t.say("New design: drag elements from the palette.");
        });
    }

    @Override
    public void open() {
        if (tabs == null && !confirmLoseWork()) {
            return;
        }
        dialogs.chooseOpen(startDir()).ifPresent(this::openQuietly);
    }

    /** Opens {@code p} after asking about unsaved work (recent files menu). */
    @Override
    public boolean open(Path p) {
        return (tabs != null || confirmLoseWork()) && openQuietly(p);
    }

    /** Saves to the document's file, or asks where for an untitled one; false when nothing was saved. */
    public boolean save() {
        Optional<Path> f = doc.file();
        return f.isPresent() ? saveTo(f.get()) : saveAs();
    }

    public boolean saveAs() {
        String suggested = doc.file().map(p -> String.valueOf(p.getFileName()))
                .orElse(doc.design().name().replaceAll("[^A-Za-z0-9._-]+", "-") + EXTENSION);
        Optional<Path> p = dialogs.chooseSave("Save design", suggested, startDir(), "Designs (*.mvtd.yaml)", EXTENSION);
        return p.isPresent() && saveTo(withExtension(p.get(), EXTENSION));
    }

    static Path withExtension(Path p, String ext) {
        String name = String.valueOf(p.getFileName());
        return name.endsWith(ext) || (ext.equals(EXTENSION) && name.endsWith(".yaml")) ? p : p.resolveSibling(name + ext);
    }

    private boolean saveTo(Path p) {
        if (readOnly(p) && !dialogs.confirmReplaceReadOnly(p)) {
            say(p.getFileName() + " is read-only: not saved");
            return false;
        }
        try {
            doc.saveAs(p);
            remember(p);
            say("Saved " + p.getFileName());
            return true;
        } catch (IOException | RuntimeException e) {
            dialogs.error("Could not save " + p.getFileName(), message(e) + "\nThe file on disk was not changed.");
            return false;
        }
    }

    /**
     * Whether {@code p} exists without its owner's write permission. The bits, not {@link Files#isWritable}:
     * root may write anything, and a 0444 file is still one its owner meant to keep.
     */
    static boolean readOnly(Path p) {
        if (!Files.exists(p)) {
            return false;
        }
        try {
            return !Files.getPosixFilePermissions(p).contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return !Files.isWritable(p);
        }
    }

    /** Asks about unsaved work; true when it is safe to replace or close the document. */
    public boolean confirmLoseWork() {
        if (!doc.isDirty()) {
            return true;
        }
        return switch (dialogs.askUnsaved(doc.displayName())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** Writes the recovery file if there is unsaved work (called on a timer). */
    public void autosave() {
        try {
            if (doc.autosave()) {
                LOG.debug("autosaved");
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("autosave failed: {}", e.getMessage());
        }
    }

    /** A clean exit: the user has already been asked, so no recovery is left behind. */
    public void shutdown() {
        live.disconnect();
        doc.clearRecovery();
        settings.save();
    }

    private void remember(Path p) {
        settings.addRecent(p);
        recent.setAll(settings.recentFiles());
        reach.familyProperty().set(IpFamily.parse(settings.get(IpFamily.SETTING, "")));
        reach.familyProperty().addListener((o, a, b) -> settings.put(IpFamily.SETTING, b.name()));
        settings.save();
    }

    /** Where file choosers start: the document's folder, else the most recent file's. */
    Path startDir() {
        return doc.file().map(Path::getParent).orElseGet(() -> recent.isEmpty() ? null : recent.get(0).getParent());
    }

    public void post(Notice n) {
        canvas.post(n);
    }

    Dialogs dialogs() {
        return dialogs;
    }

    /**
     * Makes {@code d} the document, untitled, as one undo step named {@code label} (imports), after the
     * unsaved-work question; false when the user kept the current work.
     */
    Optional<MainViewModel> adopt(String label, Design d) {
        Optional<MainViewModel> t = target();
        t.ifPresent(into -> {
            into.doc.newDocument();
            into.doc.change(label, d);
        });
        return t;
    }

    /** Opens a shipped example as a new untitled design (File \u2192 New from Template). */
    public void openTemplate(Template t) {
        target().ifPresent(into -> {
            try {
                into.doc.openTemplate(t);
                into.say(t.title() + ": " + t.description() + ".");
            } catch (IOException | DesignFormatException | RuntimeException e) {
                dialogs.error("Could not open the example " + t.title(), message(e));
            }
        });
    }

    /** The window's tabs, when it has several documents; New, Open, templates and imports then open a tab. */
    public void setTabs(DocumentHost host) {
        this.tabs = host;
    }

    /** Closes this document's tab (after the unsaved-work question); a window without tabs has none to close. */
    public void closeTab() {
        if (tabs != null) {
            tabs.close(this);
        }
    }

    /** Whether the document is empty and untouched, so a new document may take its place instead of a tab. */
    public boolean isBlank() {
        Design d = doc.design();
        return !doc.isDirty() && doc.file().isEmpty() && !doc.undoManager().canUndo() && d.hosts().isEmpty()
                && d.switches().isEmpty() && d.stations().isEmpty() && d.guests().isEmpty();
    }

    /** Where a new document goes: a tab of the window's, else this one after the unsaved-work question. */
    private Optional<MainViewModel> target() {
        if (tabs != null) {
            return Optional.of(tabs.tabFor(this));
        }
        return confirmLoseWork() ? Optional.of(this) : Optional.empty();
    }

    /** Reads the recent files again (another tab changed them). */
    void reloadRecent() {
        List<Path> now = settings.recentFiles();
        if (!recent.equals(now)) { // unchanged lists stay quiet, so tabs telling each other stop here
            recent.setAll(now);
        }
    }

    /** Takes {@code p} off the recent files (File \u2192 Open Recent, for a file that is gone). */
    public void forgetRecent(Path p) {
        settings.removeRecent(p);
        recent.setAll(settings.recentFiles());
        reach.familyProperty().set(IpFamily.parse(settings.get(IpFamily.SETTING, "")));
        reach.familyProperty().addListener((o, a, b) -> settings.put(IpFamily.SETTING, b.name()));
        settings.save();
    }

    public List<Path> recent() {
        return List.copyOf(recent);
    }

    static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
