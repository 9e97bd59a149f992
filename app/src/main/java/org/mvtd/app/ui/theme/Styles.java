package org.mvtd.app.ui.theme;

import javafx.css.PseudoClass;
import org.mvtd.model.edit.ElementKind;
import org.mvtd.app.ui.viewmodel.ReachMark;

/** Every style-class and pseudo-class name the views use, in one place (the CSS uses the same strings). */
public final class Styles {
    private Styles() {
    }

    public static final String ELEMENT = "mvtd-element";
    public static final String HOST_BOX = "mvtd-host-box";
    public static final String HOST_FILL = "mvtd-host-fill";
    public static final String HOST_HEADER = "mvtd-host-header";
    public static final String MACVLAN = "mvtd-macvlan";
    /** A container guest's card and palette item (a guest kind of its own look). */
    public static final String CONTAINER = "mvtd-container";
    public static final String GLYPH = "mvtd-glyph";
    public static final String GLYPH_BOX = "mvtd-glyph-box";
    public static final String TITLE = "mvtd-title";
    public static final String SUBTITLE = "mvtd-subtitle";
    public static final String BADGE = "mvtd-badge";
    public static final String BADGE_GLYPH = "mvtd-badge-glyph";
    public static final String CONNECTOR = "mvtd-connector";
    public static final String CARD_CONTENT = "mvtd-card-content";

    public static final String LINK = "mvtd-link";
    public static final String LINK_CABLE = "mvtd-link-cable";
    public static final String LINK_LOWER = "mvtd-link-lower";
    public static final String LINK_NIC = "mvtd-link-nic";
    public static final String LINK_LABEL = "mvtd-link-label";
    public static final String LINK_HANDLE = "mvtd-link-handle";
    public static final String NOTE = "mvtd-note";
    public static final String INLINE_EDITOR = "mvtd-inline-editor";
    public static final String FIND_BAR = "mvtd-find-bar";

    public static final String CANVAS = "mvtd-canvas";
    public static final String GRID = "mvtd-grid";
    public static final String RUBBER_BAND = "mvtd-rubber-band";
    public static final String CONNECT_LINE = "mvtd-connect-line";
    public static final String TOAST = "mvtd-toast";
    public static final String LEGEND = "mvtd-legend";
    public static final String LEGEND_TITLE = "mvtd-legend-title";
    public static final String LEGEND_ROW = "mvtd-legend-row";
    public static final String MINIMAP = "mvtd-minimap";
    public static final String MINIMAP_ELEMENT = "mvtd-minimap-element";
    public static final String MINIMAP_VIEWPORT = "mvtd-minimap-viewport";
    public static final String MINIMAP_TOGGLE = "mvtd-minimap-toggle";
    public static final String ZOOM_BAR = "mvtd-zoom-bar";
    public static final String GHOST = "mvtd-ghost";
    public static final String HINT = "mvtd-hint";

    public static final String PALETTE = "mvtd-palette";
    public static final String PALETTE_ITEM = "mvtd-palette-item";
    public static final String PANEL_TITLE = "mvtd-panel-title";
    public static final String INSPECTOR = "mvtd-inspector";
    public static final String FIELD_ERROR = "mvtd-field-error";
    public static final String FIELD_NOTE = "mvtd-field-note";
    public static final String PROBLEMS = "mvtd-problems";
    public static final String PROBLEM_ERROR = "mvtd-problem-error";
    public static final String PROBLEM_WARNING = "mvtd-problem-warning";
    /** The badge on a canvas element a validation problem names (with {@link #PROBLEM_ERROR} or {@link #PROBLEM_WARNING}). */
    public static final String PROBLEM_BADGE = "mvtd-problem-badge";
    /** The glyph in a problem badge: not {@link #GLYPH}, whose colour follows the element's kind and state. */
    public static final String PROBLEM_GLYPH = "mvtd-problem-glyph";
    public static final String STATUS_BAR = "mvtd-status-bar";
    public static final String STATUS_ITEM = "mvtd-status-item";

    public static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    public static final PseudoClass DOWN = PseudoClass.getPseudoClass("down");
    public static final PseudoClass ON_PATH = PseudoClass.getPseudoClass("on-path");
    public static final PseudoClass HOVER_TARGET = PseudoClass.getPseudoClass("hover-target");
    /** A target a drag would be refused on: drawn red, never as a valid target. */
    public static final PseudoClass REFUSED_TARGET = PseudoClass.getPseudoClass("refused-target");
    public static final PseudoClass FOUND = PseudoClass.getPseudoClass("found");
    public static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    public static final PseudoClass HAS_ERROR = PseudoClass.getPseudoClass("has-error");
    public static final PseudoClass FAR = PseudoClass.getPseudoClass("far");
    public static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");

    // ---- live mode: the state pill, banner, status indicator and dialogs ----
    public static final String LIVE_SCOPE = "mvtd-live-scope";
    public static final String LIVE_PILL = "mvtd-live-pill";
    public static final String LIVE_LEGEND = "mvtd-live-legend";
    public static final String LIVE_GLYPH = "mvtd-live-glyph";
    public static final String LIVE_FLAPS = "mvtd-live-flaps";
    public static final String LAB_GLYPH = "mvtd-lab-glyph";
    public static final String LIVE_TIP = "mvtd-live-tip";
    public static final String SPARKLINE = "mvtd-sparkline";
    public static final String SPARK_RX = "mvtd-spark-rx";
    public static final String SPARK_TX = "mvtd-spark-tx";
    public static final String BANNER = "mvtd-banner";
    public static final String BANNER_HEADLINE = "mvtd-banner-headline";
    public static final String BANNER_ADVICE = "mvtd-banner-advice";
    public static final String CONNECTION = "mvtd-connection";
    public static final String CONNECTION_DOT = "mvtd-connection-dot";
    public static final String PLAN_DIALOG = "mvtd-plan-dialog";
    public static final String PLAN_GROUP = "mvtd-plan-group";
    public static final String PLAN_STEP = "mvtd-plan-step";
    public static final String STEP_GLYPH = "mvtd-step-glyph";
    public static final String OUTCOME = "mvtd-outcome";
    public static final String OUTCOME_REASON = "mvtd-outcome-reason";
    public static final String VERIFY_LIST = "mvtd-verify-list";
    public static final String FOREIGN_NOTE = "mvtd-foreign-note";
    public static final PseudoClass FLAPPING = PseudoClass.getPseudoClass("flapping");
    public static final PseudoClass VANISHED = PseudoClass.getPseudoClass("vanished");
    public static final PseudoClass FOREIGN = PseudoClass.getPseudoClass("foreign");
    public static final PseudoClass OK = PseudoClass.getPseudoClass("ok");
    public static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    public static final PseudoClass DONE = PseudoClass.getPseudoClass("done");

    /** A pseudo-class by name, for the live marks' and connection states' own names. */
    public static PseudoClass pseudo(String name) {
        return PseudoClass.getPseudoClass(name);
    }
    // ---- end of live mode

    /** The style class of an element kind's skin: {@code mvtd-switch}, {@code mvtd-endpoint}... */
    public static String kind(ElementKind k) {
        return "mvtd-" + k.label();
    }

    /** The pseudo-class of a reach mark: {@code :reach-ping}, {@code :unreachable}... */
    public static PseudoClass mark(ReachMark m) {
        return PseudoClass.getPseudoClass(m.pseudoClass());
    }
}
