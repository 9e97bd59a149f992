package org.mvtd.app.ui.teach.common;

import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.scene.Parent;

/** Style-class and pseudo-class names of the teaching views (teach.css uses the same strings). */
public final class TeachStyles {
    private TeachStyles() {
    }

    public static final String SHEET = Objects.requireNonNull(TeachStyles.class.getResource("/org/mvtd/app/ui/teach/teach.css"), "teach.css")
            .toExternalForm();

    public static final String PANEL = "mvtd-teach-panel";
    public static final String HEADING = "mvtd-teach-heading";
    public static final String SUBHEADING = "mvtd-teach-subheading";
    public static final String BODY = "mvtd-teach-body";
    public static final String MUTED = "mvtd-teach-muted";
    public static final String NARRATION = "mvtd-teach-narration";
    public static final String OUTCOME = "mvtd-teach-outcome";
    public static final String EVENT_LIST = "mvtd-teach-events";
    public static final String EVENT_TICK = "mvtd-teach-event-tick";
    public static final String EVENT_AT = "mvtd-teach-event-at";
    public static final String EVENT_RULE = "mvtd-teach-event-rule";
    public static final String FRAME = "mvtd-teach-frame";
    public static final String FRAME_BODY = "mvtd-teach-frame-body";
    public static final String FRAME_GLYPH = "mvtd-teach-frame-glyph";
    public static final String ENVELOPE = "mvtd-teach-envelope";
    public static final String TRAIL = "mvtd-teach-trail";
    public static final String DROP = "mvtd-teach-drop";
    public static final String DROP_GLYPH = "mvtd-teach-drop-glyph";
    public static final String RECEIVER = "mvtd-teach-receiver";
    public static final String CHIP = "mvtd-teach-chip";
    public static final String TAKEAWAY = "mvtd-teach-takeaway";
    public static final String DIAGRAM = "mvtd-teach-diagram";
    public static final String MINI_TITLE = "mvtd-teach-mini-title";
    public static final String MINI = "mvtd-teach-mini";
    public static final String REFUSED = "mvtd-teach-refused";
    public static final String MATRIX = "mvtd-teach-matrix";
    public static final String MATRIX_CELL = "mvtd-teach-cell";
    public static final String MATRIX_HEADER = "mvtd-teach-matrix-header";
    public static final String START = "mvtd-teach-start";
    public static final String START_CARD = "mvtd-teach-start-card";
    public static final String START_LINK = "mvtd-teach-start-link";
    public static final String DONE_CHECK = "mvtd-teach-done";

    public static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    public static final PseudoClass DELIVERED = PseudoClass.getPseudoClass("delivered");
    public static final PseudoClass DROPPED = PseudoClass.getPseudoClass("dropped");
    public static final PseudoClass PREDICTED = PseudoClass.getPseudoClass("predicted");
    public static final PseudoClass CORRECT = PseudoClass.getPseudoClass("correct");
    public static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");
    public static final PseudoClass FOCUSED_MINI = PseudoClass.getPseudoClass("chosen");

    /** Adds the teaching sheet to {@code p} (node-level, so it survives the theme switch's scene reset). */
    public static <T extends Parent> T styled(T p) {
        if (!p.getStylesheets().contains(SHEET)) {
            p.getStylesheets().add(SHEET);
        }
        return p;
    }
}
