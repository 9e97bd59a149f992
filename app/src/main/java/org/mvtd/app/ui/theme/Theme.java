package org.mvtd.app.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
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

    /** The setting's value back as a theme; anything unknown is light. */
    public static Theme parse(String s) {
        return "dark".equalsIgnoreCase(s) ? DARK : LIGHT;
    }
}
