package org.mvtd.app.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a level's tiles lie in the design, which views reuse them, and which tiles a change forgets. */
class TileLevelTest {
    private static final int S = TileLevel.SIZE;

    @ParameterizedTest
    @CsvSource({"1, 0, 0, 1", "0.37, 123.4, -56.7, 1", "2.5, -1000.25, 33.5, 1", "0.8, 10, 20, 2"})
    void aTilesDesignAreaMapsBackToThatTileAlone(double scale, double tx, double ty, double pixels) {
        TileLevel l = new TileLevel(scale, tx, ty, pixels);
        for (int c = -3; c <= 3; c++) {
            for (int r = -2; r <= 2; r++) {
                Rectangle2D a = l.designArea(c, r);
                // A hair inside: the area's edges are the neighbours' edges too.
                double e = 1e-6 / scale;
                TileLevel.TileRange t = l.rangeOf(new Rectangle2D(a.getMinX() + e, a.getMinY() + e, a.getWidth() - 2 * e,
                        a.getHeight() - 2 * e));
                assertThat(t).isEqualTo(new TileLevel.TileRange(c, r, c, r));
            }
        }
    }

    @Test
    void aViewMovedByWholeDevicePixelsReusesTheTilesAnythingElseDoesNot() {
        TileLevel l = new TileLevel(0.75, 10.25, -3.5, 2);
        assertThat(l.matches(0.75, 10.25 + 7, -3.5 - 12, 2)).isTrue();
        assertThat(l.matches(0.75, 10.25 + 0.5, -3.5, 2)).as("whole device pixels: half a unit at 2x").isTrue();
        assertThat(l.matches(0.75, 10.25 + 0.25, -3.5, 2)).as("half a device pixel").isFalse();
        assertThat(l.matches(0.76, 10.25, -3.5, 2)).as("another zoom").isFalse();
        assertThat(l.matches(0.75, 10.25, -3.5, 1)).as("another screen scale").isFalse();
    }

    @Test
    void forgettingAnAreaDropsExactlyTheTilesItMeets() {
        TileLevel l = filled(new TileLevel(1, 0, 0, 1), 0, 0, 9, 9);
        l.forget(new Rectangle2D(S * 2 + 10, S * 3 + 10, S, 20)); // meets columns 2-3 of row 3
        for (int c = 0; c <= 9; c++) {
            for (int r = 0; r <= 9; r++) {
                assertThat(l.has(c, r)).as("tile %d,%d", c, r).isEqualTo(!(r == 3 && (c == 2 || c == 3)));
            }
        }
    }

    @Test
    void aLongDiagonalLinkForgetsTheTilesAlongItNotItsWholeBoundingBox() {
        TileLevel l = filled(new TileLevel(1, 0, 0, 1), 0, 0, 19, 19);
        l.forgetAlong(S * 0.5, S * 0.5, S * 19.5, S * 19.5, 2);
        int forgotten = 400 - l.size();
        assertThat(forgotten).as("the diagonal's tiles and their neighbours at most").isBetween(20, 80);
        for (int i = 0; i < 20; i++) {
            assertThat(l.has(i, i)).as("diagonal tile %d", i).isFalse();
        }
        assertThat(l.has(19, 0)).isTrue();
        assertThat(l.has(0, 19)).isTrue();
    }

    @Test
    void trimmingKeepsTheTilesNearestTheView() {
        TileLevel l = filled(new TileLevel(1, 0, 0, 1), 0, 0, 9, 0);
        l.trim(4, 1.5, 0);
        assertThat(l.size()).isEqualTo(4);
        for (int c = 0; c <= 3; c++) {
            assertThat(l.has(c, 0)).as("tile %d", c).isTrue();
        }
    }

    private static TileLevel filled(TileLevel l, int c0, int r0, int c1, int r1) {
        for (int c = c0; c <= c1; c++) {
            for (int r = r0; r <= r1; r++) {
                l.put(c, r, new int[0]);
            }
        }
        return l;
    }
}
