package org.mvtd.app.ui;

import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * Keeps the canvas its room when the window shrinks. The side panels do not resize with the window (a
 * maximised window should give the canvas the new room, not the inspector), so shrinking a window would
 * otherwise squeeze the canvas alone down to its minimum; below {@code share} of the split the panels give way.
 * Only a change of the window's size does this: a divider the user drags stays where it is put.
 */
final class PanelRoom {
    private final SplitPane split;
    private final Region first;
    private final double share;
    private boolean queued;

    private PanelRoom(SplitPane split, Region first, double share) {
        this.split = split;
        this.first = first;
        this.share = share;
    }

    /** Watches {@code split}, whose first item is {@code first}, so that it keeps at least {@code share} of it. */
    static void keep(SplitPane split, Region first, double share) {
        PanelRoom r = new PanelRoom(split, first, share);
        boolean h = split.getOrientation() == Orientation.HORIZONTAL;
        (h ? split.widthProperty() : split.heightProperty()).addListener((o, a, b) -> r.check());
    }

    private void check() {
        if (queued) {
            return;
        }
        queued = true;
        Platform.runLater(() -> { // after the layout pass that changed the sizes
            queued = false;
            give();
        });
    }

    private void give() {
        boolean h = split.getOrientation() == Orientation.HORIZONTAL;
        double total = h ? split.getWidth() : split.getHeight();
        double mine = h ? first.getWidth() : first.getHeight();
        int n = split.getItems().size();
        if (total <= 0 || n < 2 || mine >= total * share - 1) {
            return;
        }
        // The others shrink in proportion to their sizes now, into what is left of the split.
        double others = 0;
        for (Node x : split.getItems().subList(1, n)) {
            others += size(x, h);
        }
        double scale = others <= 0 ? 1 : (1 - share) * total / others;
        double[] pos = new double[n - 1];
        double at = share * total;
        pos[0] = share;
        for (int i = 1; i < n - 1; i++) {
            at += size(split.getItems().get(i), h) * scale;
            pos[i] = at / total;
        }
        split.setDividerPositions(pos);
    }

    private static double size(Node x, boolean h) {
        return x instanceof Region r ? (h ? r.getWidth() : r.getHeight()) : 0;
    }
}
