package org.mvtd.app.ui.theme;

import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;
import org.mvtd.model.edit.ElementKind;
import org.mvtd.model.edit.PaletteItem;
import org.mvtd.app.ui.viewmodel.ReachMark;

/**
 * Vector glyphs drawn for this app: element kinds on a 24-unit grid, reach marks on a 16-unit grid.
 * Holes are cut with the even-odd rule, so each glyph is one filled path that stays crisp at any zoom.
 */
public final class Glyphs {
    private Glyphs() {
    }

    /** A switch: a chassis with four ports. */
    public static final String SWITCH = "M3 7h18a2 2 0 0 1 2 2v6a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V9a2 2 0 0 1 2-2z"
            + "M4.5 10.5v3h2.5v-3z M8.5 10.5v3H11v-3z M12.5 10.5v3H15v-3z M16.5 10.5v3H19v-3z";
    /** A station: a screen on a stand. */
    public static final String STATION = "M3 3h18a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2h-7v2h4v2H6v-2h4v-2H3a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z"
            + "M3.5 5.5v9h17v-9z";
    /** A host: two rack units with status lights. */
    public static final String HOST = "M3 2h18a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2z"
            + "M3 13h18a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2v-5a2 2 0 0 1 2-2z"
            + "M4.5 5.5v2h2v-2z M4.5 16.5v2h2v-2z M9 6h10v1H9z M9 17h10v1H9z";
    /** A lower device: an RJ45 socket. */
    public static final String DEVICE = "M4 3h16a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z"
            + "M6 8v7h3v2h6v-2h3V8h-2.5v2h-1V8h-1v2h-1V8h-1v2h-1V8z";
    /** A macvtap endpoint: a tap (a faucet) and its drop. */
    public static final String MACVTAP = "M3 8h9V6h-2.5V3.5h7V6H14v2h3.5a3 3 0 0 1 3 3v3h-3.2v-2.2H3z"
            + "M18.9 16.5c.6 1 1.3 1.9 1.3 2.8a1.3 1.3 0 0 1-2.6 0c0-.9.7-1.8 1.3-2.8z";
    /** A macvlan endpoint: one interface branching into the host. */
    public static final String MACVLAN = "M12 1.5a3 3 0 1 1 0 6 3 3 0 0 1 0-6z M5 16.5a3 3 0 1 1 0 6 3 3 0 0 1 0-6z"
            + "M19 16.5a3 3 0 1 1 0 6 3 3 0 0 1 0-6z M11 7h2v4.2l6.6 4.4-1.1 1.7L12 13l-6.5 4.3-1.1-1.7L11 11.2z";
    /** A guest: a virtual machine as a cube. */
    public static final String GUEST = "M12 1.5l9.5 5.2v10.6L12 22.5l-9.5-5.2V6.7z"
            + "M12 3.8L5.3 7.5 12 11.2l6.7-3.7z M4.5 9.2v7L11 19.8v-7z M13 12.8v7l6.5-3.6v-7z";
    /** A container guest: a shipping container, ribbed, with its doors. */
    public static final String CONTAINER = "M2 5h20a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H2a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1z"
            + "M3.6 8v8h1.6V8z M6.8 8v8h1.6V8z M10 8v8h1.6V8z M13.6 8v8h7.4V8z M16.9 9v6h.8V9z";

    public static final String MARK_SOURCE = "M8 1.5a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13z M8 4a4 4 0 1 0 0 8 4 4 0 0 0 0-8z"
            + "M8 6.2a1.8 1.8 0 1 1 0 3.6 1.8 1.8 0 0 1 0-3.6z";
    public static final String MARK_PING = "M6.4 12.6L2.5 8.7l1.5-1.5 2.4 2.4 5.6-6.2 1.5 1.4z";
    public static final String MARK_UNICAST_ONLY = "M2 4h8V1.8L14 5l-4 3.2V6H2z M14 10H6V7.8L2 11l4 3.2V12h8z";
    public static final String MARK_ONE_WAY = "M1.5 6.8h8.5V3.5L15 8l-5 4.5V9.2H1.5z";
    public static final String MARK_NONE = "M4.3 2.9L8 6.6l3.7-3.7 1.4 1.4L9.4 8l3.7 3.7-1.4 1.4L8 9.4l-3.7 3.7-1.4-1.4L6.6 8 2.9 4.3z";
    /** A warning triangle with an exclamation mark (problems panel). */
    public static final String WARNING = "M8 1.2l7.3 13.3H.7z M7.1 5.6h1.8v4.6H7.1z M7.1 11.2h1.8v1.8H7.1z";
    /** An exclamation mark: the design is invalid here (reach mark). */
    public static final String MARK_INVALID = "M6.9 2.5h2.2v7.2H6.9z M6.9 11.3h2.2v2.2H6.9z";
    /** A disc with an exclamation mark cut out (a problem badge on an element in error). */
    public static final String ERROR = "M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1z M7.1 3.8h1.8v5.6H7.1z M7.1 10.6h1.8v1.8H7.1z";
    public static final String MARK_DOWN = "M6.8 1.5h2.4v6.6h3L8 12.6 3.8 8.1h3z M3 13.3h10v1.7H3z";

    public static String of(ElementKind k) {
        return switch (k) {
            case SWITCH -> SWITCH;
            case STATION -> STATION;
            case HOST -> HOST;
            case DEVICE -> DEVICE;
            case ENDPOINT -> MACVTAP;
            case GUEST -> GUEST;
        };
    }

    public static String of(PaletteItem p) {
        return p == PaletteItem.MACVLAN ? MACVLAN : p == PaletteItem.CONTAINER ? CONTAINER : of(p.kind());
    }

    public static String of(ReachMark m) {
        return switch (m) {
            case SOURCE -> MARK_SOURCE;
            case PING -> MARK_PING;
            case UNICAST_ONLY -> MARK_UNICAST_ONLY;
            case ONE_WAY -> MARK_ONE_WAY;
            case NONE -> MARK_NONE;
            case DOWN -> MARK_DOWN;
            case INVALID -> MARK_INVALID;
        };
    }

    /** A styled path node for {@code content}: style class {@code styleClass}, even-odd fill. */
    public static SVGPath path(String content, String styleClass) {
        SVGPath p = new SVGPath();
        p.setContent(content);
        p.setFillRule(FillRule.EVEN_ODD);
        p.getStyleClass().add(styleClass);
        return p;
    }
}
