package org.mvtd.app.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
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
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.Design;
import org.mvtd.model.Guest;
import org.mvtd.model.Position;
import org.mvtd.model.testing.Examples;
import org.mvtd.model.testing.RandomDesigns;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pans and zooms of a large design show a picture of the drawing put together from tiles, which matches it, and
 * end in the live drawing; the tiles are prepared before a gesture and forgotten where the drawing changes.
 */
@ExtendWith(ApplicationExtension.class)
class MotionImageTest {
    @TempDir
    static Path dir;
    /** Share of pixels a zoomed picture may differ in from the live drawing (nearest-pixel scaling, 20 % zoom). */
    private static final double ZOOM_TOLERANCE = 0.12;
    private DocumentViewModel doc;
    private SelectionModel selection;
    private CanvasView canvas;

    @Start
    void start(Stage stage) {
        doc = new DocumentViewModel(new RecoveryStore(dir));
        selection = new SelectionModel();
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
        return canvas.layers().content().getParent();
    }

    private double[] centre() {
        Bounds b = canvas.localToScene(canvas.getLayoutBounds());
        return new double[] {b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2};
    }

    private void mouse(javafx.event.EventType<MouseEvent> type, double x, double y) {
        Event.fireEvent(canvas.layers().content(), new MouseEvent(type, x, y, x, y, MouseButton.SECONDARY, 1, false, false, false,
                false, false, false, type != MouseEvent.MOUSE_RELEASED, false, false, false, null));
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    /** {@code steps} wheel steps of 40 over the centre: about 6 % of zoom each. */
    private void wheelIn(int steps) {
        double[] c = centre();
        for (int i = 0; i < steps; i++) {
            Event.fireEvent(canvas.layers().content(), new ScrollEvent(ScrollEvent.SCROLL, c[0], c[1], c[0], c[1], false, false,
                    false, false, false, false, 0, 40, 0, 40, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
        }
    }

    /** Until the live drawing is back (asked on the FX thread: tiles are drawn with the drawing briefly shown). */
    private void awaitLive() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> !canvas.motion().moving() && world().isVisible()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Until every tile the view at rest wants is ready (the idle second has passed and its snapshot is taken). */
    private void awaitPrepared() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> canvas.motion().missingAtRest() == 0));
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
            wheelIn(3);
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


    @Test
    void aQuietSecondPreparesThePictureSoTheFirstStepDrawsNothing(FxRobot robot) throws Exception {
        open(robot, large());
        awaitPrepared();
        long[] before = fx(() -> new long[] {canvas.motion().tilesPainted(), canvas.motion().snapshots()});
        assertThat(before[1]).as("the idle preparation takes one snapshot, not one per tile").isEqualTo(1);
        robot.interact(() -> {
            double[] c = centre();
            mouse(MouseEvent.MOUSE_PRESSED, c[0], c[1]);
            mouse(MouseEvent.MOUSE_DRAGGED, c[0] + 30, c[1] + 10);
            assertThat(world().isVisible()).as("the picture stands in from the first step").isFalse();
            assertThat(canvas.motion().tilesPainted()).as("the first step draws no tile").isEqualTo(before[0]);
            assertThat(canvas.motion().snapshots()).as("nor takes a snapshot").isEqualTo(before[1]);
            mouse(MouseEvent.MOUSE_RELEASED, c[0] + 30, c[1] + 10);
        });
        awaitLive();
    }

    @Test
    void anEditForgetsOnlyTheTilesItTouchesAndTheNextGestureDrawsThem(FxRobot robot) throws Exception {
        open(robot, large());
        awaitPrepared();
        Guest moved = fx(() -> visibleGuest());
        long painted = fx(() -> canvas.motion().tilesPainted());
        robot.interact(() -> doc.change("move", doc.design().withGuests(doc.design().guests().stream()
                .map(g -> g.name().equals(moved.name()) ? g.withAt(new Position(g.at().x() + 20, g.at().y())) : g)
                .toList())));
        int missing = fx(() -> canvas.motion().missingAtRest());
        assertThat(missing).as("tiles forgotten where the guest and its links were drawn").isBetween(1, 12);
        AtomicReference<WritableImage> moving = new AtomicReference<>();
        robot.interact(() -> {
            double[] c = centre();
            mouse(MouseEvent.MOUSE_PRESSED, c[0], c[1]);
            mouse(MouseEvent.MOUSE_DRAGGED, c[0] - 30, c[1] - 10);
            assertThat(canvas.motion().tilesPainted() - painted).as("the first step draws just the forgotten tiles in view")
                    .isBetween(1L, (long) missing);
            moving.set(canvas.getScene().snapshot(null));
            mouse(MouseEvent.MOUSE_RELEASED, c[0] - 30, c[1] - 10);
        });
        awaitLive();
        AtomicReference<WritableImage> live = new AtomicReference<>();
        robot.interact(() -> live.set(canvas.getScene().snapshot(null)));
        assertThat(differingShare(moving.get(), live.get())).as("the picture shows the guest where it was moved to")
                .isLessThan(0.005);
    }

    @Test
    void aNewSelectionIsPreparedInOneSnapshotWhileIdle(FxRobot robot) throws Exception {
        open(robot, large());
        awaitPrepared();
        long snapshots = fx(() -> canvas.motion().snapshots());
        // read in the same FX turn as the change: on a loaded machine the idle second may pass before a later read
        AtomicReference<Integer> missing = new AtomicReference<>();
        robot.interact(() -> {
            selection.select(ElementRef.guest(large().guests().get(0).name()));
            missing.set(canvas.motion().missingAtRest());
        });
        assertThat(missing.get()).as("every card's reach mark changed").isGreaterThan(MotionImage.IDLE_MIN_MISSING);
        awaitPrepared();
        assertThat(fx(() -> canvas.motion().snapshots()) - snapshots).isEqualTo(1);
    }

    @Test
    void aZoomFrameIsAnUnscaledViewportSizedPictureCloseToTheLiveDrawing(FxRobot robot) throws Exception {
        open(robot, large());
        awaitPrepared();
        AtomicReference<WritableImage> moving = new AtomicReference<>();
        robot.interact(() -> {
            wheelIn(3);
            var view = canvas.motion().view();
            assertThat(view.getImage().getWidth()).as("one picture the size of the viewport").isEqualTo(canvas.getWidth());
            assertThat(view.getTransforms()).as("not scaled by the renderer (it would filter every pixel)").isEmpty();
            assertThat(view.getFitWidth()).isEqualTo(canvas.getWidth());
            moving.set(canvas.getScene().snapshot(null));
        });
        awaitLive();
        AtomicReference<WritableImage> live = new AtomicReference<>();
        robot.interact(() -> live.set(canvas.getScene().snapshot(null)));
        // Nearest-pixel scaling while moving roughens text and thin lines; a misplaced picture would differ far more.
        assertThat(differingShare(moving.get(), live.get())).as("zoomed picture against the live drawing at that zoom")
                .isLessThan(ZOOM_TOLERANCE);
    }

    @Test
    void thePointerOverAHostBoxForgetsNothingOverACardOnlyThatCard(FxRobot robot) throws Exception {
        open(robot, large());
        awaitPrepared();
        javafx.css.PseudoClass hover = javafx.css.PseudoClass.getPseudoClass("hover");
        ElementRef host = ElementRef.host(large().hosts().get(0).name());
        robot.interact(() -> canvas.layers().skin(host).getRoot().pseudoClassStateChanged(hover, true));
        assertThat(fx(() -> canvas.motion().missingAtRest())).as("a host box as large as the view shows nothing on hover")
                .isZero();
        ElementRef card = ElementRef.guest(fx(() -> visibleGuest()).name());
        robot.interact(() -> canvas.layers().skin(card).getRoot().pseudoClassStateChanged(hover, true));
        assertThat(fx(() -> canvas.motion().missingAtRest())).as("a card shows its connector handle").isBetween(1, 4);
    }

    @Test
    void aThemeSwitchForgetsThePicture(FxRobot robot) throws Exception {
        open(robot, large());
        awaitPrepared();
        AtomicReference<Integer> missing = new AtomicReference<>();
        robot.interact(() -> {
            Theme.DARK.apply(canvas.getScene());
            missing.set(canvas.motion().missingAtRest());
        });
        assertThat(missing.get()).isGreaterThan(MotionImage.IDLE_MIN_MISSING);
        robot.interact(() -> Theme.LIGHT.apply(canvas.getScene()));
    }

    /** A guest drawn well inside the view. */
    private Guest visibleGuest() {
        Rectangle2D view = new Rectangle2D(100, 100, canvas.getWidth() - 200, canvas.getHeight() - 200);
        Point2D o = canvas.viewportToDesign(Point2D.ZERO);
        for (Guest g : doc.design().guests()) {
            Rectangle2D b = canvas.currentLayout().bounds(ElementRef.guest(g.name())).orElseThrow();
            if (g.at() != null && view.contains(b.getMinX() - o.getX(), b.getMinY() - o.getY())) {
                return g;
            }
        }
        throw new AssertionError("no placed guest in view");
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
