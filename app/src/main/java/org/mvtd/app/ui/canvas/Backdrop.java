package org.mvtd.app.ui.canvas;

import java.util.Arrays;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * What lies under the drawing (the canvas colour and the snap grid) as opaque premultiplied ARGB pixels, so
 * the moving picture can be opaque: the software pipeline copies an opaque picture several times faster than
 * it blends a translucent one, and the grid need not be drawn underneath while it moves.
 *
 * @param background the canvas colour
 * @param line       the grid lines' colour, already laid over the canvas colour
 */
record Backdrop(int background, int line) {

    /** From the themed paints; anything that is not a plain colour counts as white. */
    static Backdrop of(Paint background, Paint line) {
        Color bg = opaque(background instanceof Color c ? c : Color.WHITE);
        Color ln = line instanceof Color c ? c : Color.LIGHTGRAY;
        return new Backdrop(argb(bg), argb(bg.interpolate(opaque(ln), ln.getOpacity())));
    }

    private static Color opaque(Color c) {
        return Color.color(c.getRed(), c.getGreen(), c.getBlue());
    }

    private static int argb(Color c) {
        return 0xff000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    /**
     * Paints device pixels [ox, ox + w) x [oy, oy + h) of the plane of view (s, tx, ty) into {@code out} (row
     * stride {@code stride}, first pixel at index 0), with {@code p} device pixels per viewport unit: the grid
     * exactly as {@link GridView} draws it at that view, extended beyond the viewport.
     */
    void paint(int[] out, int stride, int ox, int oy, int w, int h, double s, double tx, double ty, double p) {
        boolean[] columns = marks(w, ox, s, tx, p);
        boolean[] rows = marks(h, oy, s, ty, p);
        int[] plain = new int[w];
        for (int x = 0; x < w; x++) {
            plain[x] = columns[x] ? line : background;
        }
        for (int y = 0; y < h; y++) {
            if (rows[y]) {
                Arrays.fill(out, y * stride, y * stride + w, line);
            } else {
                System.arraycopy(plain, 0, out, y * stride, w);
            }
        }
    }

    /** Which of the n device pixels from {@code o} along one axis lie on a grid line. */
    private static boolean[] marks(int n, int o, double s, double offset, double p) {
        boolean[] on = new boolean[n];
        GridView.lines(s, offset, o / p, (o + n) / p, at -> {
            double unit = Math.floor(at);
            int from = (int) Math.max(0, Math.round(unit * p) - o);
            int to = (int) Math.min(n, Math.round((unit + 1) * p) - o);
            for (int i = from; i < to; i++) {
                on[i] = true;
            }
        });
        return on;
    }

    /** Lays premultiplied ARGB {@code top} over opaque {@code under}, in place in {@code under}. */
    static void over(int[] top, int[] under) {
        for (int i = 0; i < top.length; i++) {
            int t = top[i];
            int a = t >>> 24;
            if (a == 0xff) {
                under[i] = t;
            } else if (a != 0) {
                int u = under[i];
                int k = 255 - a;
                int r = ((t >> 16) & 0xff) + ((u >> 16) & 0xff) * k / 255;
                int g = ((t >> 8) & 0xff) + ((u >> 8) & 0xff) * k / 255;
                int b = (t & 0xff) + (u & 0xff) * k / 255;
                under[i] = 0xff000000 | r << 16 | g << 8 | b;
            }
        }
    }
}
