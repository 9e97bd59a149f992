package org.mvtd.app.ui.live.view;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.mvtd.app.ui.live.LiveGlyphs;
import org.mvtd.app.ui.live.plan.TeardownPreview;
import org.mvtd.app.ui.theme.Styles;

/** Confirms a teardown listing exactly the links (and guests' /dev nodes) that will be deleted. */
public final class TeardownDialog {
    public static final String DELETE = "Delete";

    private TeardownDialog() {
    }

    /** Shows {@code t}; {@code confirmed} runs when the user presses Delete. */
    public static Dialog<ButtonType> show(Window owner, TeardownPreview t, Runnable confirmed) {
        Dialog<ButtonType> d = LiveDialogs.confirmation(owner, "Tear down on " + t.host(), DELETE, t.nothingToDo(),
                content(t), confirmed);
        d.show();
        return d;
    }

    static Node content(TeardownPreview t) {
        VBox box = new VBox(6);
        box.setPadding(new Insets(4));
        box.setPrefWidth(520);
        if (t.nothingToDo()) {
            box.getChildren().add(LiveDialogs.heading("Nothing to tear down: no link on " + t.host() + " carries this design's mark ("
                    + t.designId() + ").", LiveGlyphs.AGREE, Styles.STEP_GLYPH));
            return box;
        }
        box.getChildren().add(LiveDialogs.heading("Delete these " + t.links().size() + " links from " + t.host() + "?",
                LiveGlyphs.DELETE, Styles.STEP_GLYPH));
        ListView<String> list = new ListView<>();
        t.links().forEach(n -> list.getItems().add(n + (t.macvtaps().contains(n) ? "  (macvtap, with its guest /dev node)" : "")));
        list.setPrefHeight(Math.min(300, 26 * t.links().size() + 6));
        list.getStyleClass().add(Styles.PLAN_STEP);
        Label note = new Label("Only links marked as made by this design (" + t.designId()
                + ") are deleted; lower devices and other links are never touched.");
        note.setWrapText(true);
        note.getStyleClass().add(Styles.SUBTITLE);
        box.getChildren().addAll(list, note);
        return box;
    }
}
