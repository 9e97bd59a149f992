package org.mvtd.app.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.app.ui.io.CanvasExporter;
import org.mvtd.app.ui.io.RecoveryStore;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.app.ui.theme.Theme;
import org.mvtd.app.ui.viewmodel.DocumentViewModel;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.app.ui.viewmodel.ReachMark;
import org.mvtd.app.ui.viewmodel.ReachViewModel;
import org.mvtd.app.ui.viewmodel.SelectionModel;
import org.mvtd.model.testing.Examples;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Renders the shared examples to PNG (target/renders) and checks the pixels where marks must be. */
@ExtendWith(ApplicationExtension.class)
class ExampleRenderingTest {
    private static final Color REACH_NONE = Color.web("#c03d00");
    private static final Color DOWN = Color.web("#6e7781");
    private static final Color REACH_OK = Color.web("#007a55");
    private static final Color PATH = Color.web("#0969da");
    private static final Color HOST_FILL = Color.web("#ebedf1");

    @TempDir
    static Path dir;
    private DocumentViewModel doc;
    private SelectionModel selection;
    private CanvasView canvas;
    private CanvasViewModel canvasVm;

    @Start
    void start(Stage stage) {
        doc = new DocumentViewModel(new RecoveryStore(dir));
        selection = new SelectionModel();
        ReachViewModel reach = new ReachViewModel(doc, selection);
        canvasVm = new CanvasViewModel(doc, selection, reach);
        canvas = new CanvasView(canvasVm);
        Scene scene = new Scene(canvas, 1200, 800);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    private WritableImage render(FxRobot robot, String name) throws IOException {
        AtomicReference<WritableImage> img = new AtomicReference<>();
        AtomicReference<Rectangle2D> ext = new AtomicReference<>();
        robot.interact(() -> {
            canvas.fitToView();
            ext.set(canvas.currentLayout().extent());
            img.set(new CanvasExporter(canvas.layers().content(), ext.get(), Color.WHITE).snapshot(1));
        });
        Path out = Path.of("target", "renders");
        Files.createDirectories(out);
        ImageIO.write(SwingFXUtils.fromFXImage(img.get(), null), "png", out.resolve(name + ".png").toFile());
        origin = new double[] {ext.get().getMinX() - 30, ext.get().getMinY() - 30};
        return img.get();
    }

    private double[] origin;

    private void openExample(String name) {
        try {
            doc.open(Examples.file(name));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many pixels within 9 px of {@code r}'s badge centre are close to {@code c}. */
    private int badgePixels(WritableImage img, ElementRef r, Color c) {
        Rectangle2D b = canvas.currentLayout().bounds(r).orElseThrow();
        double cx = b.getMaxX() - 4 - origin[0];
        double cy = b.getMinY() + 2 - origin[1];
        PixelReader px = img.getPixelReader();
        int n = 0;
        for (int y = (int) cy - 9; y <= cy + 9; y++) {
            for (int x = (int) cx - 9; x <= cx + 9; x++) {
                if (x >= 0 && y >= 0 && x < img.getWidth() && y < img.getHeight() && close(px.getColor(x, y), c)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.08 && Math.abs(a.getGreen() - b.getGreen()) < 0.08
                && Math.abs(a.getBlue() - b.getBlue()) < 0.08;
    }

    @Test
    void everyExampleRendersWithItsElements(FxRobot robot) throws Exception {
        List<Path> files = Examples.files();
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            robot.interact(() -> {
                try {
                    doc.open(f);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            String name = f.getFileName().toString().replace(".mvtd.yaml", "");
            WritableImage img = render(robot, name);
            assertThat(canvas.layers().skins()).as(name).hasSize(org.mvtd.model.edit.Elements.all(doc.design()).size());
            assertThat(img.getWidth()).as(name).isGreaterThan(200);
            int nonWhite = 0;
            PixelReader px = img.getPixelReader();
            for (int y = 0; y < img.getHeight(); y += 4) {
                for (int x = 0; x < img.getWidth(); x += 4) {
                    if (!close(px.getColor(x, y), Color.WHITE)) {
                        nonWhite++;
                    }
                }
            }
            assertThat(nonWhite).as(name + " draws something").isGreaterThan(200);
        }
    }

    @Test
    void anUnreachableNodeCarriesTheNothingGlyphAndAReachableOneTheTick(FxRobot robot) throws Exception {
        robot.interact(() -> {
            openExample("bridge-mode");
            selection.select(ElementRef.device("kvmhost", "eth0"));
        });
        WritableImage img = render(robot, "bridge-mode-from-host");
        ElementRef tap = ElementRef.endpoint("kvmhost", "macvtap0");
        assertThat(canvas.layers().markOf(tap)).isEqualTo(ReachMark.NONE);
        assertThat(canvas.layers().skin(tap).getRoot().getPseudoClassStates()).contains(Styles.mark(ReachMark.NONE));
        assertThat(badgePixels(img, tap, REACH_NONE)).as("the red disc").isGreaterThan(60);
        assertThat(badgePixels(img, tap, Color.WHITE)).as("the white cross on it").isGreaterThan(20);
        assertThat(badgePixels(img, ElementRef.station("router"), REACH_OK)).as("router: the green disc").isGreaterThan(60);
        assertThat(badgePixels(img, ElementRef.sw("lan"), REACH_NONE)).as("a switch has no mark").isZero();
    }

    @Test
    void aDownEndpointIsDrawnAsDown(FxRobot robot) throws Exception {
        robot.interact(() -> {
            openExample("bridge-mode");
            doc.change("down", doc.design().withHost("kvmhost", h -> h.withEndpoint("macvtap1", e -> e.withUp(false))));
            selection.select(ElementRef.station("router"));
        });
        WritableImage img = render(robot, "bridge-mode-down");
        ElementRef down = ElementRef.endpoint("kvmhost", "macvtap1");
        assertThat(canvas.layers().skin(down).getRoot().getPseudoClassStates()).contains(Styles.DOWN, Styles.mark(ReachMark.DOWN));
        assertThat(canvas.layers().markOf(ElementRef.guest("uperf-server"))).isEqualTo(ReachMark.DOWN);
        assertThat(badgePixels(img, down, DOWN)).as("the grey down disc").isGreaterThan(40);
        assertThat(badgePixels(img, down, REACH_OK)).isZero();
        assertThat(badgePixels(img, ElementRef.endpoint("kvmhost", "macvtap0"), REACH_OK)).isGreaterThan(60);
    }

    @Test
    void theHoveredPathIsRingedInThePathColourAndHostsKeepAnOpaqueFill(FxRobot robot) throws Exception {
        robot.interact(() -> {
            openExample("bridge-mode");
            selection.select(ElementRef.station("router"));
            canvasVm.hoveredProperty().set(ElementRef.guest("uperf-server"));
        });
        WritableImage img = render(robot, "bridge-mode-path");
        ElementRef lan = ElementRef.sw("lan");
        assertThat(canvas.layers().skin(lan).getRoot().getPseudoClassStates()).contains(Styles.ON_PATH);
        assertThat(canvas.layers().skin(lan).getRoot().getEffect()).as("a ring, not a blurred shadow").isNull();
        Rectangle2D b = canvas.currentLayout().bounds(lan).orElseThrow();
        PixelReader px = img.getPixelReader();
        int ringX = (int) (b.getMinX() - 2 - origin[0]); // 2 px outside the card's left edge, half way down
        int ringY = (int) (b.getMinY() + b.getHeight() / 2 - origin[1]);
        assertThat(close(px.getColor(ringX, ringY), PATH)).as("ring beside the switch on the path").isTrue();
        Rectangle2D host = canvas.currentLayout().bounds(ElementRef.host("kvmhost")).orElseThrow();
        int hx = (int) (host.getMinX() + 6 - origin[0]); // inside the box, clear of its header and devices
        int hy = (int) (host.getMaxY() - 6 - origin[1]);
        assertThat(close(px.getColor(hx, hy), HOST_FILL)).as("the host's opaque fill").isTrue();
    }
}
