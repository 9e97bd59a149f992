package org.mvtd.app.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;

/** Light and dark looks: AtlantaFX's Primer for the controls, our token sheet for the drawing. */
public enum Theme {
    LIGHT, DARK;

    private static final String BASE = css("designer.css");

    private static String css(String name) {
        return Objects.requireNonNull(Theme.class.getResource("/org/mvtd/app/ui/theme/" + name), name).toExternalForm();
    }

    private String tokens() {
        return css(name().toLowerCase(Locale.ROOT) + ".css");
    }

    /** Applies this theme to {@code scene} (and the controls' user-agent sheet, which is global). */
    public void apply(Scene scene) {
        Application.setUserAgentStylesheet(this == DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().setAll(tokens(), BASE);
    }

    /** This theme's token sheet (light.css or dark.css): the colours every other sheet refers to. */
    public String tokenSheet() {
        return tokens();
    }

    /**
     * Puts this theme's token sheet where another theme's stands in {@code sheets}, leaving every other sheet
     * and the order as they are; false when {@code sheets} held no theme's token sheet.
     */
    public boolean swapInto(List<String> sheets) {
        boolean found = false;
        for (int i = 0; i < sheets.size(); i++) {
            String s = sheets.get(i);
            if (isTokenSheet(s)) {
                found = true;
                if (!s.equals(tokens())) {
                    sheets.set(i, tokens());
                }
            }
        }
        return found;
    }

    private static boolean isTokenSheet(String sheet) {
        for (Theme t : values()) {
            if (t.tokens().equals(sheet)) {
                return true;
            }
        }
        return false;
    }

    /** The setting's value back as a theme; anything unknown is light. */
    public static Theme parse(String s) {
        return "dark".equalsIgnoreCase(s) ? DARK : LIGHT;
    }
}
