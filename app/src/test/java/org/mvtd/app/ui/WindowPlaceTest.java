package org.mvtd.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The main window never opens larger than its screen or partly off it. */
class WindowPlaceTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1024, 700);

    @Test
    void theDefaultSizeShrinksToASmallScreen() {
        WindowPlace p = WindowPlace.fit(1400, 900, OptionalDouble.empty(), OptionalDouble.empty(), LAPTOP);
        assertThat(p).isEqualTo(new WindowPlace(0, 0, 1024, 700));
    }

    @Test
    void aWindowWithNoSavedCornerIsCentred() {
        WindowPlace p = WindowPlace.fit(800, 600, OptionalDouble.empty(), OptionalDouble.empty(), LAPTOP);
        assertThat(p).isEqualTo(new WindowPlace(112, 50, 800, 600));
    }

    @Test
    void aSavedCornerIsKeptWhenTheWindowFitsThere() {
        WindowPlace p = WindowPlace.fit(800, 600, OptionalDouble.of(100), OptionalDouble.of(40), LAPTOP);
        assertThat(p).isEqualTo(new WindowPlace(100, 40, 800, 600));
    }

    @Test
    void aWindowHangingOverTheEdgeIsPulledBackOntoItsScreen() {
        Rectangle2D right = new Rectangle2D(1920, 0, 1280, 1024);
        WindowPlace p = WindowPlace.fit(1400, 900, OptionalDouble.of(3000), OptionalDouble.of(500), right);
        assertThat(p).isEqualTo(new WindowPlace(1920, 124, 1280, 900));
    }
}
