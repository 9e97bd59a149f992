package org.mvtd.app.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** The moving picture's canvas colour and grid: the grid exactly where the live grid draws it. */
class BackdropTest {
    private static final Backdrop B = Backdrop.of(Color.web("#f5f6f8"), Color.web("#e4e7eb"));

    @Test
    void gridColumnsAndRowsAreWhereTheLiveGridDrawsThem() {
        double s = 0.83;
        double tx = 37.4;
        double ty = -12.9;
        int w = 300;
        int h = 200;
        int ox = 120; // a piece of the plane away from the viewport's corner
        int oy = -40;
        int[] out = new int[w * h];
        B.paint(out, w, ox, oy, w, h, s, tx, ty, 1);
        Set<Integer> columns = new HashSet<>();
        GridView.lines(s, tx, ox, ox + w, at -> columns.add((int) Math.floor(at) - ox));
        Set<Integer> rows = new HashSet<>();
        GridView.lines(s, ty, oy, oy + h, at -> rows.add((int) Math.floor(at) - oy));
        assertThat(columns).hasSizeGreaterThan(5);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean line = columns.contains(x) || rows.contains(y);
                assertThat(out[y * w + x]).as("pixel %d,%d", x, y).isEqualTo(line ? B.line() : B.background());
            }
        }
    }

    @Test
    void onADenseScreenALineIsAsManyDevicePixelsWideAsAUnit() {
        int[] out = new int[400];
        B.paint(out, 400, 0, 0, 400, 1, 1, 0, 105, 2); // rows 0-1 hold no grid line at pan 105
        int run = 0;
        int longest = 0;
        for (int v : out) {
            run = v == B.line() ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        assertThat(longest).isEqualTo(2);
    }

    @Test
    void thePictureIsLaidOverTheBackdrop() {
        int[] under = {0xff102030, 0xff102030, 0xff102030};
        int[] top = {0xffa0b0c0, 0x00000000, 0x80404040}; // opaque, transparent, half (premultiplied)
        Backdrop.over(top, under);
        assertThat(under[0]).isEqualTo(0xffa0b0c0);
        assertThat(under[1]).isEqualTo(0xff102030);
        assertThat(under[2]).isEqualTo(0xff000000 | (0x40 + 0x10 * 127 / 255) << 16 | (0x40 + 0x20 * 127 / 255) << 8
                | (0x40 + 0x30 * 127 / 255));
    }

    @Test
    void aTranslucentGridColourIsLaidOverTheCanvasColourOnce() {
        Backdrop b = Backdrop.of(Color.WHITE, Color.rgb(0, 0, 0, 0.5));
        assertThat(b.background()).isEqualTo(0xffffffff);
        assertThat(b.line()).isEqualTo(0xff808080);
    }
}
