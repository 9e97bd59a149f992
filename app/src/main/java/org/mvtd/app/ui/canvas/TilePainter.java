package org.mvtd.app.ui.canvas;

import java.util.Objects;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;

/**
 * Draws the {@link MotionImage}'s tiles: snapshots of the drawing cut into tiles over the canvas backdrop. Keeps
 * the snapshot buffers between calls (a viewport-sized snapshot is tens of megabytes) and counts for tests.
 */
final class TilePainter {
    private final MotionSource drawing;
    private final int[] drawn = new int[TileLevel.SIZE * TileLevel.SIZE];
    private WritableImage scratch;
    private int[] top = new int[0];
    private long painted;
    private long snapshots;

    TilePainter(MotionSource drawing) {
        this.drawing = Objects.requireNonNull(drawing, "drawing");
    }

    /** How many tiles have been drawn so far. */
    long painted() {
        return painted;
    }

    /** How many snapshots of the drawing have been taken so far. */
    long snapshots() {
        return snapshots;
    }

    /**
     * Draws tile t = (c, r) of {@code l} while the picture stands in: the drawing is hidden anyway, so it shows
     * just what meets the tile, and the repaint every snapshot causes costs only the picture.
     */
    void paintHidden(TileLevel l, long[] t, double scale, double tx, double ty) {
        int c = (int) t[0];
        int r = (int) t[1];
        // If the level's view is the current one moved by whole pixels, the tile is the same pixels elsewhere;
        // otherwise (a zoom in progress) the drawing looks at the level's view meanwhile.
        boolean same = l.matches(scale, tx, ty, l.pixels());
        if (!same) {
            drawing.lookAt(l.scale(), l.tx(), l.ty());
        }
        drawing.cullTo(l.designArea(c, r));
        Node world = drawing.world();
        world.setVisible(true);
        int[] px = snapshot(l, new TileLevel.TileRange(c, r, c, r), same ? tx : l.tx(), same ? ty : l.ty());
        world.setVisible(false);
        if (!same) {
            drawing.lookAt(scale, tx, ty);
        }
        keep(l, c, r, px, 0, TileLevel.SIZE);
    }

    /**
     * Draws the tiles of range {@code t} of {@code l} (the level of the view at rest) from the live drawing, in one
     * snapshot: the live drawing already shows everything the tiles prepared at rest meet.
     */
    void paintLive(TileLevel l, TileLevel.TileRange t, double tx, double ty) {
        int columns = (int) (t.c1() - t.c0() + 1);
        int[] px = snapshot(l, t, tx, ty);
        for (long r = t.r0(); r <= t.r1(); r++) {
            for (long c = t.c0(); c <= t.c1(); c++) {
                if (!l.has((int) c, (int) r)) {
                    int at = (int) ((r - t.r0()) * TileLevel.SIZE * columns * TileLevel.SIZE + (c - t.c0()) * TileLevel.SIZE);
                    keep(l, (int) c, (int) r, px, at, columns * TileLevel.SIZE);
                }
            }
        }
        scratch = null; // tens of megabytes; the next snapshot is likely one tile
        top = new int[0];
    }

    /**
     * The drawing's premultiplied pixels over tiles {@code t} of {@code l}, the drawing showing the level's view
     * panned to ({@code tx}, {@code ty}) (by whole pixels; the level's own pan when it shows the level's view).
     */
    private int[] snapshot(TileLevel l, TileLevel.TileRange t, double tx, double ty) {
        int size = TileLevel.SIZE;
        double p = l.pixels();
        int w = (int) (t.c1() - t.c0() + 1) * size;
        int h = (int) (t.r1() - t.r0() + 1) * size;
        double dx = Math.rint((tx - l.tx()) * p);
        double dy = Math.rint((ty - l.ty()) * p);
        SnapshotParameters sp = new SnapshotParameters();
        sp.setFill(Color.TRANSPARENT);
        if (p != 1) {
            sp.setTransform(new Scale(p, p));
        }
        sp.setViewport(new Rectangle2D(t.c0() * size + dx, t.r0() * size + dy, w, h));
        if (scratch == null || scratch.getWidth() != w || scratch.getHeight() != h) {
            scratch = new WritableImage(w, h);
        }
        scratch = drawing.world().snapshot(sp, scratch);
        snapshots++;
        if (top.length != w * h) {
            top = new int[w * h];
        }
        scratch.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), top, 0, w);
        return top;
    }

    /** Keeps tile (c, r) of {@code l}: the pixels at {@code from} (row stride {@code stride}) over the backdrop. */
    private void keep(TileLevel l, int c, int r, int[] px, int from, int stride) {
        int size = TileLevel.SIZE;
        for (int y = 0; y < size; y++) {
            System.arraycopy(px, from + y * stride, drawn, y * size, size);
        }
        int[] tile = new int[size * size];
        drawing.backdrop().paint(tile, size, c * size, r * size, size, size, l.scale(), l.tx(), l.ty(), l.pixels());
        Backdrop.over(drawn, tile);
        l.put(c, r, tile);
        l.trim(MotionImage.MAX_TILES, c, r);
        painted++;
    }
}
