package org.mvtd.app.ui.live.view;

import java.util.Locale;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import org.mvtd.app.ui.live.Banner;
import org.mvtd.app.ui.live.LiveGlyphs;
import org.mvtd.app.ui.live.LiveViewModel;
import org.mvtd.app.ui.theme.Glyphs;
import org.mvtd.app.ui.theme.Styles;

/** The banner slot under the toolbar: hidden without a banner; else glyph, headline, advice and its buttons. */
public final class BannerView extends HBox {
    private final LiveViewModel vm;
    private final Runnable showDetails;
    private final SVGPath glyph = Glyphs.path("", Styles.GLYPH);
    private final Label headline = new Label();
    private final Label advice = new Label();
    private final HBox buttons = new HBox(6);

    public BannerView(LiveViewModel vm, Runnable showDetails) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.showDetails = Objects.requireNonNull(showDetails, "showDetails");
        getStyleClass().add(Styles.BANNER);
        setId("live-banner");
        headline.getStyleClass().add(Styles.BANNER_HEADLINE);
        headline.setWrapText(true);
        headline.setMinHeight(Region.USE_PREF_SIZE);
        advice.getStyleClass().add(Styles.BANNER_ADVICE);
        advice.setWrapText(true);
        advice.setMinHeight(Region.USE_PREF_SIZE);
        VBox texts = new VBox(2, headline, advice);
        texts.setMinWidth(120);
        HBox.setHgrow(texts, Priority.ALWAYS);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(glyph, texts, buttons);
        vm.bannerProperty().addListener((o, a, b) -> show(b));
        show(vm.bannerProperty().get());
    }

    private void show(Banner b) {
        setVisible(b != null);
        setManaged(b != null);
        if (b == null) {
            return;
        }
        pseudoClassStateChanged(Styles.HAS_ERROR, b.severity() == Banner.Severity.ERROR);
        pseudoClassStateChanged(Styles.FAILED, b.severity() == Banner.Severity.WARNING);
        glyph.setContent(b.severity() == Banner.Severity.INFO ? LiveGlyphs.AGREE : Glyphs.WARNING);
        headline.setText(b.headline());
        advice.setText(b.advice());
        buttons.getChildren().clear();
        for (Banner.Action a : b.actions()) {
            Button x = new Button(a.text());
            x.setMinWidth(Region.USE_PREF_SIZE); // the advice wraps instead: a button never shrinks to "..."
            x.setId("banner-" + a.name().toLowerCase(Locale.ROOT));
            x.setOnAction(e -> {
                switch (a) {
                    case RETRY -> vm.retry();
                    case DETAILS -> showDetails.run();
                    case DISMISS -> vm.dismissBanner();
                }
            });
            buttons.getChildren().add(x);
        }
    }

    public String headlineText() {
        return headline.getText();
    }

    public String adviceText() {
        return advice.getText();
    }
}
