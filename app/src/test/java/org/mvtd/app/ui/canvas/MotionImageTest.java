package org.mvtd.app.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.app.ui.io.RecoveryStore;
import org.mvtd.app.ui.theme.Theme;
import org.mvtd.app.ui.viewmodel.DocumentViewModel;
import org.mvtd.app.ui.viewmodel.ReachViewModel;
import org.mvtd.app.ui.viewmodel.SelectionModel;
import org.mvtd.model.Design;
import org.mvtd.model.testing.Examples;
import org.mvtd.model.testing.RandomDesigns;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Pans and zooms of a large design show a picture of the drawing, which matches it, and end in the live drawing. */
@ExtendWith(ApplicationExtension.class)
class MotionImageTest {
    @TempDir
    static Path dir;
    private DocumentViewModel doc;
    private CanvasView canvas;

    @Start
    void start(Stage stage) {
        doc = new DocumentViewModel(new RecoveryStore(dir));
        SelectionModel selection = new SelectionModel();
        canvas = new CanvasView(new CanvasViewModel(doc, selection, new ReachViewModel(doc, selection)));
        Scene scene = new Scene(canvas, 1000, 700);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    private void open(FxRobot robot, Design d) {
        robot.interact(() -> {
            doc.adoptRecovered(new RecoveryStore.Recovery(d, null, Instant.now()));
            canvas.resetZoom();
        });
    }

    private static Design large() {
        return RandomDesigns.generate(7, new RandomDesigns.Shape(14, 2, 24, 4, 10, 200));
    }

    private Node world() {
        return canvas.content().getParent();
    }

    private double[] centre() {
        Bounds b = canvas.localToScene(canvas.getLayoutBounds());
        return new double[] {b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2};
    }

    private void mouse(javafx.event.EventType<MouseEvent> type, double x, double y) {
        Event.fireEvent(canvas.content(), new MouseEvent(type, x, y, x, y, MouseButton.SECONDARY, 1, false, false, false,
                false, false, false, type != MouseEvent.MOUSE_RELEASED, false, false, false, null));
    }

    private void awaitLive() throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> world().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aPanShowsAPictureThatMatchesTheLiveDrawingAndEndsLive(FxRobot robot) throws Exception {
        open(robot, large());
        AtomicReference<WritableImage> moving = new AtomicReference<>();
        robot.interact(() -> {
            double[] c = centre();
            mouse(MouseEvent.MOUSE_PRESSED, c[0], c[1]);
            mouse(MouseEvent.MOUSE_DRAGGED, c[0] + 30, c[1] + 10); // draws the picture
            mouse(MouseEvent.MOUSE_DRAGGED, c[0] + 75, c[1] + 38); // only moves it
        });
        robot.interact(() -> {
            assertThat(world().isVisible()).as("the drawing stands aside while the picture moves").isFalse();
            moving.set(canvas.getScene().snapshot(null));
            double[] c = centre();
            mouse(MouseEvent.MOUSE_RELEASED, c[0] + 75, c[1] + 38);
        });
        awaitLive();
        AtomicReference<WritableImage> live = new AtomicReference<>();
        robot.interact(() -> live.set(canvas.getScene().snapshot(null)));
        assertThat(differingShare(moving.get(), live.get()))
                .as("share of pixels where the moving picture differs from the live drawing of the same view")
                .isLessThan(0.005);
        assertThat(differingShare(moving.get(), blank(robot))).as("the picture shows the drawing, not an empty canvas")
                .isGreaterThan(0.02);
    }

    @Test
    void aWheelZoomScalesThePictureAndEndsLiveAtTheNewZoom(FxRobot robot) throws Exception {
        open(robot, large());
        robot.interact(() -> {
            double[] c = centre();
            for (int i = 0; i < 3; i++) {
                Event.fireEvent(canvas.content(), new ScrollEvent(ScrollEvent.SCROLL, c[0], c[1], c[0], c[1], false, false,
                        false, false, false, false, 0, 40, 0, 40, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                        ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
            }
            assertThat(world().isVisible()).isFalse();
        });
        awaitLive();
        assertThat(canvas.getZoom()).isCloseTo(Math.pow(1.0015, 120), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aPressDuringTheGestureBringsTheLiveDrawingBackAtOnce(FxRobot robot) {
        open(robot, large());
        robot.interact(() -> {
            double[] c = centre();
            mouse(MouseEvent.MOUSE_PRESSED, c[0], c[1]);
            mouse(MouseEvent.MOUSE_DRAGGED, c[0] + 30, c[1] + 10);
            mouse(MouseEvent.MOUSE_RELEASED, c[0] + 30, c[1] + 10);
            assertThat(world().isVisible()).isFalse();
            mouse(MouseEvent.MOUSE_PRESSED, c[0], c[1]); // handles and hits need the live drawing
            assertThat(world().isVisible()).isTrue();
            mouse(MouseEvent.MOUSE_RELEASED, c[0], c[1]);
        });
    }

    @Test
    void aSmallDesignPansLive(FxRobot robot) {
        open(robot, Examples.load(Examples.files().get(0)).design());
        robot.interact(() -> {
            double[] c = centre();
            mouse(MouseEvent.MOUSE_PRESSED, c[0], c[1]);
            mouse(MouseEvent.MOUSE_DRAGGED, c[0] + 30, c[1] + 10);
            assertThat(world().isVisible()).as("few elements draw fast enough live").isTrue();
            mouse(MouseEvent.MOUSE_RELEASED, c[0] + 30, c[1] + 10);
        });
    }

    private WritableImage blank(FxRobot robot) {
        AtomicReference<WritableImage> img = new AtomicReference<>();
        robot.interact(() -> {
            world().setVisible(false);
            img.set(canvas.getScene().snapshot(null));
            world().setVisible(true);
        });
        return img.get();
    }

    /** The share of pixels whose colour differs by more than 6 % in some channel. */
    private static double differingShare(WritableImage a, WritableImage b) {
        assertThat(a.getWidth()).isEqualTo(b.getWidth());
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        int w = (int) a.getWidth();
        int h = (int) a.getHeight();
        long differ = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                Color p = ra.getColor(x, y);
                Color q = rb.getColor(x, y);
                if (Math.abs(p.getRed() - q.getRed()) > 0.06 || Math.abs(p.getGreen() - q.getGreen()) > 0.06
                        || Math.abs(p.getBlue() - q.getBlue()) > 0.06) {
                    differ++;
                }
            }
        }
        return differ / (double) (w * h);
    }
}
