package org.mvtd.app.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** One viewport-sized picture put together from tiles: copied one to one, sampled when zoomed, backdrop in gaps. */
@ExtendWith(ApplicationExtension.class)
class MotionFrameTest {
    private static final int S = TileLevel.SIZE;
    private static final Backdrop BACKDROP = Backdrop.of(Color.WHITE, Color.LIGHTGRAY);

    @Start
    void start(Stage stage) {
        // The toolkit is all these tests need.
    }

    /** A level at view (1, 0, 0) whose plane pixel (x, y) has colour {@link #at}, for tiles in [0,4) x [0,3). */
    private static TileLevel level() {
        TileLevel l = new TileLevel(1, 0, 0, 1);
        for (int c = 0; c < 4; c++) {
            for (int r = 0; r < 3; r++) {
                int[] t = new int[S * S];
                for (int y = 0; y < S; y++) {
                    for (int x = 0; x < S; x++) {
                        t[y * S + x] = at(c * S + x, r * S + y);
                    }
                }
                l.put(c, r, t);
            }
        }
        return l;
    }

    private static int at(int x, int y) {
        return 0xff000000 | (x & 0xfff) << 12 | (y & 0xfff);
    }

    @Test
    void aPanCopiesThePlaneOneToOne(FxRobot robot) {
        ImageView view = new ImageView();
        robot.interact(() -> new MotionFrame(view).show(List.of(level()), true, BACKDROP, 1, -300, -170, 400, 300, 1));
        PixelReader px = view.getImage().getPixelReader();
        assertThat(view.getImage().getWidth()).isEqualTo(400);
        for (int[] p : new int[][] {{0, 0}, {399, 299}, {211, 85}, {212, 86}, {57, 250}}) {
            assertThat(px.getArgb(p[0], p[1])).as("pixel %d,%d", p[0], p[1]).isEqualTo(at(p[0] + 300, p[1] + 170));
        }
    }

    @Test
    void aZoomSamplesTheNearestPlanePixel(FxRobot robot) {
        ImageView view = new ImageView();
        // Twice the level's zoom about the origin: each plane pixel covers 2 x 2 device pixels.
        robot.interact(() -> new MotionFrame(view).show(List.of(level()), true, BACKDROP, 2, -400, -300, 300, 200, 1));
        PixelReader px = view.getImage().getPixelReader();
        for (int[] p : new int[][] {{0, 0}, {1, 1}, {2, 0}, {299, 199}, {150, 77}}) {
            int planeX = (int) Math.floor((p[0] + 0.5 + 400) / 2);
            int planeY = (int) Math.floor((p[1] + 0.5 + 300) / 2);
            assertThat(px.getArgb(p[0], p[1])).as("pixel %d,%d", p[0], p[1]).isEqualTo(at(planeX, planeY));
        }
    }

    @Test
    void whereNoTileIsReadyTheBackdropShows(FxRobot robot) {
        ImageView view = new ImageView();
        // The plane's tiles start at 0: a view panned right shows the area left of them.
        robot.interact(() -> new MotionFrame(view).show(List.of(level()), false, BACKDROP, 1, 50, 0, 200, 100, 1));
        PixelReader px = view.getImage().getPixelReader();
        assertThat(px.getArgb(10, 10) == BACKDROP.background() || px.getArgb(10, 10) == BACKDROP.line()).isTrue();
        assertThat(px.getArgb(60, 10)).isEqualTo(at(10, 10));
    }
}
