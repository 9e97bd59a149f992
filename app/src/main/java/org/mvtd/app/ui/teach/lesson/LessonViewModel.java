package org.mvtd.app.ui.teach.lesson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.mvtd.app.ui.teach.common.Progress;
import org.mvtd.model.edit.ElementKind;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.Elements;
import org.mvtd.app.ui.viewmodel.ReachViewModel;
import org.mvtd.model.Design;
import org.mvtd.model.Guest;
import org.mvtd.model.lesson.Answer;
import org.mvtd.model.lesson.Grade;
import org.mvtd.model.lesson.Lesson;
import org.mvtd.model.lesson.Lessons;
import org.mvtd.model.lesson.Question;

/**
 * One guided lesson, without a stage: for each question, the bundled design, the candidates the
 * learner decides about, their predictions (toggled by clicking), then the graded reveal with the
 * engine's reasons and the takeaway. Finishing the last question records the lesson as completed.
 */
public final class LessonViewModel {
    /** Where the learner is within a question. */
    public enum Phase { PREDICT, REVEALED }

    private final Lesson lesson;
    private final Progress progress;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", 0);
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.PREDICT);
    private final ReadOnlyObjectWrapper<Design> design = new ReadOnlyObjectWrapper<>(this, "design");
    private final ReadOnlyObjectWrapper<Grade> grade = new ReadOnlyObjectWrapper<>(this, "grade");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final ObservableList<String> candidates = FXCollections.observableArrayList();
    private final ObservableSet<String> predicted = FXCollections.observableSet();
    // Kept: unmodifiable wrappers hold their listeners weakly on the collection.
    private final ObservableList<String> candidatesView = FXCollections.unmodifiableObservableList(candidates);
    private final ObservableSet<String> predictedView = FXCollections.unmodifiableObservableSet(predicted);

    public LessonViewModel(Lesson lesson, Progress progress) {
        this.lesson = Objects.requireNonNull(lesson, "lesson");
        this.progress = Objects.requireNonNull(progress, "progress");
        load();
    }

    public Lesson lesson() { return lesson; }
    public ReadOnlyIntegerProperty indexProperty() { return index.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Phase> phaseProperty() { return phase.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Design> designProperty() { return design.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Grade> gradeProperty() { return grade.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty finishedProperty() { return finished.getReadOnlyProperty(); }
    public ObservableList<String> candidates() { return candidatesView; }
    public ObservableSet<String> predicted() { return predictedView; }

    public Question question() {
        return lesson.questions().get(index.get());
    }

    public Design design() {
        return design.get();
    }

    public Phase phase() {
        return phase.get();
    }

    public boolean hasNext() {
        return index.get() + 1 < lesson.questions().size();
    }

    /** "Question 2 of 3". */
    public String counter() {
        return "Question " + (index.get() + 1) + " of " + lesson.questions().size();
    }

    private void load() {
        Question q = question();
        predicted.clear();
        grade.set(null);
        design.set(Lessons.designOf(q));
        candidates.setAll(Lessons.candidates(q));
        phase.set(Phase.PREDICT);
    }

    /** The source node of the question. */
    public String source() {
        return question().from();
    }

    /** The candidate a canvas element stands for (a guest: its endpoint; a host: its stack), if any. */
    public Optional<String> candidateOf(ElementRef r) {
        String node = r == null ? null : ReachViewModel.nodeFor(design.get(), r);
        return node != null && candidates.contains(node) ? Optional.of(node) : Optional.empty();
    }

    /** Clicking a node: toggles "I think the source can ping it". Ignored after the reveal. */
    public boolean toggle(String node) {
        if (phase.get() != Phase.PREDICT || !candidates.contains(node)) {
            return false;
        }
        if (!predicted.remove(node)) {
            predicted.add(node);
        }
        return true;
    }

    public void setPredicted(String node, boolean on) {
        if (phase.get() == Phase.PREDICT && candidates.contains(node) && on != predicted.contains(node)) {
            toggle(node);
        }
    }

    /** Grades the predictions with the engine. */
    public Grade reveal() {
        Grade g = Lessons.grade(question(), predicted);
        grade.set(g);
        phase.set(Phase.REVEALED);
        if (!hasNext()) {
            progress.complete(lesson.id());
            finished.set(true);
        }
        return g;
    }

    /** Clears the predictions of this question to try again. */
    public void retry() {
        load();
    }

    /** Moves to the next question; false at the last one. */
    public boolean next() {
        if (!hasNext()) {
            return false;
        }
        index.set(index.get() + 1);
        load();
        return true;
    }

    /** The answer about {@code node} after the reveal. */
    public Optional<Answer> answer(String node) {
        Grade g = grade.get();
        return g == null ? Optional.empty() : g.answers().stream().filter(a -> a.node().equals(node)).findFirst();
    }

    /** A sentence for the reveal list: "db (kvmhost/macvtap1) — can ping: you said it cannot". */
    public static String verdictText(Answer a) {
        String truth = a.expected() ? "can ping" : "cannot ping";
        return a.correct() ? "right: " + truth : "wrong: it " + truth + ", you said it " + (a.predicted() ? "can" : "cannot");
    }

    /**
     * The elements that show one candidate on the canvas: its own element and, for an endpoint, its guest
     * (learners click the guest they see).
     */
    public Map<String, List<ElementRef>> elementsOfCandidates() {
        Design d = design.get();
        Map<String, List<ElementRef>> out = new HashMap<>();
        for (String c : candidates) {
            List<ElementRef> refs = new ArrayList<>();
            ElementRef r = ReachViewModel.refForNode(d, c);
            if (r != null) {
                refs.add(r);
                if (r.kind() == ElementKind.ENDPOINT) {
                    Elements.guestOn(d, r).map(Guest::name).map(ElementRef::guest).ifPresent(refs::add);
                }
            }
            out.put(c, refs);
        }
        return out;
    }

    /** A readable name for a node: the guest's name with the node id, else the id. */
    public String displayName(String node) {
        Design d = design.get();
        ElementRef r = ReachViewModel.refForNode(d, node);
        if (r != null && r.kind() == ElementKind.ENDPOINT) {
            Optional<Guest> g = Elements.guestOn(d, r);
            if (g.isPresent()) {
                return g.get().name() + " (" + node + ")";
            }
        }
        if (r != null && r.kind() == ElementKind.DEVICE) {
            return node + " (host stack)";
        }
        return node;
    }
}
