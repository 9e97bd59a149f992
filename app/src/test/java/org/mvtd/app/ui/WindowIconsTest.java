package org.mvtd.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window carries the icon set's application icon at every size, each loaded and non-empty. */
@ExtendWith(ApplicationExtension.class)
class WindowIconsTest {

    @Start
    void start(Stage stage) {
        // Nothing to show: the toolkit only has to run for images to load.
    }

    @Test
    void everySizeOfTheAppIconLoads() {
        List<Image> icons = DesignerApp.windowIcons();
        assertThat(icons).hasSize(7);
        assertThat(icons).allSatisfy(i -> assertThat(i.isError()).as("load error").isFalse());
        assertThat(icons).extracting(Image::getWidth).containsExactly(16.0, 24.0, 32.0, 48.0, 64.0, 128.0, 256.0);
        Image big = icons.get(6);
        int opaque = 0;
        for (int y = 0; y < 256; y += 8) {
            for (int x = 0; x < 256; x += 8) {
                if (big.getPixelReader().getColor(x, y).getOpacity() > 0.5) {
                    opaque++;
                }
            }
        }
        assertThat(opaque).as("opaque samples of 1024").isGreaterThan(200);
    }
}
