package org.mvtd.app.ui.problems;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.mvtd.app.ui.fix.QuickFixes;
import org.mvtd.app.ui.viewmodel.DocumentViewModel;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.Elements;
import org.mvtd.app.ui.viewmodel.SelectionModel;
import org.mvtd.app.ui.viewmodel.ChangePipeline;
import org.mvtd.app.ui.viewmodel.ProblemSubjects;
import org.mvtd.model.validate.Problem;
import org.mvtd.model.validate.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live validation of the current design: errors first, then warnings; choosing one selects its element. With
 * {@link #watchReach} it also lists the hosts that cannot reach their own guests, with their quick fixes.
 */
public final class ProblemsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemsViewModel.class);

    private final DocumentViewModel doc;
    private final SelectionModel selection;
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper errors = new ReadOnlyIntegerWrapper(this, "errors");
    private final ReadOnlyIntegerWrapper warnings = new ReadOnlyIntegerWrapper(this, "warnings");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private UnreachablePairs unreachable;

    public ProblemsViewModel(DocumentViewModel doc, SelectionModel selection) {
        this.doc = Objects.requireNonNull(doc, "doc");
        this.selection = Objects.requireNonNull(selection, "selection");
        doc.changes().on(ChangePipeline.Stage.VALIDATION, c -> refresh());
        refresh();
    }

    public ObservableList<Problem> problems() { return problems; }
    public ReadOnlyIntegerProperty errorsProperty() { return errors.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty warningsProperty() { return warnings.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }

    /**
     * Lists, besides the validator's problems, each host that cannot reach its own guests, with the quick fixes
     * {@code fixes} finds (the window turns this on; without it the panel is the validator's alone).
     */
    public void watchReach(QuickFixes fixes) {
        unreachable = new UnreachablePairs(fixes);
        unreachable.entries().addListener((ListChangeListener<UnreachablePairs.Entry>) c -> summarise());
        summarise();
    }

    /** The hosts that cannot reach their guests; null until {@link #watchReach} was called. */
    public UnreachablePairs unreachable() {
        return unreachable;
    }

    public void refresh() {
        List<Problem> found;
        try {
            found = Validator.validate(doc.design(), doc.sourceMapProperty().get());
        } catch (RuntimeException e) {
            LOG.warn("validator failed", e);
            found = List.of(Problem.error("", "The validator failed on this design: " + e.getMessage(), ""));
        }
        problems.setAll(found);
        int e = (int) found.stream().filter(Problem::isError).count();
        errors.set(e);
        warnings.set(found.size() - e);
        summarise();
    }

    private void summarise() {
        int e = errors.get();
        int w = warnings.get();
        int hosts = unreachable == null ? 0 : unreachable.entries().size();
        String valid = e + w == 0 ? "" : plural(e, "error") + ", " + plural(w, "warning");
        String reach = hosts == 0 ? "" : hosts == 1 ? "1 host cannot reach its guests" : hosts + " hosts cannot reach their guests";
        summary.set(valid.isEmpty() && reach.isEmpty() ? "No problems"
                : valid.isEmpty() ? reach : reach.isEmpty() ? valid : valid + ", " + reach);
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** The problems about element {@code r}: at its own path or a field of it, or naming it as the other end of a clash. */
    public List<Problem> about(ElementRef r) {
        return problems.stream().filter(x -> ProblemSubjects.isAbout(x, r)).toList();
    }

    /** Selects the element {@code p} is about; returns it, or empty when it names none that exists. */
    public Optional<ElementRef> reveal(Problem p) {
        Optional<ElementRef> r = ElementRef.fromPath(p.path()).filter(x -> Elements.exists(doc.design(), x));
        r.ifPresent(selection::select);
        return r;
    }
}
