package org.mvtd.app.ui.teach.common;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.mvtd.app.ui.io.Settings;

/** Which lessons the learner has completed, remembered in the designer's settings file (XDG config). */
public final class Progress {
    static final String KEY = "lessons.completed";

    private final Settings settings;
    private final ObservableSet<String> completed = FXCollections.observableSet(new LinkedHashSet<>());
    // One wrapper for everyone: it holds its listeners weakly on the set, so a throw-away wrapper would lose them.
    private final ObservableSet<String> readOnly = FXCollections.unmodifiableObservableSet(completed);

    public Progress(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        String raw = settings.get(KEY, "");
        Arrays.stream(raw.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(completed::add);
    }

    /** Completed lesson ids; listen to it to refresh check marks. */
    public ObservableSet<String> completed() {
        return readOnly;
    }

    public boolean isCompleted(String lessonId) {
        return completed.contains(lessonId);
    }

    /** Records a completed lesson and writes the settings at once, so a crash does not lose it. */
    public void complete(String lessonId) {
        Objects.requireNonNull(lessonId, "lessonId");
        if (completed.add(lessonId)) {
            settings.put(KEY, completed.stream().collect(Collectors.joining(",")));
            settings.save();
        }
    }

    public Set<String> snapshot() {
        return Set.copyOf(completed);
    }
}
