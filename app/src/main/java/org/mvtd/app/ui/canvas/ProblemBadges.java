package org.mvtd.app.ui.canvas;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.SVGPath;
import javafx.util.Duration;
import org.mvtd.app.ui.theme.Glyphs;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.app.ui.viewmodel.ProblemSubjects;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.validate.Problem;

/**
 * Puts a badge on every element a validation problem names (both ends of a clash): an error or warning glyph whose
 * tooltip lists each problem with its fix. Follows the validator's list, which changes once per edit.
 */
public final class ProblemBadges implements CanvasDecorator {
    private final CanvasLayers layers;
    private final ObservableList<Problem> problems;
    private Map<ElementRef, List<Problem>> index;

    public ProblemBadges(CanvasLayers layers, ObservableList<Problem> problems) {
        this.layers = Objects.requireNonNull(layers, "layers");
        this.problems = Objects.requireNonNull(problems, "problems");
        index = ProblemSubjects.index(problems);
        problems.addListener((ListChangeListener<Problem>) c -> refresh());
        layers.addDecorator(this);
    }

    @Override
    public void created(ElementSkin skin) {
        show(skin, index.getOrDefault(skin.ref(), List.of()));
    }

    @Override
    public void disposed(ElementSkin skin) {
        skin.setProblemBadge(null);
    }

    /** Re-badges only the elements whose problems changed: after most edits none or a few. */
    private void refresh() {
        Map<ElementRef, List<Problem>> next = ProblemSubjects.index(problems);
        Set<ElementRef> touched = new HashSet<>(index.keySet());
        touched.addAll(next.keySet());
        Map<ElementRef, List<Problem>> before = index;
        index = next;
        for (ElementRef r : touched) {
            List<Problem> now = next.getOrDefault(r, List.of());
            ElementSkin s = layers.skin(r);
            if (s != null && !now.equals(before.getOrDefault(r, List.of()))) {
                show(s, now);
            }
        }
    }

    private static void show(ElementSkin skin, List<Problem> mine) {
        if (mine.isEmpty()) {
            if (skin.problemBadge() != null) {
                skin.setProblemBadge(null);
            }
            return;
        }
        boolean error = mine.stream().anyMatch(Problem::isError);
        SVGPath glyph = Glyphs.path(error ? Glyphs.ERROR : Glyphs.WARNING, Styles.PROBLEM_GLYPH);
        Label badge = new Label(null, glyph);
        badge.getStyleClass().addAll(Styles.PROBLEM_BADGE, error ? Styles.PROBLEM_ERROR : Styles.PROBLEM_WARNING);
        badge.setAccessibleText(tooltipText(mine));
        Tooltip tip = new Tooltip(tooltipText(mine));
        tip.setShowDelay(Duration.millis(200));
        tip.setShowDuration(Duration.INDEFINITE);
        tip.setWrapText(true);
        tip.setMaxWidth(460);
        badge.setTooltip(tip);
        skin.setProblemBadge(badge);
    }

    /** One line per problem: its severity, what is wrong and how to fix it. */
    static String tooltipText(List<Problem> mine) {
        return mine.stream().map(p -> (p.isError() ? "Error: " : "Warning: ") + p.message()
                        + (p.fix().isEmpty() ? "" : "\n    " + p.fix()))
                .collect(Collectors.joining("\n"));
    }
}
