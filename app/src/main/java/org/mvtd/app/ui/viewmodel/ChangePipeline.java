package org.mvtd.app.ui.viewmodel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.mvtd.model.edit.ChangeSet;

/**
 * The one path a design change takes through the window: the document publishes one {@link ChangeSet} per
 * edit, undo, redo or load, and each reaction gets it once, stage by stage in a fixed order, so the inspector
 * always reads problems the validation stage has already updated and the canvas colours with fresh reach.
 */
public final class ChangePipeline {
    /** The stages, in the order they react. */
    public enum Stage {
        /** drop selected elements that are gone */
        SELECTION,
        /** re-validate */
        VALIDATION,
        /** recompute reachability (after validation: a mark on an element in error says so) */
        REACH,
        /** redraw (the canvas coalesces to one redraw per pulse itself) */
        CANVAS,
        /** refresh the property form */
        INSPECTOR,
        /** live mode: the subscription follows the design's host */
        LIVE,
        /** teaching windows follow the design */
        TEACHING,
        /** the window: fit a freshly opened design */
        WINDOW
    }

    private final Map<Stage, List<Consumer<ChangeSet>>> reactions = new EnumMap<>(Stage.class);
    private final Deque<ChangeSet> pending = new ArrayDeque<>();
    private boolean publishing;

    /** Adds {@code reaction} to {@code stage}; reactions of one stage run in the order they were added. */
    public void on(Stage stage, Consumer<ChangeSet> reaction) {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reaction, "reaction");
        reactions.computeIfAbsent(stage, s -> new ArrayList<>()).add(reaction);
    }

    /**
     * Hands {@code c} to every stage in order. A change made by a reaction waits until this one has reached
     * every stage, so no stage ever sees two changes interleaved.
     */
    void publish(ChangeSet c) {
        pending.add(Objects.requireNonNull(c, "c"));
        if (publishing) {
            return;
        }
        publishing = true;
        try {
            while (!pending.isEmpty()) {
                ChangeSet next = pending.remove();
                for (Stage s : Stage.values()) {
                    for (Consumer<ChangeSet> r : reactions.getOrDefault(s, List.of())) {
                        r.accept(next);
                    }
                }
            }
        } finally {
            publishing = false;
            pending.clear();
        }
    }
}
