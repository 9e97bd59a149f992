package org.mvtd.app.ui.canvas;

import java.nio.IntBuffer;
import java.util.List;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * One viewport-sized opaque picture per frame, put together in Java from the tiles of one or more levels. The
 * software pipeline needs about 27 ms to draw a 1600x1000 image under any scale (it always filters), but only
 * about 1.5 ms to copy an opaque one pixel for pixel; sampling the tiles here (nearest pixel) takes 2 to 3 ms.
 * Two buffers take turns, so the renderer can still read the last frame while the next one is written.
 */
final class MotionFrame {
    private final ImageView view;
    private final int[][] data = new int[2][];
    @SuppressWarnings("unchecked")
    private final PixelBuffer<IntBuffer>[] buffers = new PixelBuffer[2];
    private final WritableImage[] images = new WritableImage[2];
    private int next;
    private int width;
    private int height;
    private int[] xs = new int[0];
    private int[] ys = new int[0];
    private int[] columnRuns = new int[0];
    private int[] rowRuns = new int[0];

    MotionFrame(ImageView view) {
        this.view = view;
    }

    /**
     * Shows view (s, tx, ty) of a viewport of w x h units with p device pixels per unit: the backdrop where no
     * tile is ready ({@code complete} says the newest level has every tile the view needs), then each level's
     * tiles, oldest first, so newer (sharper) tiles cover older ones.
     */
    void show(List<TileLevel> levels, boolean complete, Backdrop backdrop, double s, double tx, double ty,
              double w, double h, double p) {
        int dw = Math.max(1, (int) Math.ceil(w * p));
        int dh = Math.max(1, (int) Math.ceil(h * p));
        if (dw != width || dh != height) {
            allocate(dw, dh);
        }
        int[] out = data[next];
        if (!complete) {
            backdrop.paint(out, width, 0, 0, width, height, s, tx, ty, p);
        }
        for (TileLevel level : levels) {
            draw(level, out, s, tx, ty, p);
        }
        buffers[next].updateBuffer(b -> null); // the whole buffer changed
        view.setImage(images[next]);
        view.setFitWidth(width / p);
        view.setFitHeight(height / p);
        next = 1 - next;
    }

    /** Forgets the buffers (the picture is not shown any more). */
    void release() {
        view.setImage(null);
        width = 0;
        height = 0;
        data[0] = null;
        data[1] = null;
        buffers[0] = null;
        buffers[1] = null;
        images[0] = null;
        images[1] = null;
    }

    private void allocate(int dw, int dh) {
        width = dw;
        height = dh;
        for (int i = 0; i < 2; i++) {
            data[i] = new int[dw * dh];
            buffers[i] = new PixelBuffer<>(dw, dh, IntBuffer.wrap(data[i]), PixelFormat.getIntArgbPreInstance());
            images[i] = new WritableImage(buffers[i]);
        }
        xs = new int[dw];
        ys = new int[dh];
        columnRuns = new int[3 * (dw + 1)];
        rowRuns = new int[3 * (dh + 1)];
    }

    private void draw(TileLevel level, int[] out, double s, double tx, double ty, double p) {
        // Plane pixel of each device column and row: nearest sample at the pixel's centre.
        double k = level.scale() / s;
        for (int x = 0; x < width; x++) {
            xs[x] = (int) Math.floor((((x + 0.5) / p - tx) * k + level.tx()) * level.pixels());
        }
        for (int y = 0; y < height; y++) {
            ys[y] = (int) Math.floor((((y + 0.5) / p - ty) * k + level.ty()) * level.pixels());
        }
        int columns = runs(xs, width, columnRuns);
        int rows = runs(ys, height, rowRuns);
        int size = TileLevel.SIZE;
        for (int ri = 0; ri < rows; ri++) {
            int r = rowRuns[3 * ri];
            for (int ci = 0; ci < columns; ci++) {
                int c = columnRuns[3 * ci];
                int[] tile = level.tile(c, r);
                if (tile == null) {
                    continue;
                }
                int x0 = columnRuns[3 * ci + 1];
                int x1 = columnRuns[3 * ci + 2];
                boolean copy = xs[x1 - 1] - xs[x0] == x1 - 1 - x0; // one to one: a plain copy
                for (int y = rowRuns[3 * ri + 1]; y < rowRuns[3 * ri + 2]; y++) {
                    int src = (ys[y] - r * size) * size - c * size;
                    int dst = y * width;
                    if (copy) {
                        System.arraycopy(tile, src + xs[x0], out, dst + x0, x1 - x0);
                    } else {
                        for (int x = x0; x < x1; x++) {
                            out[dst + x] = tile[src + xs[x]];
                        }
                    }
                }
            }
        }
    }

    /**
     * Splits monotonic plane coordinates {@code v[0..n)} into runs sharing a tile: (tile, first, end) triples in
     * {@code out}; returns how many.
     */
    private static int runs(int[] v, int n, int[] out) {
        int count = 0;
        int start = 0;
        int tile = Math.floorDiv(v[0], TileLevel.SIZE);
        for (int i = 1; i <= n; i++) {
            int t = i < n ? Math.floorDiv(v[i], TileLevel.SIZE) : Integer.MIN_VALUE;
            if (t != tile) {
                out[3 * count] = tile;
                out[3 * count + 1] = start;
                out[3 * count + 2] = i;
                count++;
                start = i;
                tile = t;
            }
        }
        return count;
    }
}
