package org.mvtd.app.ui.theme;

import java.util.List;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * One theme for all of the designer's windows. The main window switches; every window it owns, directly or
 * through another window (lessons, the compare and matrix windows, a lesson's walk-through, live mode's
 * dialogs), follows at once; a window opened later starts in its owner's theme.
 */
public final class WindowThemes {
    private static final String FOLLOWS = "mvtd-follows-theme-of";
    private WindowThemes() {
    }

    /** Applies {@code theme} to {@code main} and restyles every open window {@code main} owns. */
    public static void switchTo(Theme theme, Window main) {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(main, "main");
        if (main.getScene() != null) {
            theme.apply(main.getScene());
        }
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w != main && ownedBy(w, main) && w.getScene() != null) {
                restyle(w.getScene(), theme);
            }
        }
    }

    /**
     * Styles a new window's {@code scene} like {@code owner}'s: its theme and the designer's sheets. Without an
     * owner (or one with no scene yet) the scene is left as it is.
     */
    public static void styleLike(Scene scene, Window owner) {
        Objects.requireNonNull(scene, "scene");
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
    }

    /**
     * Swaps the token sheet on the scene and on its root: dialogs carry their sheets on the dialog pane,
     * which is their scene's root, next to sheets of their own (live.css) that must stay.
     */
    private static void restyle(Scene scene, Theme theme) {
        theme.swapInto(scene.getStylesheets());
        if (scene.getRoot() != null) {
            theme.swapInto(scene.getRoot().getStylesheets());
        }
    }

    /** Whether {@code w} hangs off {@code main} through its chain of owners (popups' owners included). */
    private static boolean ownedBy(Window w, Window main) {
        for (Window o = ownerOf(w); o != null; o = ownerOf(o)) {
            if (o == main) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lets {@code w} follow {@code main}'s theme without being owned by it (an owned window stays above its
     * owner; a lesson must not hide the main window).
     */
    public static void follow(Stage w, Window main) {
        w.getProperties().put(FOLLOWS, Objects.requireNonNull(main, "main"));
    }

    private static Window ownerOf(Window w) {
        if (w instanceof Stage s) {
            return s.getOwner() != null ? s.getOwner() : (Window) s.getProperties().get(FOLLOWS);
        }
        if (w instanceof PopupWindow p) {
            return p.getOwnerWindow();
        }
        return null;
    }
}
