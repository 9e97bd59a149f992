package org.mvtd.model.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Packs boxes in rows (shelves), left to right in the given order, choosing the row width whose packing
 * comes closest to a wanted aspect ratio, so a design of many hosts is a block that fits a screen rather
 * than one endless row or column. ELK's own packing (rectpacking) is another artifact with more options
 * than this needs: ordered rows are the readable arrangement here.
 */
final class Shelves {
    static final double GAP = 60;

    private Shelves() {
    }

    /** Where box {@code i} of sizes {@code w[i]} x {@code h[i]} goes (top-left x, y), and the block's size. */
    record Packing(double[] x, double[] y, double width, double height) {
    }

    static Packing pack(double[] w, double[] h, double aspect) {
        int n = w.length;
        if (n == 0) {
            return new Packing(new double[0], new double[0], 0, 0);
        }
        double total = 0;
        double widest = 0;
        for (double v : w) {
            total += v + GAP;
            widest = Math.max(widest, v);
        }
        Packing best = null;
        double bestScore = Double.MAX_VALUE;
        for (int rows = 1; rows <= n; rows++) {
            Packing p = packTo(w, h, Math.max(widest, total / rows));
            double score = Math.abs(Math.log(p.width() / Math.max(1, p.height()) / aspect));
            if (score < bestScore) {
                best = p;
                bestScore = score;
            }
            if (p.height() > p.width() / aspect * 4) {
                break; // only taller from here on
            }
        }
        return best;
    }

    private static Packing packTo(double[] w, double[] h, double limit) {
        int n = w.length;
        double[] x = new double[n];
        double[] y = new double[n];
        double cx = 0;
        double cy = 0;
        double rowHeight = 0;
        double width = 0;
        List<Integer> row = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!row.isEmpty() && cx + w[i] > limit) {
                cy += rowHeight + GAP;
                cx = 0;
                rowHeight = 0;
                row.clear();
            }
            x[i] = cx;
            y[i] = cy;
            row.add(i);
            cx += w[i] + GAP;
            width = Math.max(width, cx - GAP);
            rowHeight = Math.max(rowHeight, h[i]);
        }
        return new Packing(x, y, width, cy + rowHeight);
    }
}
