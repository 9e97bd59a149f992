package org.mvtd.app.ui.canvas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Rectangle2D;

/**
 * Pictures of the drawing at one view, cut into square tiles. A tile holds opaque premultiplied ARGB device
 * pixels of the "picture plane": the viewport's pixel grid at the view the level was made for, extended beyond
 * the viewport in every direction. Tile (c, r) covers plane pixels [c * SIZE, (c + 1) * SIZE) across and
 * [r * SIZE, (r + 1) * SIZE) down.
 */
final class TileLevel {
    /** A tile's side in device pixels: drawing one costs about a frame in the software pipeline. */
    static final int SIZE = 256;

    private final double scale;
    private final double tx;
    private final double ty;
    private final double pixels;
    private final Map<Long, int[]> tiles = new HashMap<>();

    /**
     * @param scale  the view's zoom
     * @param tx     the view's pan across (viewport units)
     * @param ty     the view's pan down
     * @param pixels device pixels per viewport unit
     */
    TileLevel(double scale, double tx, double ty, double pixels) {
        this.scale = scale;
        this.tx = tx;
        this.ty = ty;
        this.pixels = pixels;
    }

    double scale() {
        return scale;
    }

    double tx() {
        return tx;
    }

    double ty() {
        return ty;
    }

    double pixels() {
        return pixels;
    }

    /** Whether the view (s, x, y) shows this level's pixels one to one: same zoom, pan by whole device pixels. */
    boolean matches(double s, double x, double y, double devicePixels) {
        return s == scale && devicePixels == pixels && whole((x - tx) * pixels) && whole((y - ty) * pixels);
    }

    private static boolean whole(double v) {
        return Math.abs(v - Math.rint(v)) < 1e-6;
    }

    /** The design area tile (c, r) shows. */
    Rectangle2D designArea(int c, int r) {
        double x0 = (c * SIZE / pixels - tx) / scale;
        double y0 = (r * SIZE / pixels - ty) / scale;
        return new Rectangle2D(x0, y0, SIZE / pixels / scale, SIZE / pixels / scale);
    }

    /** The tiles (columns c0..c1, rows r0..r1, inclusive) whose plane pixels meet design area {@code a}. */
    TileRange rangeOf(Rectangle2D a) {
        return new TileRange(
                Math.floorDiv((long) Math.floor((a.getMinX() * scale + tx) * pixels), SIZE),
                Math.floorDiv((long) Math.floor((a.getMinY() * scale + ty) * pixels), SIZE),
                Math.floorDiv((long) Math.ceil((a.getMaxX() * scale + tx) * pixels) - 1, SIZE),
                Math.floorDiv((long) Math.ceil((a.getMaxY() * scale + ty) * pixels) - 1, SIZE));
    }

    int[] tile(int c, int r) {
        return tiles.get(key(c, r));
    }

    boolean has(int c, int r) {
        return tiles.containsKey(key(c, r));
    }

    void put(int c, int r, int[] pixelsOfTile) {
        tiles.put(key(c, r), pixelsOfTile);
    }

    int size() {
        return tiles.size();
    }

    /** Drops the tiles showing any of design area {@code a}: the drawing changed there. */
    void forget(Rectangle2D a) {
        if (tiles.isEmpty()) {
            return;
        }
        TileRange t = rangeOf(a);
        if ((t.c1() - t.c0() + 1) * (t.r1() - t.r0() + 1) > tiles.size()) {
            tiles.keySet().removeIf(k -> t.contains(column(k), row(k)));
        } else {
            for (long r = t.r0(); r <= t.r1(); r++) {
                for (long c = t.c0(); c <= t.c1(); c++) {
                    tiles.remove(key((int) c, (int) r));
                }
            }
        }
    }

    /**
     * Drops the tiles a line from (x1, y1) to (x2, y2) in design units, {@code reach} design units thick on each
     * side, passes through: a long diagonal link meets few of the tiles its bounding box does.
     */
    void forgetAlong(double x1, double y1, double x2, double y2, double reach) {
        if (tiles.isEmpty()) {
            return;
        }
        double length = Math.hypot(x2 - x1, y2 - y1) * scale * pixels;
        int steps = (int) Math.ceil(length / (SIZE / 2.0));
        for (int i = 0; i <= steps; i++) {
            double t = steps == 0 ? 0 : (double) i / steps;
            double x = x1 + t * (x2 - x1);
            double y = y1 + t * (y2 - y1);
            // Half a tile around each sample covers the stretch to the next one.
            double r = reach + SIZE / 4.0 / pixels / scale;
            forget(new Rectangle2D(x - r, y - r, 2 * r, 2 * r));
        }
    }

    /** Keeps at most {@code max} tiles, dropping those farthest from tile (c, r). */
    void trim(int max, double c, double r) {
        if (tiles.size() <= max) {
            return;
        }
        List<Long> keys = new ArrayList<>(tiles.keySet());
        keys.sort(Comparator.comparingDouble(k -> -Math.hypot(column(k) - c, row(k) - r)));
        for (int i = 0; i < keys.size() - max; i++) {
            tiles.remove(keys.get(i));
        }
    }

    static long key(int c, int r) {
        return ((long) c << 32) | (r & 0xffffffffL);
    }

    static int column(long key) {
        return (int) (key >> 32);
    }

    static int row(long key) {
        return (int) key;
    }

    /** Columns c0..c1 and rows r0..r1 of tiles, inclusive. */
    record TileRange(long c0, long r0, long c1, long r1) {
        boolean contains(long c, long r) {
            return c >= c0 && c <= c1 && r >= r0 && r <= r1;
        }

        /** The tiles of the range, nearest the range's centre first (what a viewer looks at comes first). */
        List<long[]> byDistanceFromCentre() {
            double cc = (c0 + c1) / 2.0;
            double cr = (r0 + r1) / 2.0;
            List<long[]> out = new ArrayList<>();
            for (long r = r0; r <= r1; r++) {
                for (long c = c0; c <= c1; c++) {
                    out.add(new long[] {c, r});
                }
            }
            out.sort(Comparator.comparingDouble(t -> Math.hypot(t[0] - cc, t[1] - cr)));
            return out;
        }
    }
}
