package org.mvtd.app.ui.live.view;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.mvtd.app.ui.live.LiveGlyphs;
import org.mvtd.app.ui.live.plan.PlanPreview;
import org.mvtd.app.ui.theme.Glyphs;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.backend.link.Step;

/**
 * The dry run: every step the helper would take, grouped by kind with counts, each with its glyph and
 * colour, destructive groups first. Apply runs exactly this plan (its digest); Cancel changes nothing.
 */
public final class PlanDialog {
    public static final String APPLY = "Apply";

    private PlanDialog() {
    }

    /** Shows {@code p}; {@code confirmed} runs when the user presses Apply. */
    public static Dialog<ButtonType> show(Window owner, PlanPreview p, Runnable confirmed) {
        Dialog<ButtonType> d = LiveDialogs.confirmation(owner, "Apply to " + p.host(), APPLY, p.nothingToDo(),
                content(p), confirmed);
        d.getDialogPane().setPrefWidth(640);
        d.show();
        return d;
    }

    static Node content(PlanPreview p) {
        VBox box = new VBox(2);
        box.setPadding(new Insets(4, 4, 4, 4));
        int n = p.plan().steps().size();
        String head = p.nothingToDo() ? "Nothing to do: " + p.host() + " already matches the design."
                : "Dry run for " + p.host() + ": " + n + (n == 1 ? " step" : " steps") + ", nothing changed yet";
        box.getChildren().add(LiveDialogs.heading(head, p.nothingToDo() ? LiveGlyphs.AGREE : LiveGlyphs.EDIT, Styles.STEP_GLYPH));
        if (!p.nothingToDo()) {
            Label counts = new Label(p.counts());
            counts.setId("plan-counts");
            counts.getStyleClass().add(Styles.BANNER_ADVICE);
            box.getChildren().add(counts);
        }
        if (p.destructive()) {
            Label warn = new Label("Deleted and replaced links drop the traffic of the guests on them.");
            warn.getStyleClass().add(Styles.FOREIGN_NOTE);
            warn.setGraphic(Glyphs.path(Glyphs.WARNING, Styles.GLYPH));
            box.getChildren().add(warn);
        }
        VBox steps = new VBox(1);
        for (PlanPreview.Group g : p.groups()) {
            Label title = new Label(g.title() + " (" + g.steps().size() + ")");
            title.getStyleClass().addAll(Styles.PLAN_GROUP, g.kind().wireName());
            title.setGraphic(Glyphs.path(LiveGlyphs.of(g.kind()), Styles.STEP_GLYPH));
            steps.getChildren().add(title);
            for (Step s : g.steps()) {
                Label l = new Label(s.name() + "  \u2014  " + s.reason());
                l.getStyleClass().addAll(Styles.PLAN_STEP, g.kind().wireName());
                l.setGraphic(Glyphs.path(LiveGlyphs.of(g.kind()), Styles.STEP_GLYPH));
                steps.getChildren().add(l);
            }
        }
        ScrollPane scroll = new ScrollPane(steps);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(360, 26 * (p.plan().steps().size() + p.groups().size()) + 8));
        if (!p.nothingToDo()) {
            box.getChildren().add(scroll);
            Label digest = new Label("Plan " + p.digest() + " \u00b7 group " + p.plan().group()
                    + " \u00b7 the helper refuses if the machine changes before you apply.");
            digest.getStyleClass().add(Styles.SUBTITLE);
            digest.setWrapText(true);
            box.getChildren().add(digest);
        }
        return box;
    }
}
